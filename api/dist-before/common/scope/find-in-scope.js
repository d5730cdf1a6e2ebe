"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findInScope = findInScope;
const prepared_1 = require("../../db/prepared");
const CAP = 1000;
const MARK = '00000000-0000-4000-8000-00000000c0de'; // stands for the id while the SQL is built
const built = new Map();
async function build(em, entity, columns) {
    const qb = em
        .createQueryBuilder(entity, 'e')
        .select(columns.map((c) => `e.${c}`))
        .where({ id: MARK });
    await qb.applyFilters();
    // knex's own form (`?` placeholders, which executePrepared numbers, and em.execute inside a transaction
    // expects), with the scope rules' sub-query aliases (a global counter) renamed in order of appearance, so
    // that scopes of the same shape share one SQL text and one prepared statement per connection.
    const { sql, bindings } = qb.getKnexQuery().toSQL();
    const aliases = new Map();
    const text = sql.replace(/"sq\d+"/g, (a) => {
        if (!aliases.has(a))
            aliases.set(a, `"sq${aliases.size}"`);
        return aliases.get(a);
    });
    const params = [...bindings];
    const at = params.indexOf(MARK);
    if (at < 0 || params.indexOf(MARK, at + 1) >= 0)
        throw new Error(`cannot build the look-up of ${entity}`);
    return { sql: text, params, at };
}
async function findInScope(em, entity, id, columns) {
    const key = JSON.stringify([entity, columns, em.getFilterParams('scope') ?? null]);
    let b = built.get(key);
    if (!b) {
        b = await build(em, entity, columns);
        if (built.size >= CAP)
            built.clear();
        built.set(key, b);
    }
    const params = [...b.params];
    params[b.at] = id;
    const [row] = await (0, prepared_1.executePrepared)(em, b.sql, params);
    return row ?? null;
}
//# sourceMappingURL=find-in-scope.js.map