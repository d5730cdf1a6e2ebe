"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.objectTypeOf = objectTypeOf;
exports.PageInfo = PageInfo;
exports.connectionTypesOf = connectionTypesOf;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("./scalars");
const registry_1 = require("./registry");
const objectTypes = (0, registry_1.memo)();
/**
 * The GraphQL object type of a resource. Plain fields are read from the entity by name; foreign
 * keys, relation objects, to-many lists and masked personal fields are field resolvers added by
 * the resource's resolver (crud-resolver.ts).
 */
function objectTypeOf(spec) {
    return objectTypes(spec.name, () => {
        const C = class {
        };
        Object.defineProperty(C, 'name', { value: spec.name });
        (0, type_graphql_1.Field)(() => type_graphql_1.ID)(C.prototype, 'id');
        (0, type_graphql_1.Field)(() => scalars_1.DateTime)(C.prototype, 'createdAt');
        (0, type_graphql_1.Field)(() => scalars_1.DateTime)(C.prototype, 'updatedAt');
        (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Optimistic lock: send it back as expectedVersion when updating' })(C.prototype, 'version');
        (0, type_graphql_1.Field)(() => scalars_1.DateTime, { nullable: true, description: 'Set when soft-deleted' })(C.prototype, 'deletedAt');
        for (const [key, field] of Object.entries(spec.fields)) {
            if (field.kind === 'ref' || field.personal || field.property || field.output)
                continue; // resolved by the resolver
            const list = field.kind === 'enumList' || field.kind === 'intList';
            (0, type_graphql_1.Field)(() => (0, scalars_1.scalarOf)(field), {
                nullable: list ? false : !field.required,
                description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
            })(C.prototype, key);
        }
        (0, type_graphql_1.ObjectType)(spec.name, { description: spec.label.join(' / ') })(C);
        return C;
    });
}
const connections = (0, registry_1.memo)();
let pageInfo;
function PageInfo() {
    if (!pageInfo) {
        pageInfo = class PageInfo {
        };
        (0, type_graphql_1.Field)(() => Boolean)(pageInfo.prototype, 'hasNextPage');
        (0, type_graphql_1.Field)(() => Boolean)(pageInfo.prototype, 'hasPreviousPage');
        (0, type_graphql_1.Field)(() => String, { nullable: true })(pageInfo.prototype, 'startCursor');
        (0, type_graphql_1.Field)(() => String, { nullable: true })(pageInfo.prototype, 'endCursor');
        (0, type_graphql_1.ObjectType)('PageInfo')(pageInfo);
    }
    return pageInfo;
}
/** `XConnection { edges { cursor node } nodes pageInfo totalCount }`; totalCount is a field resolver. */
function connectionTypesOf(spec) {
    return connections(spec.name, () => {
        const node = objectTypeOf(spec);
        const edge = class {
        };
        Object.defineProperty(edge, 'name', { value: `${spec.name}Edge` });
        (0, type_graphql_1.Field)(() => String)(edge.prototype, 'cursor');
        (0, type_graphql_1.Field)(() => node)(edge.prototype, 'node');
        (0, type_graphql_1.ObjectType)(`${spec.name}Edge`)(edge);
        const connection = class {
        };
        Object.defineProperty(connection, 'name', { value: `${spec.name}Connection` });
        (0, type_graphql_1.Field)(() => [edge])(connection.prototype, 'edges');
        (0, type_graphql_1.Field)(() => [node])(connection.prototype, 'nodes');
        const pageInfoType = PageInfo();
        (0, type_graphql_1.Field)(() => pageInfoType)(connection.prototype, 'pageInfo');
        (0, type_graphql_1.ObjectType)(`${spec.name}Connection`)(connection);
        return { connection, edge };
    });
}
//# sourceMappingURL=object-type.js.map