"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.executePrepared = executePrepared;
const node_crypto_1 = require("node:crypto");
const CAP = 200;
const names = new WeakMap();
/**
 * The numbered text and statement name of each knex-style SQL text seen lately: the dashboard's texts run
 * to 10 kB and repeat, and renumbering and hashing them was a quarter of a millisecond of API CPU per
 * custom-period report. Cleared past TEXTS entries, like the statements on a connection.
 */
const TEXTS = 2000;
const texts = new Map();
function numbered(sql) {
    let hit = texts.get(sql);
    if (!hit) {
        let n = 0;
        const text = sql.replace(/\?/g, () => `$${++n}`);
        hit = { text, name: `linli_${(0, node_crypto_1.createHash)('sha1').update(text).digest('hex').slice(0, 24)}` };
        if (texts.size >= TEXTS)
            texts.clear();
        texts.set(sql, hit);
    }
    return hit;
}
async function executePrepared(em, sql, params) {
    if (em.getTransactionContext())
        return em.execute(sql, params);
    const { text, name } = numbered(sql);
    const knex = em.getConnection().getKnex();
    const client = await knex.client.acquireConnection();
    try {
        // No `plan_cache_mode = force_generic_plan` here: the setting would stay on the pooled connection and also
        // govern the plans PL/pgSQL makes for the flush and trigger functions run there (review of 37631b0).
        const known = names.get(client) ?? new Set();
        names.set(client, known);
        if (!known.has(name) && known.size >= CAP) {
            await client.query('deallocate all');
            client.connection.parsedStatements = {};
            known.clear();
        }
        known.add(name);
        const started = performance.now();
        const { rows } = await client.query({ name, text, values: params });
        // Logged like the EntityManager's own statements (debug query logging, the tests' statement counts).
        em.config
            .getLogger()
            .logQuery({ level: 'info', query: text, took: Math.round(performance.now() - started), results: rows.length });
        return rows;
    }
    finally {
        await knex.client.releaseConnection(client);
    }
}
//# sourceMappingURL=prepared.js.map