"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forbiddenField = exports.escapeLike = void 0;
exports.translateWhere = translateWhere;
exports.translateSearch = translateSearch;
const errors_1 = require("../../graphql/errors");
const scope_rules_1 = require("../scope/scope-rules");
const like_1 = require("./like");
Object.defineProperty(exports, "escapeLike", { enumerable: true, get: function () { return like_1.escapeLike; } });
const subquery_1 = require("./subquery");
const registry_1 = require("./registry");
/** A condition no row satisfies (an empty OR, an `in: []`). */
const NOTHING = { id: { $in: [] } };
const LIVE = { deletedAt: null };
const and = (parts) => (parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts });
/** Entity property behind a field: a ref field `sponsorId` filters the relation `sponsor` by its key. */
function propertyOf(key, field) {
    if (!field)
        return key;
    if (field.kind === 'ref')
        return field.relation;
    return field.property ?? key;
}
function translateOps(property, field, ops) {
    const out = [];
    const list = field?.kind === 'enumList' || field?.kind === 'intList';
    for (const [op, value] of Object.entries(ops)) {
        if (value === undefined)
            continue;
        switch (op) {
            case 'equals':
                out.push({ [property]: value });
                break;
            case 'in':
                out.push(value.length ? { [property]: { $in: value } } : NOTHING);
                break;
            case 'notIn':
                if (value.length)
                    out.push({ [property]: { $nin: value } });
                break;
            case 'lt':
            case 'lte':
            case 'gt':
            case 'gte':
                if (value !== null)
                    out.push({ [property]: { ['$' + op]: value } });
                break;
            case 'contains':
                if (value !== null)
                    out.push({ [property]: { $ilike: `%${(0, like_1.escapeLike)(String(value))}%` } });
                break;
            case 'startsWith':
                if (value !== null)
                    out.push({ [property]: { $ilike: `${(0, like_1.escapeLike)(String(value))}%` } });
                break;
            case 'isNull':
            case 'isEmpty':
                if (value === null)
                    break;
                if (list) {
                    // `<@ '{}'` holds for the empty array only (`{ p: [] }` would mean `in ()`).
                    const empty = { $or: [{ [property]: null }, { [property]: { $contained: [] } }] };
                    out.push(value ? empty : { [property]: { $ne: null }, $not: { [property]: { $contained: [] } } });
                }
                else if (op === 'isNull')
                    out.push({ [property]: value ? null : { $ne: null } });
                break;
            case 'hasSome':
                out.push(value.length ? { [property]: { $overlap: value } } : NOTHING);
                break;
            case 'hasEvery':
                out.push({ [property]: { $contains: value } });
                break;
            default:
                throw (0, errors_1.badInput)({ [property]: `不支持的筛选条件 ${op}` });
        }
    }
    return out;
}
const OPEN = () => true;
/** Translates a GraphQL `XWhere` into a MikroORM filter query for the resource's entity. */
function translateWhere(em, spec, where, gate = OPEN) {
    if (!where)
        return {};
    const parts = [];
    const byRelation = new Map(Object.entries(spec.fields)
        .filter(([, f]) => f.kind === 'ref' && f.filter)
        .map(([, f]) => [f.relation, f]));
    // Related rows are looked at under the caller's scope too: a filter must not be an oracle for rows
    // the caller may not see (`enrollments: { some: { beneficiary: { name: … } } }`).
    const sub = (target, cond, select = 'id') => (0, subquery_1.subquery)(em, target.entity, and([cond, (0, scope_rules_1.scopeCondition)(em, target.entity.name, em.getFilterParams('scope'))]), select);
    for (const [key, value] of Object.entries(where)) {
        if (value === undefined || value === null)
            continue;
        if (key === 'AND') {
            parts.push(...value.map((w) => translateWhere(em, spec, w, gate)));
        }
        else if (key === 'OR') {
            const alts = value.map((w) => translateWhere(em, spec, w, gate));
            parts.push(alts.length ? { $or: alts } : NOTHING);
        }
        else if (key === 'NOT') {
            // The exact complement, rows whose value is NULL included: not among the rows that match.
            parts.push({ id: { $nin: sub(spec, translateWhere(em, spec, value, gate)) } });
        }
        else if (spec.toMany?.[key]) {
            const { target: targetName, inverse } = spec.toMany[key];
            const target = (0, registry_1.getResource)(targetName);
            const children = (cond) => sub(target, and([LIVE, { [inverse]: { $ne: null } }, cond]), inverse);
            if (value.some)
                parts.push({ id: { $in: children(translateWhere(em, target, value.some, gate)) } });
            if (value.none)
                parts.push({ id: { $nin: children(translateWhere(em, target, value.none, gate)) } });
            if (value.every) {
                // Every live child matches: no live child is outside the matching ones.
                const matching = sub(target, translateWhere(em, target, value.every, gate));
                parts.push({ id: { $nin: children({ id: { $nin: matching } }) } });
            }
        }
        else if (byRelation.has(key)) {
            // The related row must exist and be live; a missing one matches nothing.
            const field = byRelation.get(key);
            const target = (0, registry_1.getResource)(field.target);
            parts.push({ [key]: { $in: sub(target, and([LIVE, translateWhere(em, target, value, gate)])) } });
        }
        else if (key === 'id' || key === 'createdAt' || key === 'updatedAt' || spec.fields[key]?.filter) {
            const field = spec.fields[key];
            if (!gate(field))
                throw (0, exports.forbiddenField)(key);
            parts.push(...translateOps(propertyOf(key, field), field, value));
        }
        else {
            throw (0, errors_1.badInput)({ [key]: '该字段不可筛选' });
        }
    }
    return and(parts);
}
/** The `search` argument: any searchable field contains the text (case-insensitive). */
function translateSearch(spec, search, gate = OPEN) {
    const text = search?.trim();
    if (!text)
        return {};
    // Searching fields the caller may not read would reveal them: refused, like filtering on them.
    const hidden = (spec.search ?? []).find((key) => !gate(spec.fields[key]));
    if (hidden)
        throw (0, exports.forbiddenField)(hidden);
    const keys = spec.search ?? [];
    if (!keys.length)
        return {};
    const pattern = `%${(0, like_1.escapeLike)(text)}%`;
    return { $or: keys.map((key) => ({ [propertyOf(key, spec.fields[key])]: { $ilike: pattern } })) };
}
/** A field the caller may not read cannot be filtered or sorted on either: that would reveal it. */
const forbiddenField = (key) => new errors_1.AppError('FORBIDDEN', `无权按字段 ${key} 筛选或排序`, { fieldErrors: { [key]: '无权使用该字段' } });
exports.forbiddenField = forbiddenField;
//# sourceMappingURL=where-translate.js.map