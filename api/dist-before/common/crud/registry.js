"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capitalize = void 0;
exports.registerResources = registerResources;
exports.getResource = getResource;
exports.allResources = allResources;
exports.memo = memo;
/**
 * Resources by GraphQL name. Types of one resource refer to others (a relation filter, a relation
 * field) through lazy look-ups here, so the order in which resources are built does not matter.
 */
const resources = new Map();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function registerResources(list) {
    for (const r of list)
        resources.set(r.name, r);
}
function getResource(name) {
    const r = resources.get(name);
    if (!r)
        throw new Error(`unknown resource ${name}`);
    return r;
}
function allResources() {
    return [...resources.values()];
}
/** A per-resource cache of built classes (object type, where, order, inputs). */
function memo() {
    const cache = new Map();
    return (name, build) => {
        let v = cache.get(name);
        if (!v) {
            v = build();
            cache.set(name, v);
        }
        return v;
    };
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
exports.capitalize = capitalize;
//# sourceMappingURL=registry.js.map