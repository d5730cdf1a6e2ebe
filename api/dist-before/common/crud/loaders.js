"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Loaders = void 0;
const core_1 = require("@mikro-orm/core");
const dataloader_1 = __importDefault(require("dataloader"));
const order_1 = require("./order");
const where_translate_1 = require("./where-translate");
/**
 * Per-request DataLoaders: one SQL statement per relation level, whatever the page size.
 * They run on the request's EntityManager fork, so the same filters (soft delete, scope) apply.
 */
class Loaders {
    constructor(em, 
    /** Fields the caller may not read cannot be filtered or sorted on in nested lists either. */
    gate = () => true) {
        this.em = em;
        this.gate = gate;
        this.loaders = new Map();
    }
    get(key, batch) {
        let loader = this.loaders.get(key);
        if (!loader) {
            loader = new dataloader_1.default(batch);
            this.loaders.set(key, loader);
        }
        return loader;
    }
    /**
     * A loader of the request for values computed per record (an attendance rate, a roll-up): `batch`
     * gets every key asked for in one tick and answers them in one statement. It runs on `em`, the
     * request's fork; raw SQL there must only be keyed by records the caller has already been shown.
     */
    computed(name, batch) {
        return this.get(`computed:${name}`, (keys) => batch(this.em, keys));
    }
    /** A record by id, or null when it does not exist or is out of reach. */
    byId(spec, id) {
        return this.get(`id:${spec.name}`, async (ids) => {
            const rows = (await this.em.find(spec.entity, { id: { $in: [...ids] } }));
            const map = new Map(rows.map((r) => [r.id, r]));
            return ids.map((id) => map.get(id) ?? null);
        }).load(id);
    }
    /**
     * A loader of one's own, batched per request like the others: a computed field (a project's
     * rollup) answers a whole page of parents with one statement.
     */
    custom(name, batch) {
        return this.get(`custom:${name}`, batch);
    }
    /** Children of many parents in one statement, each parent's slice ordered and cut to skip/take. */
    toMany(child, inverse, parentId, args) {
        const key = `many:${child.name}:${inverse}:${JSON.stringify(args)}`;
        return this.get(key, async (parentIds) => {
            const where = {
                $and: [{ [inverse]: { $in: [...parentIds] } }, (0, where_translate_1.translateWhere)(this.em, child, args.where, this.gate)],
            };
            const rows = (await this.em.find(child.entity, where, {
                orderBy: (0, order_1.translateOrder)(child, args.orderBy, this.gate),
            }));
            const groups = new Map(parentIds.map((id) => [id, []]));
            for (const row of rows)
                groups.get(parentOf(row, inverse))?.push(row);
            const from = args.skip ?? 0;
            return parentIds.map((id) => groups.get(id).slice(from, from + args.take));
        }).load(parentId);
    }
    /** Number of children per parent, one grouped statement. */
    toManyCount(child, inverse, parentId, where) {
        const key = `count:${child.name}:${inverse}:${JSON.stringify(where ?? null)}`;
        return this.get(key, async (parentIds) => {
            const qb = this.em
                .createQueryBuilder(child.entity, 'c')
                .select([`c.${inverse}`, (0, core_1.raw)('count(*)::int as n')])
                .where({
                $and: [{ [inverse]: { $in: [...parentIds] } }, (0, where_translate_1.translateWhere)(this.em, child, where, this.gate)],
            })
                .groupBy(`c.${inverse}`);
            await qb.applyFilters();
            const rows = (await qb.execute('all', false));
            const column = Object.keys(rows[0] ?? {}).find((k) => k !== 'n') ?? '';
            const counts = new Map(rows.map((r) => [String(r[column]), Number(r.n)]));
            return parentIds.map((id) => counts.get(id) ?? 0);
        }).load(parentId);
    }
}
exports.Loaders = Loaders;
function parentOf(row, inverse) {
    const ref = row[inverse];
    return typeof ref === 'string' ? ref : (ref?.id ?? '');
}
//# sourceMappingURL=loaders.js.map