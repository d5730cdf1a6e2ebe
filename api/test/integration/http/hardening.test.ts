import { Client } from 'pg';
import { testServerUrl } from '../../setup/shared';
import { HardeningRenamesClassDocument, SignInForTestDocument } from '../../generated/operations';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * What keeps one client or one slow lock from hurting everyone: time bounds on every connection (a lock
 * wait that runs out answers SERVICE_BUSY, retryable, and writes nothing), sign-in attempts limited per
 * account and per address in PostgreSQL, and the security headers and CORS allow-list on every response.
 */
const ORIGIN = 'https://union.example.cn';
const { app, world } = useWorld({
  env: { DB_LOCK_TIMEOUT_MS: '300', CORS_ORIGINS: ORIGIN, API_KEY_REQUESTS_PER_MINUTE: '5' },
});

describe('time bounds', () => {
  it('every serving connection has its statement, lock and idle-in-transaction timeouts', async () => {
    const em = app.orm.em.fork();
    const show = async (name: string) => (await em.execute<Record<string, string>[]>(`show ${name}`))[0][name];
    expect(await show('lock_timeout')).toBe('300ms');
    expect(await show('statement_timeout')).toBe('30s');
    expect(await show('idle_in_transaction_session_timeout')).toBe('1min');
  });

  it('a write that waits on a lock past the bound answers SERVICE_BUSY (retryable), not 500, and writes nothing', async () => {
    const url = new URL(testServerUrl());
    url.pathname = `/${app.orm.config.get('dbName')}`;
    const holder = new Client({ connectionString: url.toString() });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from service_class where id = $1 for update', [world.serviceClass]);
      const started = Date.now();
      const res = await app.gql(HardeningRenamesClassDocument, { id: world.serviceClass, name: '被锁住的班' });
      expect(res.errors?.[0].extensions).toEqual({ code: 'SERVICE_BUSY', retryable: true });
      expect(res.errors?.[0].message).toMatch(/请稍后重试/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const [row] = await app.sql<{ name: string }>('select name from service_class where id = $1', [world.serviceClass]);
    expect(row.name).not.toBe('被锁住的班');
    // The lock gone, the same write goes through.
    await app.ok(HardeningRenamesClassDocument, { id: world.serviceClass, name: '解锁后的班' });
  });
});

describe('sign-in attempts are limited in PostgreSQL', () => {
  const LOGIN = SignInForTestDocument;
  const codeOf = (r: GqlResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';

  it('five wrong passwords, then even the right one is refused with a retry time; the count is in the database', async () => {
    await app.signIn({ username: 'throttled', role: 'ORG_STAFF', organizationId: world.district });
    for (let i = 0; i < 5; i++)
      expect(codeOf(await app.gql(LOGIN, { username: 'throttled', password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
    const right = await app.gql(LOGIN, { username: 'throttled', password: 'test-password-1' });
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(right.errors?.[0].message).toMatch(/^登录尝试过多，请 \d+ 分钟后再试$/);
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
    const [row] = await app.sql<{ attempts: number }>(
      `select attempts from auth_throttle where key = 'account:throttled'`,
    );
    expect(row.attempts).toBe(5);
    // A new window (moved back in time, as 15 minutes passing would) lets the right password in and clears the count.
    await app.sql(
      `update auth_throttle set window_start = now() - interval '16 minutes' where key = 'account:throttled'`,
    );
    expect(codeOf(await app.gql(LOGIN, { username: 'throttled', password: 'test-password-1' }))).toBe('OK');
    expect(await app.sql(`select 1 from auth_throttle where key = 'account:throttled'`)).toEqual([]);
  });

  it('aliases in one request and concurrent requests check no more passwords than the limit', async () => {
    const aliases = Array.from(
      { length: 8 },
      (_, i) => `a${i}: login(username: "alias-target", password: "guess-${i}") { accessToken }`,
    );
    // Mutation fields run one after another; the first refusal ends the request (login is non-null).
    const res = await app.gql(`mutation { ${aliases.join(' ')} }`);
    expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // Eight at once against a fresh account: every attempt is counted before its password is checked.
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => app.gql(LOGIN, { username: 'parallel-target', password: `guess-${i}` })),
    );
    expect(answers.map(codeOf).sort()).toEqual([...Array(3).fill('RATE_LIMITED'), ...Array(5).fill('UNAUTHENTICATED')]);
  });

  it('one address trying many accounts is stopped too; unknown accounts count like known ones', async () => {
    await app.sql(`delete from auth_throttle`);
    const codes: string[] = [];
    for (let i = 0; i < 31; i++)
      codes.push(String(codeOf(await app.gql(LOGIN, { username: `nobody-${i}`, password: 'x' }))));
    expect(codes.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
    await app.sql(`delete from auth_throttle`);
  });
});

describe('an API key has a request budget', () => {
  it('past its requests per minute it answers 429 RATE_LIMITED with Retry-After; the count is in PostgreSQL', async () => {
    const secret = `lk_budget01_${'s'.repeat(40)}`;
    await app.sql(
      `insert into api_key (id, name, prefix, key_hash, organization_id)
       values (gen_random_uuid(), '预算测试密钥', 'budget01', encode(sha256($1::bytea), 'hex'), $2)`,
      [secret, world.district],
    );
    const call = () =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: '{"query":"{ a: serviceClassesCount b: serviceClassesCount }"}',
      });
    for (let i = 0; i < 5; i++) expect((await call()).status).toBe(200);
    const over = await call();
    const body = (await over.json()) as GqlResponse;
    expect([over.status, body.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const [row] = await app.sql<{ attempts: number }>(
      `select t.attempts from auth_throttle t join api_key k on t.key = 'apikey:' || k.id where k.prefix = 'budget01'`,
    );
    expect(row.attempts).toBe(6);
  });
});

describe('headers', () => {
  it('every response carries the security headers: CSP without inline scripts, no framing, nosniff, no referrer', async () => {
    for (const path of ['/graphql', '/healthz', '/admin/', '/exports/report.xlsx']) {
      const res = await fetch(
        new URL(path, app.url),
        path === '/graphql'
          ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ apiVersion }"}' }
          : {},
      );
      const csp = res.headers.get('content-security-policy') ?? '';
      expect([path, /script-src 'self'(;|$)/.test(csp), csp.includes("frame-ancestors 'none'")]).toEqual([
        path,
        true,
        true,
      ]);
      expect([path, res.headers.get('x-frame-options'), res.headers.get('x-content-type-options')]).toEqual([
        path,
        'DENY',
        'nosniff',
      ]);
      expect([path, res.headers.get('referrer-policy')]).toEqual([path, 'no-referrer']);
    }
  });

  it('CORS answers only the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(app.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(app.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: '{"query":"{ apiVersion }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the database out of reach', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After (never 500) and recovers when it is back', async () => {
    const token = await app.signIn({ username: 'outage-staff', role: 'ORG_STAFF', organizationId: world.district });
    const name = app.orm.config.get('dbName');
    const admin = new Client({ connectionString: testServerUrl() });
    await admin.connect();
    const ask = () =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{"query":"{ serviceClassesCount }"}',
      });
    try {
      await admin.query(`alter database ${name} allow_connections false`);
      // The API's connections go; the test's own SQL connection stays.
      const [own] = await app.sql<{ pid: number }>('select pg_backend_pid() as pid');
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> $2`, [
        name,
        own.pid,
      ]);
      for (let i = 0; i < 3; i++) {
        const res = await ask();
        const body = (await res.json()) as GqlResponse;
        expect([res.status, res.headers.get('retry-after'), body.errors?.[0].extensions?.code]).toEqual([
          503,
          '5',
          'SERVICE_UNAVAILABLE',
        ]);
      }
      const ready = await fetch(new URL('/readyz', app.url));
      expect(ready.status).toBe(503);
    } finally {
      await admin.query(`alter database ${name} allow_connections true`);
      await admin.end();
    }
    const back = await ask();
    expect(back.status).toBe(200);
    expect(
      ((await back.json()) as GqlResponse<{ serviceClassesCount: number }>).data?.serviceClassesCount,
    ).toBeGreaterThan(0);
  });
});
