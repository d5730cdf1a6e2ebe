import { introspectionFromSchema } from 'graphql';
import { HEADER } from './imports.mjs';
import { lower } from './form.mjs';

const q = JSON.stringify;
const BASE_FIELDS = {
  id: ['编号', 'ID'],
  createdAt: ['创建时间', 'Created at'],
  updatedAt: ['更新时间', 'Updated at'],
  version: ['版本', 'Version'],
};

/** Argument type names of a root field (`where` → `ServiceProjectWhere`). */
function argType(schema, root, field, arg) {
  const f = (root === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[field];
  let t = f?.args.find((a) => a.name === arg)?.type;
  while (t && t.ofType) t = t.ofType;
  return t?.name ?? null;
}

/** What the data provider needs at run time: operation and type names, field kinds, display fields. */
export function emitMeta(models, schema) {
  const resources = Object.fromEntries(
    models.map((m) => {
      const o = m.meta.operations;
      return [
        m.name,
        {
          name: m.name,
          operations: o,
          types: {
            where: argType(schema, 'query', o.list, 'where'),
            orderBy: argType(schema, 'query', o.list, 'orderBy'),
            create: o.create ? argType(schema, 'mutation', o.create, 'data') : null,
            update: o.update ? argType(schema, 'mutation', o.update, 'data') : null,
          },
          searchable: m.meta.searchFields.length > 0,
          display: m.display,
          fields: m.meta.fields.map((f) => ({
            name: f.name,
            kind: f.kind,
            required: f.required,
            readOnly: f.readOnly,
            createOnly: f.createOnly,
            personal: f.personal,
            filterable: f.filterable,
            sortable: f.sortable,
            ...(f.target ? { target: f.target, relation: f.relation } : {}),
            ...(f.enumName ? { enumName: f.enumName } : {}),
          })),
        },
      ];
    }),
  );
  const enums = {};
  for (const m of models)
    for (const f of m.meta.fields) if (f.enumValues) enums[f.enumName] = f.enumValues.map((v) => v.value);
  return `${HEADER}
import type { ResourceMeta } from '../data/meta-types';

export const resourceMeta: Record<string, ResourceMeta> = ${q(resources)};

/** Values of every enum, in the API's order (labels are in messages.ts). */
export const enumValues: Record<string, string[]> = ${q(enums)};
`;
}

/** Labels of resources, fields, relations and enum values in Chinese and English, from `_adminMeta`. */
export function emitMessages(models) {
  const lang = (l) => {
    const resources = {};
    const enums = {};
    for (const m of models) {
      const fields = Object.fromEntries(Object.entries(BASE_FIELDS).map(([k, v]) => [k, l === 'zh' ? v[0] : v[1]]));
      for (const f of m.meta.fields) {
        fields[f.name] = f.label[l];
        if (f.enumValues) enums[f.enumName] = Object.fromEntries(f.enumValues.map((v) => [v.value, v.label[l]]));
      }
      resources[m.name] = {
        name: `${m.meta.label[l]} |||| ${m.meta.label[l]}`,
        fields,
        relations: Object.fromEntries(m.meta.relations.map((r) => [r.name, r.label[l]])),
      };
    }
    return { resources, enums };
  };
  return `${HEADER}

export const generatedMessages = { zh: ${q(lang('zh'))}, en: ${q(lang('en'))} };
`;
}

export function emitIndex(models) {
  return `${HEADER}
import type { ResourceScreens } from '../app/screens';
${models.map((m) => `import { ${lower(m.name)}Screens } from './${m.folder}';`).join('\n')}

/** Every resource's generated screens, in the API's order (the menu's order). */
export const generatedScreens: ResourceScreens[] = [${models.map((m) => `${lower(m.name)}Screens`).join(', ')}];
`;
}

/** ra-data-graphql's introspection, given statically: only the root fields the console uses and the types they reach. */
export function prunedIntrospection(schema, models) {
  const used = new Set(['revealPersonalInfo', 'importRoster', '_adminMeta', 'me', 'login', 'refresh', 'logout']);
  for (const m of models) for (const op of Object.values(m.meta.operations)) if (op) used.add(op);
  const full = introspectionFromSchema(schema, { descriptions: false }).__schema;
  const roots = new Set([full.queryType?.name, full.mutationType?.name].filter(Boolean));
  const byName = new Map(full.types.map((t) => [t.name, t]));
  const reached = new Set();
  const named = (ref) => {
    while (ref.ofType) ref = ref.ofType;
    return ref.name;
  };
  const visit = (name) => {
    if (reached.has(name)) return;
    reached.add(name);
    const t = byName.get(name);
    for (const f of t.fields ?? []) {
      visit(named(f.type));
      for (const a of f.args ?? []) visit(named(a.type));
    }
    for (const f of t.inputFields ?? []) visit(named(f.type));
  };
  const types = full.types
    .filter((t) => roots.has(t.name))
    .map((t) => ({ ...t, fields: t.fields.filter((f) => used.has(f.name)) }));
  for (const t of types)
    for (const f of t.fields) {
      visit(named(f.type));
      for (const a of f.args) visit(named(a.type));
    }
  const kept = full.types.filter((t) => !roots.has(t.name) && reached.has(t.name) && !t.name.startsWith('__'));
  return { __schema: { ...full, types: [...types, ...kept], directives: [] } };
}
