import { filterJsx, fieldJsx } from './snippets.mjs';
import { HEADER, Imports } from './imports.mjs';
import { lower } from './form.mjs';

/** A column: sortable when the API sorts on it; unreadable fields (analysts, personal) are left out at run time. */
function columnJsx(imports, model, f) {
  const field = imports.snippet(fieldJsx(model, f));
  const sort = f.sortable ? '' : ' disableSort';
  const col = `<DataTable.Col key=${JSON.stringify(f.name)} source=${JSON.stringify(f.name)}${sort}>${field}</DataTable.Col>`;
  return f.personal ? `access.read(${JSON.stringify(f.name)}) && ${col}` : col;
}

/** The name of a resource's columns function, and the file that exports it. */
export const columnsOf = (model) => [`${lower(model.name)}Columns`, `../${model.folder}/columns`];

/**
 * One resource's list columns, written once: its list shows them all, a parent's page shows them less the
 * link back to the parent (a project's classes without the project).
 */
export function emitColumns(model) {
  const imports = new Imports()
    .add('react', 'type ReactElement')
    .add('react-admin', 'DataTable')
    .add('../../app/access', 'type Access');
  const columns = model.columns.map((f) => columnJsx(imports, model, f)).join(',\n');
  const [name] = columnsOf(model);
  return `${HEADER}
${imports}

/** The list's columns, those the user may read; \`omit\`: a column left out (a related list's link back). */
export const ${name} = (access: Access, omit?: string): ReactElement[] =>
  ([${columns}] as (ReactElement | false)[]).filter((c): c is ReactElement => c !== false && c.key !== omit);
`;
}

export function emitFilters(model, models) {
  const imports = new Imports().add('../../app/access', 'useAccess').add('react', 'type ReactElement');
  const items = [];
  if (model.meta.searchFields.length) {
    imports.add('react-admin', 'SearchInput');
    items.push(`<SearchInput key="q" source="q" alwaysOn />`);
  }
  for (const f of model.filters) {
    const [jsxs, ui, ra] = filterJsx(f, models, model.name);
    imports.add('../../ui', ui).add('react-admin', ra);
    for (const jsx of jsxs) {
      const keyed = jsx.replace(/^<(\w+) source="([^"]+)"/, (_m, c, s) => `<${c} key="${s}" source="${s}"`);
      items.push(f.personal ? `access.read(${JSON.stringify(f.name)}) && ${keyed}` : keyed);
    }
  }
  return `${HEADER}
${imports}

/** The list's filters: a search box over ${JSON.stringify(model.meta.searchFields)} and one input per filterable field. */
export const use${model.name}Filters = () => {
  const access = useAccess(${JSON.stringify(model.name)});
  const items: (ReactElement | false)[] = [${items.join(',\n')}];
  return items.filter((x): x is ReactElement => x !== false);
};
`;
}

export function emitList(model) {
  const [columns] = columnsOf(model);
  const imports = new Imports()
    .add('react', 'type ReactNode')
    .add('../../app/access', 'useAccess')
    .add('../../app/ResourceList', 'ResourceList')
    .add('./columns', columns)
    .add('./filters', `use${model.name}Filters`);
  const sort = model.meta.defaultSort ?? { field: 'id', order: 'ASC' };
  return `${HEADER}
${imports}

/** \`actions\`: buttons a hand-written screen adds before the list's own (a 今天 filter). */
export const ${model.name}List = ({ actions }: { actions?: ReactNode }) => {
  const access = useAccess(${JSON.stringify(model.name)});
  const filters = use${model.name}Filters();
  return (
    <ResourceList resource=${JSON.stringify(model.name)} filters={filters} sort={${JSON.stringify(sort)}} actions={actions}>
      {${columns}(access)}
    </ResourceList>
  );
};
`;
}
