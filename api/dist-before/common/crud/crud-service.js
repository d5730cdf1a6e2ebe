"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CrudService = void 0;
const postgresql_1 = require("@mikro-orm/postgresql");
const check_messages_1 = require("./check-messages");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../../modules/audit/audit.service");
const access_1 = require("../scope/access");
const inputs_1 = require("./inputs");
const order_1 = require("./order");
const paging_1 = require("./paging");
const registry_1 = require("./registry");
const where_translate_1 = require("./where-translate");
const snake = (s) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
/**
 * The generic operations every resource gets. Reads obey the caller's scope (the `scope` filter on
 * the request's EntityManager); writes also need a role allowed to write the resource, must leave
 * every row inside the caller's scope, and leave one audit event per row, in the same transaction.
 * The database backs the critical rules with constraints, mapped back to the field they concern.
 */
class CrudService {
    constructor(spec) {
        this.spec = spec;
    }
    gate(ctx) {
        return (field) => (0, access_1.canReadField)(ctx, field);
    }
    filter(ctx, args) {
        const parts = [
            (0, where_translate_1.translateWhere)(ctx.em, this.spec, args.where, this.gate(ctx)),
            (0, where_translate_1.translateSearch)(this.spec, args.search, this.gate(ctx)),
        ].filter((q) => Object.keys(q).length);
        return parts.length ? { $and: parts } : {};
    }
    async findOne(ctx, id) {
        (0, access_1.assertCanRead)(ctx);
        if (!(0, paging_1.isUuid)(id))
            return null;
        return (await ctx.em.findOne(this.spec.entity, { id }));
    }
    async findMany(ctx, args) {
        (0, access_1.assertCanRead)(ctx);
        const { offset, limit } = (0, paging_1.paging)(args.skip, args.take);
        const orderBy = (0, order_1.translateOrder)(this.spec, args.orderBy, this.gate(ctx));
        if (limit === 0)
            return [];
        return (await ctx.em.find(this.spec.entity, this.filter(ctx, args), {
            orderBy: orderBy,
            offset,
            limit,
        }));
    }
    count(ctx, args) {
        (0, access_1.assertCanRead)(ctx);
        return ctx.em.count(this.spec.entity, this.filter(ctx, args));
    }
    /** Cursor paging; `totalCount` is a thunk so that it costs a statement only when selected. */
    async connection(ctx, args) {
        (0, access_1.assertCanRead)(ctx);
        const start = (0, paging_1.decodeCursor)(args.after) + 1;
        const { limit } = (0, paging_1.paging)(0, args.first);
        const rows = (await ctx.em.find(this.spec.entity, this.filter(ctx, args), {
            orderBy: (0, order_1.translateOrder)(this.spec, args.orderBy, this.gate(ctx)),
            offset: start,
            limit: limit + 1,
        }));
        const nodes = rows.slice(0, limit);
        const edges = nodes.map((node, i) => ({ node, cursor: (0, paging_1.encodeCursor)(start + i) }));
        return {
            edges,
            nodes,
            pageInfo: {
                hasNextPage: rows.length > limit,
                hasPreviousPage: start > 0,
                startCursor: edges[0]?.cursor ?? null,
                endCursor: edges[edges.length - 1]?.cursor ?? null,
            },
            totalCount: () => this.count(ctx, args),
        };
    }
    /** Input fields → entity properties; foreign keys become references after they are checked. */
    async toEntityData(tx, ctx, input, mode) {
        const errors = {};
        const data = {};
        const refs = new Map();
        for (const [key, field] of (0, inputs_1.writableFields)(this.spec, mode)) {
            if (!(key in input) || input[key] === undefined)
                continue;
            let value = input[key];
            if (typeof value === 'string' && field.kind !== 'text')
                value = value.trim();
            if (value === null || value === '') {
                if (field.required)
                    errors[key] = '不能为空';
                value = null;
            }
            if (field.kind === 'ref') {
                if (value !== null) {
                    if (!(0, paging_1.isUuid)(value))
                        errors[key] = '关联记录不存在';
                    else
                        refs.set(field.target, [...(refs.get(field.target) ?? []), { key, id: value }]);
                }
                data[field.relation] =
                    value === null ? null : tx.getReference((0, registry_1.getResource)(field.target).entity, value);
            }
            else {
                data[field.property ?? key] = value;
            }
        }
        // One statement per referenced type, under the caller's scope: an unreachable record counts as missing.
        for (const [target, wanted] of refs) {
            const found = (await tx.find((0, registry_1.getResource)(target).entity, { id: { $in: wanted.map((w) => w.id) } }, {
                fields: ['id'],
            }));
            const ids = new Set(found.map((r) => r.id));
            for (const w of wanted)
                if (!ids.has(w.id))
                    errors[w.key] = '关联记录不存在';
        }
        if (Object.keys(errors).length)
            throw (0, errors_1.badInput)(errors);
        return this.spec.beforeWrite ? this.spec.beforeWrite(data, mode, ctx) : data;
    }
    /** Flushes, maps constraint violations, checks the rows stay in scope, and writes the audit trail. */
    async commit(tx, ctx, rows, action, fields) {
        try {
            await tx.flush();
        }
        catch (e) {
            throw this.mapDriverError(e, tx.getMetadata());
        }
        if (action === 'create' || action === 'update' || action === 'restore') {
            const ids = rows.map((r) => r.id);
            const visible = await tx.count(this.spec.entity, { id: { $in: ids } });
            if (visible !== ids.length)
                throw (0, access_1.forbidden)('不能在自己的权限范围之外创建或移动记录');
        }
        if (this.spec.refreshAfterWrite)
            for (const row of rows)
                await tx.refresh(row);
        for (const row of rows)
            (0, audit_service_1.recordAudit)(tx, ctx, { action, entityType: this.spec.name, entityId: row.id, fields });
        await tx.flush();
    }
    /** A violated CHECK or unique constraint names its columns; report it on the matching field. */
    mapDriverError(e, metadata) {
        if (!(e instanceof postgresql_1.DriverException))
            return e;
        const constraint = e.constraint ?? '';
        const code = e.code;
        const field = Object.keys(this.spec.fields)
            .filter((k) => constraint.includes(snake(k.replace(/Id$/, '_id'))) || constraint.includes(snake(k)))
            .sort((a, b) => b.length - a.length)[0] ?? '_';
        if (code === '23505')
            return (0, errors_1.conflict)('与已有记录重复', { constraint, fieldErrors: { [field]: '与已有记录重复' } });
        if (code === '23514' || code === '23503' || code === '23502' || code === '22P02' || code === '22007') {
            const message = code === '23514' && metadata ? (0, check_messages_1.checkMessage)(metadata, this.spec, constraint) : '不符合规则';
            return new errors_1.AppError('BAD_USER_INPUT', '数据不符合规则', { fieldErrors: { [field]: message }, constraint });
        }
        return e;
    }
    async create(ctx, input) {
        return (await this.createMany(ctx, [input]))[0];
    }
    async createMany(ctx, inputs) {
        (0, access_1.assertCanWrite)(ctx, this.spec);
        return ctx.em.transactional(async (tx) => {
            const rows = [];
            for (const [i, input] of inputs.entries()) {
                const data = await this.toEntityData(tx, ctx, input, 'create').catch((e) => {
                    throw inputs.length > 1 ? prefixErrors(e, i) : e;
                });
                rows.push(tx.create(this.spec.entity, data));
            }
            const fields = [...new Set(inputs.flatMap((input) => Object.keys(input)))];
            await this.spec.validate?.(tx, rows, ctx, 'create');
            await this.commit(tx, ctx, rows, 'create', fields);
            return rows;
        });
    }
    async update(ctx, id, input, expectedVersion) {
        return (await this.updateMany(ctx, [id], input, expectedVersion))[0];
    }
    async updateMany(ctx, ids, input, expectedVersion) {
        (0, access_1.assertCanWrite)(ctx, this.spec);
        return ctx.em.transactional(async (tx) => {
            const rows = await this.getAll(tx, ids);
            if (expectedVersion != null && rows.some((r) => r.version !== expectedVersion))
                throw (0, errors_1.conflict)();
            const data = await this.toEntityData(tx, ctx, input, 'update');
            for (const row of rows)
                Object.assign(row, data);
            await this.spec.validate?.(tx, rows, ctx, 'update');
            await this.commit(tx, ctx, rows, 'update', Object.keys(input));
            return rows;
        });
    }
    /** Soft delete; refused while live records still point at the row (nothing is orphaned). */
    async remove(ctx, ids) {
        (0, access_1.assertCanWrite)(ctx, this.spec);
        return ctx.em.transactional(async (tx) => {
            const rows = await this.getAll(tx, ids);
            const dependents = {};
            let blocked = false;
            for (const [name, rel] of Object.entries(this.spec.toMany ?? {})) {
                const entity = (0, registry_1.getResource)(rel.target).entity;
                const where = { [rel.inverse]: { $in: ids }, id: { $nin: ids } };
                // Any live dependent blocks the delete, seen or not; only those the caller may see are reported.
                if ((await tx.count(entity, where, { filters: { scope: false } })) === 0)
                    continue;
                blocked = true;
                const seen = await tx.count(entity, where);
                if (seen > 0)
                    dependents[name] = seen;
            }
            if (blocked)
                throw (0, errors_1.conflict)('仍有关联记录，不能删除', { dependents });
            const now = new Date();
            for (const row of rows)
                row.deletedAt = now;
            await this.commit(tx, ctx, rows, 'delete', ['deletedAt']);
            if (this.spec.afterRemove) {
                await this.spec.afterRemove(tx, rows, ctx);
                await tx.flush();
            }
            return rows;
        });
    }
    async restore(ctx, ids) {
        (0, access_1.assertCanWrite)(ctx, this.spec);
        return ctx.em.transactional(async (tx) => {
            const rows = await this.getAll(tx, ids, true);
            for (const row of rows)
                row.deletedAt = null;
            await this.commit(tx, ctx, rows, 'restore', ['deletedAt']);
            return rows;
        });
    }
    async getAll(em, ids, withDeleted = false) {
        const valid = [...new Set(ids)].filter(paging_1.isUuid);
        const rows = (await em.find(this.spec.entity, { id: { $in: valid } }, {
            filters: withDeleted ? { notDeleted: false } : undefined,
        }));
        const found = new Set(rows.map((r) => r.id));
        const missing = ids.find((id) => !found.has(id));
        if (missing)
            throw (0, errors_1.notFound)(this.spec.name, missing);
        return ids.map((id) => rows.find((r) => r.id === id));
    }
}
exports.CrudService = CrudService;
/** In bulk creates, field errors are keyed `index.field`. */
function prefixErrors(e, index) {
    const ext = e.extensions;
    if (!ext?.fieldErrors)
        return e;
    return (0, errors_1.badInput)(Object.fromEntries(Object.entries(ext.fieldErrors).map(([k, v]) => [`${index}.${k}`, v])));
}
//# sourceMappingURL=crud-service.js.map