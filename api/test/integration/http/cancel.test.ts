import { Client } from 'pg';
import { testServerUrl } from '../../setup/shared';
import { buildWorld } from '../../support/fixtures';
import { startTestApp, type GqlResponse, type TestApp } from '../../support/test-app';

/**
 * A request whose client goes away, or whose deadline (REQUEST_DEADLINE_MS) passes, has its running
 * statements cancelled in PostgreSQL (db/query-cancel.ts) and what it wrote rolled back: a statement left
 * waiting on a lock no longer holds a backend and a pooled connection until its own time bound.
 */
const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function setUp(env: Record<string, string>) {
  // Time bounds far past the test's own timeout: only the cancellation can end the waiting statements.
  const app = await startTestApp({ env: { DB_LOCK_TIMEOUT_MS: '120000', DB_STATEMENT_TIMEOUT_MS: '120000', ...env } });
  apps.push(app);
  const world = await buildWorld(app);
  const [{ db }] = await app.sql<{ db: string }>('select current_database() as db');
  const url = new URL(testServerUrl());
  url.pathname = `/${db}`;
  const holder = new Client({ connectionString: url.toString() });
  await holder.connect();
  await holder.query('begin');
  await holder.query('select 1 from service_class where id = $1 for update', [world.serviceClass]);
  const token = await app.signIn({ username: 'cancel-admin', role: 'PLATFORM_ADMIN' });
  const waiting = async () =>
    (
      await app.sql<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`,
        [db],
      )
    )[0].n;
  const until = async (want: number, ms: number) => {
    for (let t = 0; t < ms && (await waiting()) !== want; t += 50) await new Promise((r) => setTimeout(r, 50));
    return waiting();
  };
  const rename = (signal?: AbortSignal) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation ($id: ID!) { updateServiceClass(id: $id, data: { name: "取消后不应保存" }) { id } }`,
        variables: { id: world.serviceClass },
      }),
      signal,
    });
  const release = async () => {
    await holder.query('rollback');
    await holder.end();
  };
  const name = async () =>
    (await app.sql<{ name: string }>('select name from service_class where id = $1', [world.serviceClass]))[0].name;
  return { until, rename, release, name };
}

it('a client that disconnects has its waiting statement cancelled at once, and nothing is written', async () => {
  const t = await setUp({ REQUEST_DEADLINE_MS: '0' });
  const gone = new AbortController();
  const sent = t.rename(gone.signal).catch((e: unknown) => e);
  expect(await t.until(1, 5000)).toBe(1); // the update waits on the class lock
  gone.abort();
  await sent;
  expect(await t.until(0, 5000)).toBe(0); // cancelled long before its 120 s lock timeout
  await t.release();
  expect(await t.name()).not.toBe('取消后不应保存');
});

it('a request past its deadline is cancelled and answers SERVICE_BUSY; nothing is written', async () => {
  const t = await setUp({ REQUEST_DEADLINE_MS: '800' });
  const res = await t.rename();
  const body = (await res.json()) as GqlResponse;
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_BUSY', retryable: true });
  expect(await t.until(0, 5000)).toBe(0);
  await t.release();
  expect(await t.name()).not.toBe('取消后不应保存');
});

it('a compiled read waiting on a lock is cancelled when its client disconnects', async () => {
  const t = await setUp({ REQUEST_DEADLINE_MS: '0' });
  await t.release();
  // The class list (one compiled, prepared statement) waits behind a table lock held elsewhere.
  const [{ db }] = await apps[apps.length - 1].sql<{ db: string }>('select current_database() as db');
  const url = new URL(testServerUrl());
  url.pathname = `/${db}`;
  const locker = new Client({ connectionString: url.toString() });
  await locker.connect();
  await locker.query('begin');
  await locker.query('lock table service_class in access exclusive mode');
  const app = apps[apps.length - 1];
  const token = await app.signIn({ username: 'cancel-reader', role: 'PLATFORM_ADMIN' });
  const gone = new AbortController();
  const sent = fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ serviceClasses(take: 5) { id project { name } } }' }),
    signal: gone.signal,
  }).catch((e: unknown) => e);
  expect(await t.until(1, 5000)).toBe(1);
  gone.abort();
  await sent;
  expect(await t.until(0, 5000)).toBe(0); // cancelled, not left waiting for its 120 s bound
  await locker.query('rollback');
  await locker.end();
});
