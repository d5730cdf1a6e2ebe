import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../src/db/seeders/demo-users';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { eventually } from '../support/eventually';
import {
  ReplicaClassNameDocument,
  ReplicaFirstClassDocument,
  ReplicaReadLoadDocument,
  ReplicaRenamesClassDocument,
  ReplicaYearReportDocument,
  SignInForTestDocument,
} from '../generated/operations';
import type { Doc } from '../support/test-app';

/**
 * A real streaming replica (issue 21 item 2): Linli on its embedded PostgreSQL with the demo data, a replica
 * made and run by `npm run replica` from the embedded binaries, the API told of it by DATABASE_REPLICA_URLS.
 * Shown in order: start-up with the replica unreachable, routing (and that the replica really answers: with
 * its replay paused it serves the old value), read-your-writes, lag, the replica killed under read load,
 * and the replica promoted after the primary is killed, with nothing acknowledged lost.
 */
jest.setTimeout(300_000);

const api = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-replica-'));
fs.chmodSync(dir, 0o755);
const dataDir = path.join(dir, 'data');
const replicaDir = path.join(dir, 'replica');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** `npm run replica` as an operator runs it; resolves once it says it is streaming. */
function startReplica(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/db/replica-cli.ts', replicaDir, '--port', String(port)],
    { cwd: api, env: { ...process.env, DATABASE_URL: '', LINLI_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${output}`)), 120_000);
    child.stdout?.on('data', () => {
      if (!output.includes('streaming; read from it')) return;
      clearTimeout(timer);
      resolve({ child, output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`replica exited (${code}):\n${output}`)));
  });
}

interface Answer<T> {
  status: number;
  from: string | null;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}
async function call<T, V>(base: string, query: Doc<T, V>, variables?: V, token?: string): Promise<Answer<T>> {
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables: variables ?? {} }),
  });
  const body = (await res.json()) as Omit<Answer<T>, 'status' | 'from'>;
  return { status: res.status, from: res.headers.get('x-linli-read-from'), ...body };
}
const signIn = async (base: string, username: string) =>
  (await call(base, SignInForTestDocument, { username, password: DEMO_PASSWORD })).data!.login.accessToken;
const ready = async (base: string) =>
  (await (await fetch(base.replace('/graphql', '/readyz'))).json()) as {
    status: string;
    replicas?: { status: string; lagMs: number | null }[];
  };
const replicaStatus = async (base: string) => (await ready(base)).replicas?.[0]?.status;
const metric = async (base: string, outcome: string) => {
  const text = await (await fetch(base.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`linli_routable_reads_total\\{outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
};
const postmasterPid = (folder: string) =>
  Number(fs.readFileSync(path.join(folder, 'postmaster.pid'), 'utf8').split('\n')[0]);

const CLASS_NAME = ReplicaClassNameDocument;
const RENAME = ReplicaRenamesClassDocument;
const REPORT = ReplicaYearReportDocument;

describe('a read replica', () => {
  let primaryApi: ApiProcess;
  let replicaPort: number;
  let replicaUrl: string;
  let replica: { child: ChildProcess; output: () => string } | undefined;
  let base: string;
  let analyst: string;
  let staff: string;
  let classId: string;
  let replicaDb: Client | undefined;

  beforeAll(async () => {
    replicaPort = await freePort();
    replicaUrl = `postgres://postgres:linli@127.0.0.1:${replicaPort}/linli`;
    primaryApi = await startApiProcess('', {
      LINLI_DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      DEMO_DATE: '2025-08-15',
      DATABASE_REPLICA_URLS: replicaUrl,
      REPLICA_MAX_LAG_MS: '1500',
      REPLICA_WAIT_MS: '300',
      REPLICA_CHECK_MS: '100',
    });
    base = primaryApi.url;
  }, 180_000);
  afterAll(async () => {
    await replicaDb?.end().catch(() => undefined);
    await primaryApi?.stop();
    if (replica && replica.child.exitCode === null) {
      replica.child.kill('SIGTERM');
      await new Promise((r) => replica!.child.once('exit', r));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts while the replica is unreachable: one line, /readyz says so, every read served by the primary', async () => {
    expect(primaryApi.output().match(/replica down: reading the primary/g)).toHaveLength(1);
    expect(await ready(base)).toMatchObject({ status: 'ready', replicas: [{ status: 'down', lagMs: null }] });
    analyst = await signIn(base, 'analyst');
    staff = await signIn(base, 'xishan-staff');
    const r = await call(base, ReplicaFirstClassDocument, {}, analyst);
    expect(r).toMatchObject({ status: 200, from: 'primary' });
    const mine = await call(base, ReplicaFirstClassDocument, {}, staff);
    classId = mine.data!.serviceClasses[0].id;
  });

  it('is made by npm run replica and taken into use; reports, exports and analysts read there, the rest not', async () => {
    replica = await startReplica(replicaPort);
    await eventually(() => replicaStatus(base), 'streaming', 15_000);
    expect((await call(base, REPORT, {}, staff)).from).toBe('replica');
    expect((await call(base, CLASS_NAME, { id: classId }, analyst)).from).toBe('replica');
    expect((await call(base, ReplicaFirstClassDocument, {}, staff)).from).toBe('primary');
    const xlsx = await fetch(base.replace('/graphql', '/exports/report.xlsx?from=2025-01-01&to=2025-12-31'), {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect([xlsx.status, xlsx.headers.get('x-linli-read-from')]).toEqual([200, 'replica']);
    await xlsx.arrayBuffer();
    // The same answer from both servers.
    const onReplica = await call(base, REPORT, {}, analyst);
    const kunming = await signIn(base, 'admin');
    const onPrimary = await call(base, REPORT, {}, kunming);
    expect(onReplica.from).toBe('replica');
    expect(onReplica.data).toEqual(onPrimary.data);
  });

  it('waits for its own writes (else reads the primary), while others read what the replica has', async () => {
    replicaDb = new Client({ connectionString: replicaUrl });
    await replicaDb.connect();
    const before = (await call(base, CLASS_NAME, { id: classId }, analyst)).data!.serviceClass!.name;
    await replicaDb.query('select pg_wal_replay_pause()');
    const timeouts = await metric(base, 'wait-timeout');
    const renamed = await call(base, RENAME, { id: classId, name: '副本测试班' }, staff);
    expect(renamed.errors).toBeUndefined();
    // The writer: the replica cannot show its write within REPLICA_WAIT_MS, so the primary answers.
    expect((await call(base, REPORT, {}, staff)).from).toBe('primary');
    expect(await metric(base, 'wait-timeout')).toBe(timeouts + 1);
    // Someone else, at once: the replica, which has not replayed the rename yet (it really is the replica).
    const other = await call(base, CLASS_NAME, { id: classId }, analyst);
    expect([other.from, other.data!.serviceClass!.name]).toEqual(['replica', before]);

    // Replay still paused and the primary writing: past REPLICA_MAX_LAG_MS the replica is left alone.
    await call(base, RENAME, { id: classId, name: '副本测试班2' }, staff);
    await eventually(() => replicaStatus(base), 'lagging', 10_000);
    const late = await call(base, CLASS_NAME, { id: classId }, analyst);
    expect([late.from, late.data!.serviceClass!.name]).toEqual(['primary', '副本测试班2']);

    await replicaDb.query('select pg_wal_replay_resume()');
    await eventually(() => replicaStatus(base), 'streaming', 10_000);
    const caughtUp = await metric(base, 'caught-up');
    const mine = await call(base, REPORT, {}, staff);
    expect(mine.from).toBe('replica');
    expect(await metric(base, 'caught-up')).toBe(caughtUp + 1);
    const now = await call(base, CLASS_NAME, { id: classId }, analyst);
    expect([now.from, now.data!.serviceClass!.name]).toEqual(['replica', '副本测试班2']);
    await replicaDb.end();
    replicaDb = undefined;
  });

  it('killed under read load: no read fails, the primary serves from then on', async () => {
    const results: { at: number; status: number; from: string | null; errors: number }[] = [];
    let killedAt = Infinity;
    const t0 = Date.now();
    let go = true;
    const client = async () => {
      while (go) {
        const r = await call(base, ReplicaReadLoadDocument, {}, analyst);
        results.push({ at: Date.now() - t0, status: r.status, from: r.from, errors: r.errors?.length ?? 0 });
      }
    };
    const load = Promise.all([client(), client(), client(), client()]);
    await new Promise((r) => setTimeout(r, 800));
    const exited = new Promise((r) => replica!.child.once('exit', r));
    process.kill(postmasterPid(replicaDir), 'SIGKILL');
    killedAt = Date.now() - t0;
    await exited;
    await new Promise((r) => setTimeout(r, 1200));
    go = false;
    await load;
    expect(results.filter((r) => r.status !== 200 || r.errors > 0)).toEqual([]);
    expect(results.filter((r) => r.at < killedAt && r.from === 'replica').length).toBeGreaterThan(0);
    expect(results.filter((r) => r.at > killedAt + 300 && r.from === 'replica')).toEqual([]);
    expect(results.filter((r) => r.at > killedAt + 300).length).toBeGreaterThan(0);
    expect(await replicaStatus(base)).toBe('down');

    // Started again on its folder, it catches up and is read from again.
    replica = await startReplica(replicaPort);
    await eventually(() => replicaStatus(base), 'streaming', 20_000);
    expect((await call(base, CLASS_NAME, { id: classId }, analyst)).from).toBe('replica');
  });

  it('is promoted when the primary dies; the API started on it has every acknowledged write', async () => {
    // Synchronous replication: a commit is acknowledged only once the replica has it (docs/operations.md).
    const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg.owner.json'), 'utf8')) as { port: number };
    const primaryDb = new Client({ connectionString: `postgres://postgres:linli@127.0.0.1:${port}/linli` });
    await primaryDb.connect();
    await primaryDb.query(`alter system set synchronous_standby_names = 'linli_replica'`);
    await primaryDb.query('select pg_reload_conf()');
    await eventually(
      async () =>
        (await primaryDb.query<{ s: string }>(`select sync_state s from pg_stat_replication`)).rows.map((r) => r.s),
      ['sync'],
      15_000,
    );
    await primaryDb.end();

    let acked = 0;
    let go = true;
    const writer = (async () => {
      for (let i = 1; go; i++) {
        const r = await call(base, RENAME, { id: classId, name: `提升前${i}` }, staff).catch(() => null);
        if (r?.status === 200 && !r.errors) acked = i;
        else break;
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    // The whole primary side dies at once: the API (so its supervisor cannot restart the old primary) and
    // PostgreSQL, neither given a chance to finish anything.
    const primaryPid = postmasterPid(path.join(dataDir, 'pg'));
    process.kill(primaryApi.pid, 'SIGKILL');
    process.kill(primaryPid, 'SIGKILL');
    go = false;
    await writer;
    expect(acked).toBeGreaterThan(0);

    const promote = new Client({ connectionString: replicaUrl });
    await promote.connect();
    expect((await promote.query<{ ok: boolean }>('select pg_promote(true, 30) ok')).rows[0].ok).toBe(true);
    await promote.end();

    // "Reconnects by configuration": the API is pointed at the promoted server.
    const promotedApi = await startApiProcess(replicaUrl, {});
    try {
      const url = promotedApi.url;
      const token = await signIn(url, 'xishan-staff');
      const name = (await call(url, CLASS_NAME, { id: classId }, token)).data!.serviceClass!.name;
      const seen = Number(/^提升前(\d+)$/.exec(name)?.[1]);
      // The last acknowledged rename, or the one in flight when the primary died (committed, not acknowledged).
      expect([acked, acked + 1]).toContain(seen);
      const after = await call(url, RENAME, { id: classId, name: '提升后' }, token);
      expect(after.errors).toBeUndefined();
    } finally {
      await promotedApi.stop();
    }
  });
});
