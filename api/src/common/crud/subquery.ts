import type { EntityManager } from '@mikro-orm/postgresql';
import type { Query } from './query';

let seq = 0;

/**
 * `select <column> from <entity> where <cond>` as a sub-query value for `$in` / `$nin`.
 * Relation filters, NOT and scope rules are all written as `fk in (…)` / `id not in (…)` rather than
 * joins: a row with no related row then simply does not match, OR / NOT keep exact set semantics,
 * and list and count see the same SQL shape. Sub-queries do not apply filters by themselves, so
 * callers add the soft-delete condition where it matters.
 */
export function subquery(
  em: EntityManager,
  entity: string | (new (...a: never[]) => unknown),
  cond: Query,
  select = 'id',
) {
  const alias = `sq${(seq = (seq + 1) % 1_000_000)}`;
  return em
    .createQueryBuilder(entity as never, alias)
    .select(`${alias}.${select}` as never)
    .where(cond as never)
    .getKnexQuery();
}
