"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enumValues = exports.enumLabels = void 0;
exports.defineEnum = defineEnum;
const type_graphql_1 = require("type-graphql");
/** Chinese and English labels of every enum value, for `_adminMeta` and exports. */
exports.enumLabels = new Map();
/**
 * Declares an enum once: a value object usable as a TypeScript type, registered with type-graphql,
 * with the labels the console shows. `OrganizationKind.UNION === 'UNION'`.
 */
function defineEnum(name, values) {
    const obj = Object.fromEntries(Object.keys(values).map((k) => [k, k]));
    (0, type_graphql_1.registerEnumType)(obj, {
        name,
        valuesConfig: Object.fromEntries(Object.entries(values).map(([k, [zh, en]]) => [k, { description: `${zh} (${en})` }])),
    });
    exports.enumLabels.set(name, values);
    return obj;
}
/** The values of an enum object, for `@Enum({ items })`. */
const enumValues = (e) => Object.values(e);
exports.enumValues = enumValues;
//# sourceMappingURL=enums.js.map