import type { FieldSpec, ResourceSpec } from '../resource';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput } from '../errors';
import type { ScopeParams } from '../scope/scope-params';
import { PER_PERSON_ENTITIES, scopeCondition } from '../scope/scope-rules';
import { escapeLike } from './like';
import type { Query } from './query';
import { subquery } from './subquery';

export type { Query };

export { escapeLike };
import { getResource } from './registry';

type Ops = Record<string, unknown>;

/** A condition no row satisfies (an empty OR, an `in: []`). */
const NOTHING: Query = { id: { $in: [] } };
const LIVE: Query = { deletedAt: null };

const and = (parts: Query[]): Query => (parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts });

/** Entity property behind a field: a ref field `sponsorId` filters the relation `sponsor` by its key. */
function propertyOf(key: string, field: FieldSpec | undefined): string {
  if (!field) return key;
  if (field.kind === 'ref') return field.relation!;
  return field.property ?? key;
}

function translateOps(property: string, field: FieldSpec | undefined, ops: Ops): Query[] {
  const out: Query[] = [];
  const list = field?.kind === 'enumList' || field?.kind === 'intList';
  for (const [op, value] of Object.entries(ops)) {
    if (value === undefined) continue;
    switch (op) {
      case 'equals':
        out.push({ [property]: value });
        break;
      case 'in':
        out.push((value as unknown[]).length ? { [property]: { $in: value } } : NOTHING);
        break;
      case 'notIn':
        if ((value as unknown[]).length) out.push({ [property]: { $nin: value } });
        break;
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        if (value !== null) out.push({ [property]: { ['$' + op]: value } });
        break;
      case 'contains':
        if (value !== null) out.push({ [property]: { $ilike: `%${escapeLike(String(value))}%` } });
        break;
      case 'startsWith':
        if (value !== null) out.push({ [property]: { $ilike: `${escapeLike(String(value))}%` } });
        break;
      case 'isNull':
      case 'isEmpty':
        if (value === null) break;
        if (list) {
          // `<@ '{}'` holds for the empty array only (`{ p: [] }` would mean `in ()`).
          const empty = { $or: [{ [property]: null }, { [property]: { $contained: [] } }] };
          out.push(value ? empty : { [property]: { $ne: null }, $not: { [property]: { $contained: [] } } });
        } else if (op === 'isNull') out.push({ [property]: value ? null : { $ne: null } });
        break;
      case 'hasSome':
        out.push((value as unknown[]).length ? { [property]: { $overlap: value } } : NOTHING);
        break;
      case 'hasEvery':
        out.push({ [property]: { $contains: value } });
        break;
      default:
        throw badInput({ [property]: `不支持的筛选条件 ${op}` });
    }
  }
  return out;
}

/** Whether the caller may use a field (read it, and so filter or sort on it). */
export type FieldGate = (field: FieldSpec | undefined) => boolean;
const OPEN: FieldGate = () => true;

/** Translates a GraphQL `XWhere` into a MikroORM filter query for the resource's entity. */
export function translateWhere(
  em: EntityManager,
  spec: ResourceSpec,
  where: Query | null | undefined,
  gate: FieldGate = OPEN,
): Query {
  if (!where) return {};
  const parts: Query[] = [];
  const byRelation = new Map(
    Object.entries(spec.fields)
      .filter(([, f]) => f.kind === 'ref' && f.filter)
      .map(([, f]) => [f.relation!, f]),
  );
  // Related rows are looked at under the caller's scope too: a filter must not be an oracle for rows
  // the caller may not see (`enrollments: { some: { beneficiary: { name: … } } }`).
  // Analysts may not filter through rows about one person either: a count of classes with a disabled
  // child in a given community is a row about that child.
  const reachable = (key: string, target: ResourceSpec): ResourceSpec => {
    const params = em.getFilterParams<ScopeParams>('scope');
    if (params?.aggregatesOnly && PER_PERSON_ENTITIES.has(target.entity.name)) throw forbiddenField(key);
    return target;
  };
  const sub = (target: ResourceSpec, cond: Query, select = 'id') =>
    subquery(
      em,
      target.entity,
      and([cond, scopeCondition(em, target.entity.name, em.getFilterParams<ScopeParams>('scope'))]),
      select,
    );
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    if (key === 'AND') {
      parts.push(...(value as Query[]).map((w) => translateWhere(em, spec, w, gate)));
    } else if (key === 'OR') {
      const alts = (value as Query[]).map((w) => translateWhere(em, spec, w, gate));
      parts.push(alts.length ? { $or: alts } : NOTHING);
    } else if (key === 'NOT') {
      // The exact complement, rows whose value is NULL included: not among the rows that match.
      parts.push({ id: { $nin: sub(spec, translateWhere(em, spec, value as Query, gate)) } });
    } else if (spec.toMany?.[key]) {
      const { target: targetName, inverse } = spec.toMany[key];
      const target = reachable(key, getResource(targetName));
      const children = (cond: Query) => sub(target, and([LIVE, { [inverse]: { $ne: null } }, cond]), inverse);
      if (value.some) parts.push({ id: { $in: children(translateWhere(em, target, value.some, gate)) } });
      if (value.none) parts.push({ id: { $nin: children(translateWhere(em, target, value.none, gate)) } });
      if (value.every) {
        // Every live child matches: no live child is outside the matching ones.
        const matching = sub(target, translateWhere(em, target, value.every, gate));
        parts.push({ id: { $nin: children({ id: { $nin: matching } }) } });
      }
    } else if (byRelation.has(key)) {
      // The related row must exist and be live; a missing one matches nothing.
      const field = byRelation.get(key)!;
      const target = reachable(key, getResource(field.target!));
      parts.push({ [key]: { $in: sub(target, and([LIVE, translateWhere(em, target, value as Query, gate)])) } });
    } else if (key === 'id' || key === 'createdAt' || key === 'updatedAt' || spec.fields[key]?.filter) {
      const field = spec.fields[key];
      if (!gate(field)) throw forbiddenField(key);
      parts.push(...translateOps(propertyOf(key, field), field, value as Ops));
    } else {
      throw badInput({ [key]: '该字段不可筛选' });
    }
  }
  return and(parts);
}

/** The `search` argument: any searchable field contains the text (case-insensitive). */
export function translateSearch(spec: ResourceSpec, search: string | null | undefined, gate: FieldGate = OPEN): Query {
  const text = search?.trim();
  if (!text) return {};
  // Searching fields the caller may not read would reveal them: refused, like filtering on them.
  const hidden = (spec.search ?? []).find((key) => !gate(spec.fields[key]));
  if (hidden) throw forbiddenField(hidden);
  const keys = spec.search ?? [];
  // A list without searchable fields refuses the text rather than ignore it: every row would come back
  // as if it had matched.
  if (!keys.length) throw badInput({ search: '此列表不支持搜索，请用 where 筛选' });
  const pattern = `%${escapeLike(text)}%`;
  return { $or: keys.map((key) => ({ [propertyOf(key, spec.fields[key])]: { $ilike: pattern } })) };
}

/** A field the caller may not read cannot be filtered or sorted on either: that would reveal it. */
export const forbiddenField = (key: string): AppError =>
  new AppError('FORBIDDEN', `无权按字段 ${key} 筛选或排序`, { fieldErrors: { [key]: '无权使用该字段' } });
