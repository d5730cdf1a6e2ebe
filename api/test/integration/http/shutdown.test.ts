import { Client } from 'pg';
import { testServerUrl } from '../../setup/shared';
import { buildWorld, type World } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Graceful shutdown: from the first signal no new request starts (503) and the server is not ready; requests
 * in flight get the grace period (SHUTDOWN_GRACE_MS) to finish; what is still running then is cut off and
 * rolls back: nothing commits after its client was answered with a reset.
 */
let app: TestApp | undefined;
let world: World;
let db: string;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ env: { SHUTDOWN_GRACE_MS: '600' } });
  world = await buildWorld(app);
  token = await app.signIn({ username: 'shutdown-admin', role: 'PLATFORM_ADMIN' });
  db = app.orm.config.get('dbName')!;
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connect(): Promise<Client> {
  const url = new URL(testServerUrl());
  url.pathname = `/${db}`;
  const c = new Client({ connectionString: url.toString() });
  await c.connect();
  return c;
}

it('finishes what fits in the grace period, rolls back what does not, and starts nothing new', async () => {
  const running = app!;
  // Only the test's own connections below: the app's pool is closed by the shutdown.
  const lockA = await connect(); // holds the class: its update outlasts the grace period
  const lockB = await connect(); // holds the venue: released within the grace period
  const check = await connect();
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }).then(
      async (res) => ({ status: res.status, body: await res.text() }),
      (e: unknown) => ({ status: 0, body: String(e) }),
    );
  try {
    await lockA.query('begin');
    await lockA.query('select 1 from service_class where id = $1 for update', [world.serviceClass]);
    await lockB.query('begin');
    await lockB.query('select 1 from venue where id = $1 for update', [world.venue]);
    const slow = post(
      `mutation ($id: ID!) { updateServiceClass(id: $id, data: { name: "停机后才提交的班名" }) { id } }`,
      {
        id: world.serviceClass,
      },
    );
    const quick = post(`mutation ($id: ID!) { updateVenue(id: $id, data: { name: "停机前完成的场地名" }) { id } }`, {
      id: world.venue,
    });
    await sleep(300); // both are waiting on their locks
    const closing = running.stopServer();
    await sleep(100);
    const late = await post(`{ venuesCount }`, {});
    expect(late.status === 503 || late.status === 0).toBe(true); // refused, or the port already closed
    await lockB.query('rollback'); // the quick one finishes inside the grace period
    expect(await quick).toMatchObject({ status: 200 });
    await sleep(900); // past the grace period: the slow one was cut off
    await lockA.query('rollback');
    const slowAnswer = await slow;
    expect(slowAnswer.status === 200 && !slowAnswer.body.includes('errors')).toBe(false);
    await closing;
    const [cls] = (await check.query('select name from service_class where id = $1', [world.serviceClass])).rows;
    const [venue] = (await check.query('select name from venue where id = $1', [world.venue])).rows;
    expect(venue.name).toBe('停机前完成的场地名');
    expect(cls.name).not.toBe('停机后才提交的班名');
  } finally {
    for (const c of [lockA, lockB, check]) await c.end().catch(() => undefined);
  }
}, 60_000);
