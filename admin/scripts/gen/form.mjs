import { inputJsx } from './snippets.mjs';
import { HEADER, Imports } from './imports.mjs';

const q = JSON.stringify;

/** The inputs shared by Create and Edit; createOnly fields appear in Create only, readOnly ones never. */
export function emitInputs(model, models) {
  const imports = new Imports().add('../../ui', 'FormGrid');
  const block = (mode) =>
    model
      .inputs(mode)
      .map((f) => {
        const jsx = imports.snippet(inputJsx(model, f, models, mode));
        return f.kind === 'text' ? jsx.replace(/^<(\w+) /, '<$1 data-wide ') : jsx;
      })
      .join('\n');
  const create = block('create');
  const edit = block('edit');
  const body =
    create === edit
      ? `<FormGrid>${create}</FormGrid>`
      : `mode === 'create' ? (<FormGrid>${create}</FormGrid>) : (<FormGrid>${edit}</FormGrid>)`;
  return `${HEADER}
${imports}

export const ${model.name}Inputs = (${create === edit ? '_props' : '{ mode }'}: { mode: 'create' | 'edit' }) =>
  ${body};
`;
}

export function emitCreate(model) {
  return `${HEADER}
import { Create, SimpleForm } from 'react-admin';
import { ${model.name}Inputs } from './inputs';

export const ${model.name}Create = () => (
  <Create redirect="show">
    <SimpleForm>
      <${model.name}Inputs mode="create" />
    </SimpleForm>
  </Create>
);
`;
}

/** Edit waits for the server (pessimistic): a stale version must come back as CONFLICT before anything is shown as saved. */
export function emitEdit(model) {
  return `${HEADER}
import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../../ui';
import { ${model.name}Inputs } from './inputs';

export const ${model.name}Edit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar${model.canDelete ? '' : ' noDelete'} />}>
      <${model.name}Inputs mode="edit" />
    </SimpleForm>
  </Edit>
);
`;
}

export function emitIndex(model) {
  const parts = [`list: ${model.name}List`, `show: ${model.name}Show`];
  const imports = [`import { ${model.name}List } from './list';`, `import { ${model.name}Show } from './show';`];
  if (model.canCreate) {
    parts.push(`create: ${model.name}Create`);
    imports.push(`import { ${model.name}Create } from './create';`);
  }
  if (model.canUpdate) {
    parts.push(`edit: ${model.name}Edit`);
    imports.push(`import { ${model.name}Edit } from './edit';`);
  }
  return `${HEADER}
import type { ResourceScreens } from '../../app/screens';
${imports.sort().join('\n')}

export const ${lower(model.name)}Screens: ResourceScreens = { name: ${q(model.name)}, ${parts.join(', ')} };
`;
}

export const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
