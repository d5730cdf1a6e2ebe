import { filterJsx, fieldJsx } from './snippets.mjs';
import { HEADER, Imports } from './imports.mjs';

/** A column: sortable when the API sorts on it; unreadable fields (analysts, personal) are left out at run time. */
export function columnJsx(imports, model, f) {
  const field = imports.snippet(fieldJsx(model, f));
  const sort = f.sortable ? '' : ' disableSort';
  const col = `<DataTable.Col source=${JSON.stringify(f.name)}${sort}>${field}</DataTable.Col>`;
  return f.personal ? `{access.read(${JSON.stringify(f.name)}) && ${col}}` : col;
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
  const imports = new Imports()
    .add('react', 'type ReactNode')
    .add('react-admin', 'DataTable')
    .add('../../app/ResourceList', 'ResourceList')
    .add('./filters', `use${model.name}Filters`);
  const columns = model.columns.map((f) => columnJsx(imports, model, f)).join('\n');
  // Personal columns are shown only to who may read them.
  const personal = model.columns.some((f) => f.personal);
  if (personal) imports.add('../../app/access', 'useAccess');
  const sort = model.meta.defaultSort ?? { field: 'id', order: 'ASC' };
  return `${HEADER}
${imports}

/** \`actions\`: buttons a hand-written screen adds before the list's own (a 今天 filter). */
export const ${model.name}List = ({ actions }: { actions?: ReactNode }) => {
  ${personal ? `const access = useAccess(${JSON.stringify(model.name)});` : ''}
  const filters = use${model.name}Filters();
  return (
    <ResourceList resource=${JSON.stringify(model.name)} filters={filters} sort={${JSON.stringify(sort)}} actions={actions}>
      ${columns}
    </ResourceList>
  );
};
`;
}
