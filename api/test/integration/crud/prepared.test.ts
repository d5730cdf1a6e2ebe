import { executePrepared } from '../../../src/common/prepared';
import { systemFork } from '../../../src/db/database';
import { useTestApp } from '../../support/use-app';

/**
 * executePrepared: the dashboard reads as named prepared statements. Same answers as a plain statement,
 * planned once per connection, and never more than its cap of statements kept on a connection.
 */
const { app } = useTestApp();

describe('executePrepared', () => {
  it('answers like a plain statement, with knex placeholders and typed casts', async () => {
    const em = systemFork(app.orm);
    const sql = `select ?::int + 1 as n, ?::text[] as a, (select count(*)::int from organization where id = ?) as c`;
    const params = [41, '{"x","y"}', '00000000-0000-0000-0000-000000000000'];
    const plain = await em.execute(sql, params);
    for (let i = 0; i < 3; i++) expect(await executePrepared(em, sql, params)).toEqual(plain);
    expect(plain).toEqual([{ n: 42, a: ['x', 'y'], c: 0 }]);
  });

  it('keeps at most 200 statements on a connection, and prepares a repeated text once', async () => {
    const em = systemFork(app.orm);
    const backend = `select pg_backend_pid() pid, (select count(*)::int from pg_prepared_statements where name like 'linli_%') n`;
    for (let i = 0; i < 3000; i++) {
      const rows = await executePrepared<{ v: number }>(em, `select ${i} + ?::int as v`, [1]);
      expect(rows[0].v).toBe(i + 1);
    }
    // Every statement of each pooled connection is visible only to that connection: ask through the same path.
    const seen = new Map<number, number>();
    for (let i = 0; i < 40; i++) {
      const [r] = await executePrepared<{ pid: number; n: number }>(em, backend, []);
      seen.set(r.pid, r.n);
    }
    for (const n of seen.values()) expect(n).toBeLessThanOrEqual(201);
    const before = [...seen.values()].reduce((a, b) => a + b, 0);
    for (let i = 0; i < 5; i++) await executePrepared(em, 'select 7 + ?::int as v', [1]);
    const after = new Map<number, number>();
    for (let i = 0; i < 40; i++) {
      const [r] = await executePrepared<{ pid: number; n: number }>(em, backend, []);
      after.set(r.pid, r.n);
    }
    expect([...after.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(before + after.size);
  });
});
