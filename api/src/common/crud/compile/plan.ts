import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { FieldSpec, ResourceSpec } from '../../resource';
import type { OrderInput } from '../order';
import { getResource } from '../registry';
import type { Query } from '../where-translate';

/**
 * What a GraphQL selection on a resource asks of the database, as a tree the renderer turns into one SQL
 * statement (render.ts). Every object carries `id`; each selected field is emitted under the key its resolver
 * reads: plain columns under their field name (GraphQL's default resolver reads that), everything resolved by
 * the generated field resolvers under its response key (they read `root[info.path.key]`, crud-resolver.ts).
 * A selection the compiler does not know throws `Unsupported` and the whole root field takes the old path.
 */
export type Emit =
  | { kind: 'column'; key: string; column: string }
  /** An output function's inputs (a masked ID number from its last four characters). */
  | { kind: 'reads'; key: string; reads: [property: string, column: string][] }
  | { kind: 'toOne'; key: string; fk: string; plan: Plan }
  | { kind: 'toMany'; key: string; inverse: string; args: ChildArgs; plan: Plan }
  | { kind: 'count'; key: string; inverse: string; where: Query | null; spec: ResourceSpec }
  /** A connection row's cursor values (SQL over the row's alias). */
  | { kind: 'cursor'; key: string; sql: (alias: string) => string };

export interface ChildArgs {
  where: Query | null;
  orderBy: OrderInput[] | null;
  skip: number | null;
  take: number | null;
}

export interface Plan {
  spec: ResourceSpec;
  emit: Emit[];
}

export class Unsupported extends Error {}

/** What the planner needs of the caller: may it read a field, rows of an entity. */
export interface Caller {
  canReadField(field: FieldSpec): boolean;
  canReadRows(entityName: string): boolean;
}

/** Fields of generated types resolved by hand-written resolvers that read `root.id` only. */
const COMPUTED = new Set([
  'Enrollment.attendanceSummary',
  'ServiceClass.attendanceSummary',
  'SocialGroup.evaluationSummary',
  'ServiceProject.evaluationSummary',
  'ServiceProject.rollup',
  'ApplicationRound.classes',
  'Application.choices',
]);
const BASE = ['id', 'createdAt', 'updatedAt', 'version', 'deletedAt'];

/** The selected fields of `nodes` by response key, fragments spread and @skip/@include applied. */
export function collectFields(
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
  typeName: string,
  sets: (SelectionSetNode | undefined)[],
  out = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const sel of set?.selections ?? []) {
      if (getDirectiveValues(GraphQLSkipDirective, sel, info.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, sel, info.variableValues)?.if === false) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        out.set(key, [...(out.get(key) ?? []), sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (sel.typeCondition && sel.typeCondition.name.value !== typeName) continue;
        collectFields(info, typeName, [sel.selectionSet], out);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (!fragment || fragment.typeCondition.name.value !== typeName) continue;
        collectFields(info, typeName, [fragment.selectionSet], out);
      }
    }
  }
  return out;
}

/** The plan of a selection (`nodes`: the field nodes whose sub-selections are merged) on `spec`. */
export function planOf(
  em: EntityManager,
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues' | 'schema'>,
  caller: Caller,
  spec: ResourceSpec,
  nodes: FieldNode[],
): Plan {
  const meta = em.getMetadata().find(spec.entity.name);
  const type = info.schema.getType(spec.name);
  if (!meta || !(type instanceof GraphQLObjectType)) throw new Unsupported(`no metadata for ${spec.name}`);
  const column = (property: string) => {
    const prop = meta.properties[property];
    if (!prop?.fieldNames?.length || prop.persist === false) throw new Unsupported(`${spec.name}.${property}`);
    return prop.fieldNames[0];
  };
  const defs = type.getFields();
  const relations = new Map(
    Object.values(spec.fields)
      .filter((f) => f.kind === 'ref')
      .map((f) => [f.relation!, f]),
  );
  const emit: Emit[] = [{ kind: 'column', key: 'id', column: column('id') }];
  const fields = collectFields(
    info,
    spec.name,
    nodes.map((n) => n.selectionSet),
  );
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0].name.value;
    const field = spec.fields[name];
    if (name === '__typename' || name === 'id') continue;
    if (BASE.includes(name)) emit.push({ kind: 'column', key: name, column: column(name) });
    else if (field?.kind === 'ref') emit.push({ kind: 'column', key, column: column(field.relation!) });
    else if (field && (field.personal || field.property || field.output)) {
      if (!caller.canReadField(field)) continue; // its resolver answers FORBIDDEN
      if (field.output) {
        if (!field.reads) throw new Unsupported(`${spec.name}.${name}: output without reads`);
        emit.push({ kind: 'reads', key, reads: field.reads.map((p: string) => [p, column(p)]) });
      } else emit.push({ kind: 'column', key, column: column(field.property ?? name) });
    } else if (field) emit.push({ kind: 'column', key: name, column: column(name) });
    else if (relations.has(name)) {
      const target = getResource(relations.get(name)!.target!);
      if (!caller.canReadRows(target.entity.name)) continue; // its resolver answers FORBIDDEN
      const plan = planOf(em, info, caller, target, fieldNodes);
      emit.push({ kind: 'toOne', key, fk: column(name), plan });
    } else if (spec.toMany?.[name] || (name.endsWith('Count') && spec.toMany?.[name.slice(0, -5)])) {
      const many = spec.toMany[name] ?? spec.toMany[name.slice(0, -5)];
      const target = getResource(many.target);
      if (!caller.canReadRows(target.entity.name)) continue;
      const args = getArgumentValues(defs[name], fieldNodes[0], info.variableValues) as Partial<ChildArgs>;
      const inverse = childColumn(em, target, many.inverse);
      if (spec.toMany[name]) {
        const plan = planOf(em, info, caller, target, fieldNodes);
        const childArgs = {
          where: args.where ?? null,
          orderBy: args.orderBy ?? null,
          skip: args.skip ?? null,
          take: args.take ?? null,
        };
        emit.push({ kind: 'toMany', key, inverse, args: childArgs, plan });
      } else emit.push({ kind: 'count', key, inverse, where: args.where ?? null, spec: target });
    } else if (!COMPUTED.has(`${spec.name}.${name}`)) throw new Unsupported(`${spec.name}.${name}`);
  }
  return { spec, emit };
}

function childColumn(em: EntityManager, child: ResourceSpec, inverse: string): string {
  const prop = em.getMetadata().find(child.entity.name)?.properties[inverse];
  if (!prop?.fieldNames?.length) throw new Unsupported(`${child.name}.${inverse}`);
  return prop.fieldNames[0];
}
