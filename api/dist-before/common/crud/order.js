"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortOrder = void 0;
exports.orderTypeOf = orderTypeOf;
exports.sortableKeys = sortableKeys;
exports.translateOrder = translateOrder;
const core_1 = require("@mikro-orm/core");
const type_graphql_1 = require("type-graphql");
const errors_1 = require("../../graphql/errors");
const registry_1 = require("./registry");
const where_translate_1 = require("./where-translate");
var SortOrder;
(function (SortOrder) {
    SortOrder["ASC"] = "ASC";
    SortOrder["DESC"] = "DESC";
})(SortOrder || (exports.SortOrder = SortOrder = {}));
(0, type_graphql_1.registerEnumType)(SortOrder, { name: 'SortOrder' });
const orders = (0, registry_1.memo)();
/** `XOrderBy`: one sortable field per element, `[{ startsOn: DESC }, { name: ASC }]`. */
function orderTypeOf(spec) {
    return orders(spec.name, () => {
        const name = `${spec.name}OrderBy`;
        const C = class {
        };
        Object.defineProperty(C, 'name', { value: name });
        for (const key of sortableKeys(spec))
            (0, type_graphql_1.Field)(() => SortOrder, { nullable: true })(C.prototype, key);
        (0, type_graphql_1.InputType)(name)(C);
        return C;
    });
}
function sortableKeys(spec) {
    const own = Object.entries(spec.fields)
        .filter(([, f]) => f.sort)
        .map(([k]) => k);
    return ['id', 'createdAt', 'updatedAt', ...own];
}
/** MikroORM orderBy with `id` always the last key, so pages are stable. */
function translateOrder(spec, orderBy, gate = () => true) {
    const items = orderBy?.length ? orderBy : spec.defaultOrder ? [spec.defaultOrder] : [];
    const out = [];
    let idSeen = false;
    for (const item of items) {
        const entries = Object.entries(item).filter(([, v]) => v != null);
        if (entries.length !== 1 && orderBy?.length)
            throw (0, errors_1.badInput)({ orderBy: '每个排序项只能指定一个字段' });
        for (const [key, dir] of entries) {
            const field = spec.fields[key];
            if (!gate(field)) {
                // The caller's own order may not use a field they cannot read; the default order skips it.
                if (orderBy?.length)
                    throw (0, where_translate_1.forbiddenField)(key);
                continue;
            }
            const property = field?.kind === 'ref' ? field.relation : (field?.property ?? key);
            const direction = dir === SortOrder.DESC ? 'desc' : 'asc';
            if (field?.kind === 'string') {
                // Names sort the way people expect in Chinese: by pinyin (ICU), not by code point.
                const column = property.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
                out.push({ [(0, core_1.raw)((alias) => `${alias}.${column} collate "zh-x-icu"`)]: direction });
            }
            else
                out.push({ [property]: direction });
            if (key === 'id')
                idSeen = true;
        }
    }
    if (!idSeen)
        out.push({ id: 'asc' });
    return out;
}
//# sourceMappingURL=order.js.map