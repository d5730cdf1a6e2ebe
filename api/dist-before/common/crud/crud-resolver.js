"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCrudResolver = createCrudResolver;
exports.createConnectionResolver = createConnectionResolver;
const type_graphql_1 = require("type-graphql");
const access_1 = require("../scope/access");
const crud_service_1 = require("./crud-service");
const filters_1 = require("./filters");
const inputs_1 = require("./inputs");
const object_type_1 = require("./object-type");
const order_1 = require("./order");
const paging_1 = require("./paging");
const registry_1 = require("./registry");
const scalars_1 = require("./scalars");
/** Adds a method to a prototype and applies method and parameter decorators to it, as `@` would. */
function method(proto, key, fn, decorate, params) {
    proto[key] = fn;
    params.forEach((p, i) => p(proto, key, i));
    decorate(proto, key, Object.getOwnPropertyDescriptor(proto, key));
}
const listArgs = (spec, paged) => {
    const Where = (0, filters_1.whereTypeOf)(spec.name);
    const Order = (0, order_1.orderTypeOf)(spec);
    return [
        (0, type_graphql_1.Arg)('where', () => Where, { nullable: true }),
        (0, type_graphql_1.Arg)('search', () => String, { nullable: true, description: '在名称等字段中模糊查找 (case-insensitive)' }),
        (0, type_graphql_1.Arg)('orderBy', () => [Order], { nullable: true }),
        ...(paged === 'offset'
            ? [
                (0, type_graphql_1.Arg)('skip', () => type_graphql_1.Int, { nullable: true }),
                (0, type_graphql_1.Arg)('take', () => type_graphql_1.Int, { nullable: true, description: `Default ${paging_1.DEFAULT_TAKE}, at most ${paging_1.MAX_TAKE}` }),
            ]
            : [
                (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: `Default ${paging_1.DEFAULT_TAKE}, at most ${paging_1.MAX_TAKE}` }),
                (0, type_graphql_1.Arg)('after', () => String, { nullable: true }),
            ]),
        (0, type_graphql_1.Ctx)(),
    ];
};
/**
 * Builds the resolver of a resource: the queries and mutations of the API conventions, and the field
 * resolvers for foreign keys, relation objects (through DataLoaders), to-many lists and counts.
 * Resolvers only map arguments onto the CRUD service.
 */
function createCrudResolver(spec) {
    const service = new crud_service_1.CrudService(spec);
    const T = (0, object_type_1.objectTypeOf)(spec);
    const Where = (0, filters_1.whereTypeOf)(spec.name);
    const ops = { create: true, update: true, delete: true, ...spec.operations };
    const Plural = (0, registry_1.capitalize)(spec.plural);
    const R = class {
    };
    Object.defineProperty(R, 'name', { value: `${spec.name}CrudResolver` });
    const p = R.prototype;
    method(p, 'one', (id, ctx) => service.findOne(ctx, id), (0, type_graphql_1.Query)(() => T, { name: spec.single, nullable: true, description: `${spec.label[0]}: one by id` }), [(0, type_graphql_1.Arg)('id', () => type_graphql_1.ID), (0, type_graphql_1.Ctx)()]);
    method(p, 'many', (where, search, orderBy, skip, take, ctx) => service.findMany(ctx, { where, search, orderBy: orderBy, skip, take }), (0, type_graphql_1.Query)(() => [T], { name: spec.plural, description: `${spec.label[0]}: list` }), listArgs(spec, 'offset'));
    method(p, 'count', (where, search, ctx) => service.count(ctx, { where, search }), (0, type_graphql_1.Query)(() => type_graphql_1.Int, { name: `${spec.plural}Count` }), [(0, type_graphql_1.Arg)('where', () => Where, { nullable: true }), (0, type_graphql_1.Arg)('search', () => String, { nullable: true }), (0, type_graphql_1.Ctx)()]);
    const { connection } = (0, object_type_1.connectionTypesOf)(spec);
    method(p, 'connection', (where, search, orderBy, first, after, ctx) => service.connection(ctx, { where, search, orderBy: orderBy, first, after }), (0, type_graphql_1.Query)(() => connection, {
        name: `${spec.plural}Connection`,
        description: 'Cursor paging; totalCount costs a statement only when selected',
    }), listArgs(spec, 'cursor'));
    if (ops.create) {
        const Create = (0, inputs_1.createInputOf)(spec);
        method(p, 'create', (data, ctx) => service.create(ctx, data), (0, type_graphql_1.Mutation)(() => T, { name: `create${spec.name}` }), [(0, type_graphql_1.Arg)('data', () => Create), (0, type_graphql_1.Ctx)()]);
        method(p, 'createMany', (data, ctx) => service.createMany(ctx, data), (0, type_graphql_1.Mutation)(() => [T], { name: `create${Plural}`, description: 'All or nothing' }), [(0, type_graphql_1.Arg)('data', () => [Create]), (0, type_graphql_1.Ctx)()]);
    }
    if (ops.update) {
        const Update = (0, inputs_1.updateInputOf)(spec);
        method(p, 'update', (id, data, expectedVersion, ctx) => service.update(ctx, id, data, expectedVersion), (0, type_graphql_1.Mutation)(() => T, {
            name: `update${spec.name}`,
            description: 'A stale expectedVersion → CONFLICT, nothing written',
        }), [(0, type_graphql_1.Arg)('id', () => type_graphql_1.ID), (0, type_graphql_1.Arg)('data', () => Update), (0, type_graphql_1.Arg)('expectedVersion', () => type_graphql_1.Int, { nullable: true }), (0, type_graphql_1.Ctx)()]);
        method(p, 'updateMany', (ids, data, ctx) => service.updateMany(ctx, ids, data), (0, type_graphql_1.Mutation)(() => [T], {
            name: `update${Plural}`,
            description: 'The same change to every listed record; all or nothing',
        }), [(0, type_graphql_1.Arg)('ids', () => [type_graphql_1.ID]), (0, type_graphql_1.Arg)('data', () => Update), (0, type_graphql_1.Ctx)()]);
    }
    if (ops.delete) {
        method(p, 'remove', async (id, ctx) => (await service.remove(ctx, [id]))[0], (0, type_graphql_1.Mutation)(() => T, { name: `delete${spec.name}`, description: 'Soft delete' }), [(0, type_graphql_1.Arg)('id', () => type_graphql_1.ID), (0, type_graphql_1.Ctx)()]);
        method(p, 'removeMany', (ids, ctx) => service.remove(ctx, ids), (0, type_graphql_1.Mutation)(() => [T], { name: `delete${Plural}`, description: 'Soft delete; all or nothing' }), [(0, type_graphql_1.Arg)('ids', () => [type_graphql_1.ID]), (0, type_graphql_1.Ctx)()]);
        method(p, 'restore', async (id, ctx) => (await service.restore(ctx, [id]))[0], (0, type_graphql_1.Mutation)(() => T, { name: `restore${spec.name}` }), [(0, type_graphql_1.Arg)('id', () => type_graphql_1.ID), (0, type_graphql_1.Ctx)()]);
    }
    addFieldResolvers(spec, p);
    (0, type_graphql_1.Resolver)(() => T)(R);
    return R;
}
function addFieldResolvers(spec, p) {
    for (const [key, field] of Object.entries(spec.fields)) {
        if (field.kind === 'ref') {
            const relation = field.relation;
            const idOf = (root) => root[relation]?.id ?? null;
            method(p, `fk_${key}`, (root) => idOf(root), (0, type_graphql_1.FieldResolver)(() => type_graphql_1.ID, { name: key, nullable: !field.required, description: field.label.join(' / ') }), [(0, type_graphql_1.Root)()]);
            method(p, `rel_${relation}`, (root, ctx) => {
                const id = idOf(root);
                return id ? ctx.loaders.byId((0, registry_1.getResource)(field.target), id) : null;
            }, (0, type_graphql_1.FieldResolver)(() => (0, object_type_1.objectTypeOf)((0, registry_1.getResource)(field.target)), {
                name: relation,
                nullable: true,
                description: field.label.join(' / '),
            }), [(0, type_graphql_1.Root)(), (0, type_graphql_1.Ctx)()]);
        }
        else if (field.personal || field.property || field.output) {
            const output = field.output;
            method(p, `val_${key}`, (root, ctx) => {
                if (!(0, access_1.canReadField)(ctx, field))
                    throw (0, access_1.forbidden)('无权查看个人信息');
                return output ? output(root) : root[field.property ?? key];
            }, (0, type_graphql_1.FieldResolver)(() => (0, scalars_1.scalarOf)(field), {
                name: key,
                nullable: true,
                description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
            }), [(0, type_graphql_1.Root)(), (0, type_graphql_1.Ctx)()]);
        }
    }
    for (const [name, rel] of Object.entries(spec.toMany ?? {})) {
        const child = () => (0, registry_1.getResource)(rel.target);
        method(p, `many_${name}`, (root, where, orderBy, skip, take, ctx) => {
            const page = (0, paging_1.paging)(skip, take);
            return ctx.loaders.toMany(child(), rel.inverse, root.id, {
                where,
                orderBy: orderBy,
                skip: page.offset,
                take: page.limit,
            });
        }, (0, type_graphql_1.FieldResolver)(() => [(0, object_type_1.objectTypeOf)(child())], { name, description: rel.label.join(' / ') }), [
            (0, type_graphql_1.Root)(),
            (0, type_graphql_1.Arg)('where', () => (0, filters_1.whereTypeOf)(rel.target), { nullable: true }),
            (0, type_graphql_1.Arg)('orderBy', () => [(0, order_1.orderTypeOf)(child())], { nullable: true }),
            (0, type_graphql_1.Arg)('skip', () => type_graphql_1.Int, { nullable: true }),
            (0, type_graphql_1.Arg)('take', () => type_graphql_1.Int, { nullable: true }),
            (0, type_graphql_1.Ctx)(),
        ]);
        method(p, `count_${name}`, (root, where, ctx) => ctx.loaders.toManyCount(child(), rel.inverse, root.id, where), (0, type_graphql_1.FieldResolver)(() => type_graphql_1.Int, { name: `${name}Count` }), [(0, type_graphql_1.Root)(), (0, type_graphql_1.Arg)('where', () => (0, filters_1.whereTypeOf)(rel.target), { nullable: true }), (0, type_graphql_1.Ctx)()]);
    }
}
/** totalCount of every connection type, computed only when selected. */
function createConnectionResolver(spec) {
    const { connection } = (0, object_type_1.connectionTypesOf)(spec);
    const R = class {
    };
    Object.defineProperty(R, 'name', { value: `${spec.name}ConnectionResolver` });
    const p = R.prototype;
    method(p, 'totalCount', (root) => root.totalCount(), (0, type_graphql_1.FieldResolver)(() => type_graphql_1.Int, { name: 'totalCount' }), [(0, type_graphql_1.Root)()]);
    (0, type_graphql_1.Resolver)(() => connection)(R);
    return R;
}
//# sourceMappingURL=crud-resolver.js.map