"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeStatic = describeStatic;
exports.permissionsOf = permissionsOf;
exports.describeFor = describeFor;
const access_1 = require("../common/scope/access");
const enums_1 = require("../common/enums");
const registry_1 = require("../common/crud/registry");
const label = ([zh, en]) => ({ zh, en });
function describeStatic(spec) {
    const ops = { create: true, update: true, delete: true, ...spec.operations };
    const Plural = (0, registry_1.capitalize)(spec.plural);
    return {
        name: spec.name,
        label: label(spec.label),
        operations: {
            one: spec.single,
            list: spec.plural,
            count: `${spec.plural}Count`,
            connection: `${spec.plural}Connection`,
            create: ops.create ? `create${spec.name}` : null,
            createMany: ops.create ? `create${Plural}` : null,
            update: ops.update ? `update${spec.name}` : null,
            updateMany: ops.update ? `update${Plural}` : null,
            delete: ops.delete ? `delete${spec.name}` : null,
            deleteMany: ops.delete ? `delete${Plural}` : null,
            restore: ops.delete ? `restore${spec.name}` : null,
        },
        searchFields: spec.search ?? [],
        defaultSort: Object.entries(spec.defaultOrder ?? {}).map(([field, order]) => ({ field, order }))[0] ?? null,
        fields: Object.entries(spec.fields).map(([name, f]) => ({
            name,
            label: label(f.label),
            kind: f.kind,
            required: Boolean(f.required),
            readOnly: Boolean(f.readOnly),
            createOnly: Boolean(f.createOnly),
            filterable: Boolean(f.filter),
            sortable: Boolean(f.sort),
            personal: Boolean(f.personal),
            target: f.target ?? null,
            relation: f.relation ?? null,
            enumName: f.enumName ?? null,
            enumValues: f.enumName
                ? Object.entries(enums_1.enumLabels.get(f.enumName) ?? {}).map(([value, l]) => ({ value, label: label(l) }))
                : null,
            min: f.min ?? null,
            max: f.max ?? null,
            maxLength: f.maxLength ?? null,
            format: f.format ?? null,
            description: f.description ?? null,
        })),
        relations: Object.entries(spec.toMany ?? {}).map(([name, r]) => ({
            name,
            target: r.target,
            inverse: r.inverse,
            label: label(r.label),
        })),
    };
}
/** What the current caller may do with the resource. */
function permissionsOf(spec, principal) {
    const ops = { create: true, update: true, delete: true, ...spec.operations };
    const writer = Boolean(principal && (spec.writeRoles ?? access_1.DEFAULT_WRITERS).includes(principal.role));
    return {
        read: Boolean(principal),
        list: Boolean(principal && (spec.listRoles ?? access_1.DEFAULT_LISTERS).includes(principal.role)),
        create: writer && ops.create,
        update: writer && ops.update,
        delete: writer && ops.delete,
    };
}
function describeFor(spec, principal) {
    const base = describeStatic(spec);
    return {
        ...base,
        permissions: permissionsOf(spec, principal),
        fields: base.fields.map((f) => ({ ...f, readable: (0, access_1.canReadField)({ principal }, spec.fields[f.name]) })),
    };
}
//# sourceMappingURL=admin-meta.describe.js.map