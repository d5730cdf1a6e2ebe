import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { GqlError, GqlResponse, TestApp } from './test-app';

/**
 * The API as a client discovers it: the introspected schema plus `_adminMeta`, turned into a model
 * of every resource (its queries, mutations, fields, relations and filters). The scope tests build
 * their cases from this model, so an operation added to the schema is covered without editing a list.
 */
export interface AdminMetaField {
  name: string;
  kind: string;
  required: boolean;
  readOnly: boolean;
  createOnly: boolean;
  filterable: boolean;
  sortable: boolean;
  personal: boolean;
  target: string | null;
  relation: string | null;
  format: string | null;
  maxLength: number | null;
  min: number | null;
  max: number | null;
}
export interface AdminMetaResource {
  name: string;
  searchFields: string[];
  fields: AdminMetaField[];
  relations: { name: string; target: string; inverse: string }[];
}

export interface ToOne {
  /** The object field (`sponsor`) and its foreign-key scalar (`sponsorId`), when there is one. */
  field: string;
  fk: string | null;
  target: string;
}
export interface ToMany {
  field: string;
  countField: string | null;
  target: string;
  /** The child's foreign-key field pointing back at the parent (`projectId`). */
  inverseFk: string | null;
  inverse: string;
}
export interface WhereRelation {
  key: string;
  target: string;
  many: boolean;
}

export interface ResourceModel {
  name: string;
  meta: AdminMetaResource;
  queries: { single?: string; list?: string; count?: string; connection?: string };
  mutations: {
    create?: string;
    createMany?: string;
    update?: string;
    updateMany?: string;
    delete?: string;
    deleteMany?: string;
    restore?: string;
  };
  /** Output fields that are scalars or enums (no arguments needed). */
  scalars: string[];
  personal: Set<string>;
  toOne: ToOne[];
  toMany: ToMany[];
  /** `where` keys that are ID filters on a foreign key, with the referenced resource. */
  fkFilters: { key: string; target: string }[];
  /** `where` keys that filter on a related record (to-one) or on related records (some/every/none). */
  whereRelations: WhereRelation[];
  hasSearch: boolean;
}

export interface ApiModel {
  schema: GraphQLSchema;
  resources: Map<string, ResourceModel>;
  /** Query fields that are not generic CRUD (apiVersion, me, _adminMeta, domain queries…). */
  otherQueries: string[];
  otherQueryFields: GraphQLField<unknown, unknown>[];
  /** Mutations that are not generic CRUD: domain actions and sign-in. */
  otherMutations: GraphQLField<unknown, unknown>[];
}

const ADMIN_META = `{ _adminMeta { name searchFields
  fields { name kind required readOnly createOnly filterable sortable personal target relation format maxLength min max }
  relations { name target inverse } } }`;

export async function loadApiModel(app: Pick<TestApp, 'ok'>): Promise<ApiModel> {
  const intro = await app.ok<IntrospectionQuery>(getIntrospectionQuery());
  const schema = buildClientSchema(intro);
  const { _adminMeta } = await app.ok<{ _adminMeta: AdminMetaResource[] }>(ADMIN_META);
  const resources = new Map<string, ResourceModel>();
  for (const meta of _adminMeta) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) throw new Error(`_adminMeta names ${meta.name}, which is not an object type`);
    resources.set(meta.name, {
      name: meta.name,
      meta,
      queries: {},
      mutations: {},
      scalars: [],
      personal: new Set(meta.fields.filter((f) => f.personal).map((f) => f.name)),
      toOne: [],
      toMany: [],
      fkFilters: [],
      whereRelations: [],
      hasSearch: false,
    });
  }
  const isResource = (name: string) => resources.has(name);

  // Object fields of every resource type.
  for (const r of resources.values()) {
    const type = schema.getType(r.name) as GraphQLObjectType;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const named = getNamedType(field.type);
      const nullable = getNullableType(field.type);
      if (isScalarType(named) || isEnumType(named)) {
        if (field.args.some((a) => isNonNullType(a.type))) continue;
        if (field.name.endsWith('Count') && field.args.length) {
          continue; // a to-many count, handled below
        }
        r.scalars.push(field.name);
      } else if (isResource(named.name)) {
        if (isListType(nullable)) {
          const rel = r.meta.relations.find((x) => x.name === field.name);
          const child = resources.get(named.name)!;
          const inverseFk =
            child.meta.fields.find((f) => f.kind === 'ref' && f.relation === rel?.inverse)?.name ?? null;
          r.toMany.push({
            field: field.name,
            countField: fields[`${field.name}Count`] ? `${field.name}Count` : null,
            target: named.name,
            inverse: rel?.inverse ?? '',
            inverseFk,
          });
        } else {
          const fk = r.meta.fields.find((f) => f.kind === 'ref' && f.relation === field.name)?.name ?? null;
          r.toOne.push({ field: field.name, fk, target: named.name });
        }
      }
    }
    // The where input: foreign-key filters and relation filters.
    const where = schema.getType(`${r.name}Where`);
    if (isInputObjectType(where)) {
      for (const f of Object.values(where.getFields())) {
        const named = getNamedType(f.type);
        if (['AND', 'OR', 'NOT'].includes(f.name)) continue;
        if (named.name === 'IdFilter' && f.name !== 'id') {
          const target = r.meta.fields.find((m) => m.name === f.name)?.target;
          if (target) r.fkFilters.push({ key: f.name, target });
        } else if (named.name.endsWith('ListRelationFilter')) {
          r.whereRelations.push({ key: f.name, target: named.name.replace(/ListRelationFilter$/, ''), many: true });
        } else if (named.name.endsWith('Where') && isResource(named.name.replace(/Where$/, ''))) {
          r.whereRelations.push({ key: f.name, target: named.name.replace(/Where$/, ''), many: false });
        }
      }
    }
  }

  // Queries, classified by what they return.
  const otherQueries: string[] = [];
  const otherQueryFields: GraphQLField<unknown, unknown>[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const named = getNamedType(field.type);
    const nullable = getNullableType(field.type);
    const whereArg = field.args.find((a) => a.name === 'where');
    const whereOf = whereArg ? getNamedType(whereArg.type).name.replace(/Where$/, '') : null;
    if (isResource(named.name) && !isListType(nullable) && field.args.some((a) => a.name === 'id')) {
      resources.get(named.name)!.queries.single = field.name;
    } else if (isResource(named.name) && isListType(nullable) && whereOf === named.name) {
      const r = resources.get(named.name)!;
      r.queries.list = field.name;
      r.hasSearch = field.args.some((a) => a.name === 'search');
    } else if (named.name.endsWith('Connection') && isResource(named.name.replace(/Connection$/, ''))) {
      resources.get(named.name.replace(/Connection$/, ''))!.queries.connection = field.name;
    } else if (named.name === 'Int' && whereOf && isResource(whereOf)) {
      resources.get(whereOf)!.queries.count = field.name;
    } else {
      otherQueries.push(field.name);
      otherQueryFields.push(field);
    }
  }

  // Mutations: generic CRUD by argument shape, everything else kept apart.
  const otherMutations: GraphQLField<unknown, unknown>[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const named = getNamedType(field.type);
    const r = resources.get(named.name);
    const args = Object.fromEntries(field.args.map((a) => [a.name, a.type]));
    const list = isListType(getNullableType(field.type));
    const dataType = args.data ? getNamedType(args.data).name : '';
    const dataList = args.data ? isListType(getNullableType(args.data)) : false;
    let kind: keyof ResourceModel['mutations'] | null = null;
    if (r && dataType === `${r.name}CreateInput`) kind = dataList ? 'createMany' : 'create';
    else if (r && dataType === `${r.name}UpdateInput`) kind = args.ids ? 'updateMany' : 'update';
    else if (r && !args.data && field.name.startsWith('delete')) kind = args.ids ? 'deleteMany' : 'delete';
    else if (r && !args.data && field.name.startsWith('restore') && args.id && !list) kind = 'restore';
    if (r && kind) r.mutations[kind] = field.name;
    else otherMutations.push(field);
  }
  return { schema, resources, otherQueries, otherQueryFields, otherMutations };
}

/** A JavaScript value as a GraphQL literal (input objects, lists, strings, numbers, booleans, null). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The GraphQL type of an argument as written in an operation (`ServiceClassCreateInput!`). */
export const typeString = (t: GraphQLInputType): string => String(t);

/** Aliased fields run as one document; if any field fails, every field is re-run on its own. */
export async function runBatch<T = unknown>(
  client: Pick<TestApp, 'gql'>,
  fields: { alias: string; text: string }[],
  chunk = 150,
): Promise<Map<string, { data: T | null | undefined; errors: GqlError[] }>> {
  const out = new Map<string, { data: T | null | undefined; errors: GqlError[] }>();
  for (let i = 0; i < fields.length; i += chunk) {
    const part = fields.slice(i, i + chunk);
    const res = await client.gql<Record<string, T>>(`{ ${part.map((f) => `${f.alias}: ${f.text}`).join('\n')} }`);
    if (!res.errors?.length && res.data) {
      for (const f of part) out.set(f.alias, { data: res.data[f.alias], errors: [] });
      continue;
    }
    for (const f of part) {
      const one: GqlResponse<Record<string, T>> = await client.gql<Record<string, T>>(`{ ${f.alias}: ${f.text} }`);
      out.set(f.alias, { data: one.data?.[f.alias], errors: one.errors ?? [] });
    }
  }
  return out;
}

export const codes = (errors: GqlError[] | undefined): string[] => [
  ...new Set((errors ?? []).map((e) => String(e.extensions?.code))),
];
