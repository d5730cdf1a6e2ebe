"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.subquery = subquery;
let seq = 0;
/**
 * `select <column> from <entity> where <cond>` as a sub-query value for `$in` / `$nin`.
 * Relation filters, NOT and scope rules are all written as `fk in (…)` / `id not in (…)` rather than
 * joins: a row with no related row then simply does not match, OR / NOT keep exact set semantics,
 * and list and count see the same SQL shape. Sub-queries do not apply filters by themselves, so
 * callers add the soft-delete condition where it matters.
 */
function subquery(em, entity, cond, select = 'id') {
    const alias = `sq${(seq = (seq + 1) % 1_000_000)}`;
    return em
        .createQueryBuilder(entity, alias)
        .select(`${alias}.${select}`)
        .where(cond)
        .getKnexQuery();
}
//# sourceMappingURL=subquery.js.map