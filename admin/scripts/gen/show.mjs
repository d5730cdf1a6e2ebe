import { columnsOf } from './list.mjs';
import { fieldJsx } from './snippets.mjs';
import { HEADER, Imports } from './imports.mjs';

const q = JSON.stringify;

/** Show: every field, then one tab per to-many relation with its related list (a class: its sessions, its enrollments). */
export function emitShow(model, models) {
  const imports = new Imports()
    .add('react', 'type ReactElement', 'type ReactNode')
    .add('react-admin', 'Show', 'TabbedShowLayout')
    .add('../../app/access', 'useAccess')
    .add('../../ui', 'ShowActions', 'detailsGrid');
  const fields = model.meta.fields
    .map((f) => {
      const jsx = imports.snippet(fieldJsx(model, f));
      return f.personal ? `{access.read(${q(f.name)}) && ${jsx}}` : jsx;
    })
    .join('\n');
  const tabs = model.relations.map((rel) => {
    imports
      .add('react-admin', 'ReferenceManyField', 'Pagination')
      .add('../../ui', 'RelatedCreateButton')
      .add('../../app/ResourceList', 'RelatedTable');
    const target = models.find((m) => m.name === rel.target);
    const [columns, file] = columnsOf(target);
    imports.add(target.folder === model.folder ? './columns' : file, columns);
    return `{access.canList(${q(rel.target)}) && !hide?.includes(${q(rel.name)}) && (
      <TabbedShowLayout.Tab label="resources.${model.name}.relations.${rel.name}" path=${q(rel.name)}>
        <RelatedCreateButton reference=${q(rel.target)} target=${q(rel.fk)} />
        <ReferenceManyField reference=${q(rel.target)} target=${q(rel.fk)} perPage={10} pagination={<Pagination />} sort={${q(target.meta.defaultSort ?? { field: 'id', order: 'ASC' })}}>
          <RelatedTable resource=${q(rel.target)} columns={(a) => ${columns}(a, ${q(rel.fk)})} />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    )}`;
  });
  return `${HEADER}
${imports}

/**
 * A hand-written Show (admin/src/resources) keeps the rest and changes what it needs: \`actions\` (its
 * buttons), \`tabs\` (its own tabs, after the details) and \`hide\` (related-list tabs it replaces).
 */
export const ${model.name}Show = ({ actions, tabs, hide }: { actions?: ReactElement; tabs?: ReactNode; hide?: string[] }) => {
  const access = useAccess(${q(model.name)});
  return (
    <Show actions={actions ?? <ShowActions />}>
      <TabbedShowLayout sx={detailsGrid}>
        <TabbedShowLayout.Tab label="linli.show.details" contentClassName="linli-details">
          ${fields}
        </TabbedShowLayout.Tab>
        {tabs}
        ${tabs.join('\n')}
      </TabbedShowLayout>
    </Show>
  );
};
`;
}
