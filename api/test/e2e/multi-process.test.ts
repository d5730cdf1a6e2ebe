import { print } from 'graphql';
import { Client } from 'pg';
import { LOGIN_LIMITS } from '../../src/modules/account/throttle';
import { testServerUrl } from '../setup/shared';
import { startApiProcess, startApiProcesses, type ApiProcess } from '../support/api-process';
import { eventually } from '../support/eventually';
import {
  ProcessesCreatePeopleDocument,
  ProcessesDisableUserDocument,
  ProcessesEnrollDocument,
  ProcessesMeDocument,
  ProcessesTypenameDocument,
  RefreshSessionForTestDocument,
  SignInForTestDocument,
  SignInWithRefreshForTestDocument,
  type BeneficiaryCreateInput,
} from '../generated/operations';
import { create, sampleInput } from '../support/fixtures';
import { TEST_PASSWORD, type Doc } from '../support/test-app';
import { useWorld } from '../support/use-app';

/**
 * Two whole API processes (src/main.ts) on one database, and WEB_CONCURRENCY workers behind one port:
 * nothing that must hold across processes lives in one process's memory (issue 21, item 1).
 */
const { app, world } = useWorld();
let a: ApiProcess;
let b: ApiProcess;

beforeAll(async () => {
  [a, b] = await startApiProcesses(app.dbUrl, 2);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { extensions?: { code?: string } }[];
}
async function call<T, V>(url: string, query: Doc<T, V>, variables?: V, token?: string): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables: variables ?? {} }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer<T>, 'status'>) };
}
const code = (r: Answer<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('two API processes on one database', () => {
  it('split a 200-way enrollment rush into a class of 15: 15 enrolled, a gap-free waitlist, no error, one fold at a time', async () => {
    const cls = await create(app, 'ServiceClass', {
      ...sampleInput('ServiceClass', world),
      name: '双进程并发班',
      minAgeMonths: null,
      maxAgeMonths: null,
      capacity: 15,
    });
    const people = (
      await app.ok(ProcessesCreatePeopleDocument, {
        data: Array.from({ length: 200 }, (_, i) => ({
          ...(sampleInput('Beneficiary', world) as BeneficiaryCreateInput),
          name: `双进程报名${i}`,
          idNumber: null,
          phone: null,
        })),
      })
    ).r.map((r) => r.id);
    const token = await app.signIn({ username: 'mp-staff', role: 'ORG_STAFF', organizationId: world.district });
    // The report fold (report.folder.ts) of every process takes one advisory lock: never two at once.
    let folding = true;
    let most = 0;
    const sampler = (async () => {
      while (folding) {
        const [{ n }] = await app.sql<{ n: number }>(
          `select count(*)::int n from pg_locks where locktype = 'advisory' and objid = 7250102 and granted`,
        );
        most = Math.max(most, n);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    try {
      const rush = () =>
        Promise.all(
          people.map((beneficiaryId, i) =>
            call(
              i % 2 ? a.url : b.url,
              ProcessesEnrollDocument,
              { classId: cls, beneficiaryId, idempotencyKey: `mp-${i}` },
              token,
            ),
          ),
        );
      const answers = await rush();
      expect(answers.filter((r) => r.status !== 200 || r.errors?.length)).toEqual([]);
      const rows = await app.sql<{ status: string; waitlist_position: number | null }>(
        `select status, waitlist_position from enrollment where class_id = $1 order by waitlist_position`,
        [cls],
      );
      expect(rows.filter((r) => r.status === 'ENROLLED').length).toBe(15);
      expect(rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlist_position)).toEqual(
        Array.from({ length: 185 }, (_, i) => i + 1),
      );
      const [{ enrolled_count }] = await app.sql<{ enrolled_count: number }>(
        'select enrolled_count from service_class where id = $1',
        [cls],
      );
      expect(enrolled_count).toBe(15);
      // Every pending change folded (by whichever process held the lock), and never two folders at once.
      const pending = async () =>
        (await app.sql<{ done: boolean }>(`select report_pending_since() is null as done`))[0].done;
      await eventually(pending, true, 15_000);
    } finally {
      folding = false;
      await sampler;
    }
    expect(most).toBeLessThanOrEqual(1);
  });

  it('refuse, through one, a user disabled through the other', async () => {
    const admin = await app.signIn({ username: 'mp-admin', role: 'PLATFORM_ADMIN' });
    const token = await app.signIn({ username: 'mp-leaver', role: 'ORG_STAFF', organizationId: world.district });
    const me = await call(b.url, ProcessesMeDocument, {}, token);
    expect(code(me)).toBe('OK');
    const off = await call(a.url, ProcessesDisableUserDocument, { id: me.data!.me!.id }, admin);
    expect(code(off)).toBe('OK');
    await eventually(async () => (await call(b.url, ProcessesMeDocument, {}, token)).status, 401);
  });

  it('count failed sign-ins made through both against one limit', async () => {
    await app.signIn({ username: 'mp-guessed', role: 'ORG_STAFF', organizationId: world.district });
    const LOGIN = SignInForTestDocument;
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const wrong = await call(i % 2 ? a.url : b.url, LOGIN, { username: 'mp-guessed', password: `wrong-${i}` });
      expect(code(wrong)).toBe('UNAUTHENTICATED');
    }
    for (const url of [a.url, b.url])
      expect(code(await call(url, LOGIN, { username: 'mp-guessed', password: TEST_PASSWORD }))).toBe('RATE_LIMITED');
  });

  it('end a refresh token family when a used token comes back through the other process', async () => {
    await app.signIn({ username: 'mp-refresher', role: 'ORG_STAFF', organizationId: world.district });
    const first = await call(a.url, SignInWithRefreshForTestDocument, {
      username: 'mp-refresher',
      password: TEST_PASSWORD,
    });
    const REFRESH = RefreshSessionForTestDocument;
    const second = await call(b.url, REFRESH, { refreshToken: first.data!.login.refreshToken });
    expect(code(second)).toBe('OK');
    expect(code(await call(a.url, REFRESH, { refreshToken: first.data!.login.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(code(await call(b.url, REFRESH, { refreshToken: second.data!.refresh.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('WEB_CONCURRENCY workers behind one port', () => {
  it('start that many API processes, each with its own report folder, answering on one port', async () => {
    const folders = async () =>
      (
        await app.sql<{ n: number }>(
          `select count(*)::int n from pg_stat_activity where datname = current_database() and application_name = 'linli-report-folder'`,
        )
      )[0].n;
    const before = await folders();
    const cluster = await startApiProcess(app.dbUrl, { WEB_CONCURRENCY: '3' });
    try {
      expect(cluster.output()).toContain('3 API workers on one port');
      await eventually(folders, before + 3);
      const answers = await Promise.all(Array.from({ length: 30 }, () => call(cluster.url, ProcessesTypenameDocument)));
      expect(answers.map((r) => r.data?.__typename)).toEqual(Array(30).fill('Query'));
    } finally {
      await cluster.stop();
    }
    await eventually(folders, before);
  });
});

describe('API processes starting together on an empty database', () => {
  it('migrate it once between them, and both serve', async () => {
    const name = `t_empty_${Date.now()}`;
    const admin = new Client({ connectionString: testServerUrl() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(testServerUrl());
    url.pathname = `/${name}`;
    let both: ApiProcess[] = [];
    try {
      both = await startApiProcesses(url.toString(), 2);
      for (const p of both) expect(await call(p.url, ProcessesTypenameDocument)).toMatchObject({ status: 200 });
      const db = new Client({ connectionString: url.toString() });
      await db.connect();
      const { rows } = await db.query<{ n: number; d: number }>(
        `select count(*)::int n, count(distinct name)::int d from mikro_orm_migrations`,
      );
      await db.end();
      expect(rows[0].n).toBe(rows[0].d);
      expect(rows[0].n).toBeGreaterThan(30);
    } finally {
      await Promise.all(both.map((p) => p.stop()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 180_000);
});
