import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startApiProcess, type ApiProcess } from '../support/api-process';

/**
 * Backups that restore (issue 21 item 3), as an operator runs them: Linli started on an embedded database
 * of its own (demo data loaded), `npm run backup` while two clients keep inserting, Linli stopped,
 * `npm run restore` into a new folder, Linli started on it. Every insert acknowledged before the backup
 * began is there, each client's inserts are there as an unbroken prefix (a consistent cut), and the
 * tables nobody wrote meanwhile have the same rows (count and checksum) as before.
 */
jest.setTimeout(300_000);

const run = promisify(execFile);
const api = path.resolve(__dirname, '../..');
const cli = (args: string[], dataDir: string) =>
  run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/db/backup-cli.ts', ...args], {
    cwd: api,
    env: { ...process.env, DATABASE_URL: '', LINLI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 0, stdout: '' }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

/** Linli on the embedded PostgreSQL under `dataDir`, and a SQL client on its database. */
async function linli(dataDir: string): Promise<{ process: ApiProcess; db: Client; url: string }> {
  const process_ = await startApiProcess('', { LINLI_DATA_DIR: dataDir, SEED_DEMO: 'true', DEMO_DATE: '2025-08-15' });
  const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg.owner.json'), 'utf8')) as { port: number };
  const url = `postgres://postgres:linli@127.0.0.1:${port}/linli`;
  const db = new Client({ connectionString: url });
  await db.connect();
  return { process: process_, db, url };
}

const TABLES = [
  'organization',
  'beneficiary',
  'service_project',
  'service_class',
  'class_session',
  'enrollment',
  'attendance',
];
const checksums = async (db: Client) => {
  const out: Record<string, unknown> = {};
  for (const t of TABLES)
    out[t] = (
      await db.query(`select count(*)::int n, md5(string_agg(t::text, ',' order by t::text)) h from ${t} t`)
    ).rows[0];
  return out;
};

describe('npm run backup / npm run restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-backup-'));
  const running: { process: ApiProcess; db: Client }[] = [];
  afterAll(async () => {
    for (const r of running) {
      await r.db.end().catch(() => undefined);
      await r.process.stop();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores, into a new folder, every write acknowledged before it began, taken under write load', async () => {
    const source = await linli(path.join(dir, 'data'));
    running.push(source);
    await source.db.query('create table backup_probe (writer int, seq int, primary key (writer, seq))');
    const before = await checksums(source.db);

    const acked: { writer: number; seq: number; at: number }[] = [];
    let writing = true;
    const writer = async (w: number) => {
      const c = new Client({ connectionString: source.url });
      await c.connect();
      for (let seq = 0; writing; seq++) {
        await c.query('insert into backup_probe values ($1, $2)', [w, seq]);
        acked.push({ writer: w, seq, at: performance.now() });
      }
      await c.end();
    };
    const writers = [writer(1), writer(2)];
    await new Promise((r) => setTimeout(r, 300));
    const began = performance.now();
    const { stdout } = await cli(['backup', path.join(dir, 'backup')], path.join(dir, 'data'));
    writing = false;
    await Promise.all(writers);
    expect(stdout).toMatch(/backup started at WAL/);
    expect(stdout).toMatch(/backup complete at WAL .* files/);
    const duringOrAfter = acked.filter((a) => a.at >= began).length;
    expect(duringOrAfter).toBeGreaterThan(20); // the writers kept writing while it ran

    // Restoring over a folder that has data is refused, and nothing there changes.
    const refused = await failure(cli(['restore', path.join(dir, 'backup'), path.join(dir, 'data')], dir));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/is not empty; nothing was restored/);

    running.pop();
    await source.db.end();
    await source.process.stop();
    const restoredOut = (
      await cli(['restore', path.join(dir, 'backup'), path.join(dir, 'restored')], dir).catch((e) => {
        throw new Error(`restore failed:\n${e.stdout}\n${e.stderr}`);
      })
    ).stdout;
    expect(restoredOut).toMatch(/done: .* is ready/);

    // Started without the key, or with another one, Linli refuses rather than make ID numbers unreadable.
    const noKey = await startApiProcess('', {
      LINLI_DATA_DIR: path.join(dir, 'restored'),
      PII_ENCRYPTION_KEY: '',
    }).then(
      (p) => p.stop().then(() => 'started'),
      (e: Error) => e.message,
    );
    expect(noKey).toMatch(/holds encrypted ID numbers but .*pii\.key is missing/);
    expect(fs.existsSync(path.join(dir, 'restored', 'pii.key'))).toBe(false);
    const otherKey = await startApiProcess('', {
      LINLI_DATA_DIR: path.join(dir, 'restored'),
      PII_ENCRYPTION_KEY: 'ab'.repeat(32),
    }).then(
      (p) => p.stop().then(() => 'started'),
      (e: Error) => e.message,
    );
    expect(otherKey).toMatch(/does not open this database's ID numbers/);

    const copy = await linli(path.join(dir, 'restored'));
    running.push(copy);
    expect(copy.process.output()).not.toMatch(/demo data loaded/i);
    const rows = (await copy.db.query<{ writer: number; seq: number }>('select writer, seq from backup_probe')).rows;
    for (const w of [1, 2]) {
      const seqs = rows
        .filter((r) => r.writer === w)
        .map((r) => r.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i)); // an unbroken prefix of what the writer wrote
      const mustHave = acked.filter((a) => a.writer === w && a.at < began).length;
      expect(seqs.length).toBeGreaterThanOrEqual(mustHave);
      expect(seqs.length).toBeLessThanOrEqual(acked.filter((a) => a.writer === w).length);
    }
    expect(await checksums(copy.db)).toEqual(before);
  });

  it('refuses a backup when DATABASE_URL names another server, saying what to use instead', async () => {
    const r = await failure(
      run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/db/backup-cli.ts', 'backup'], {
        cwd: api,
        env: { ...process.env, DATABASE_URL: 'postgres://u:p@db.example:5432/linli', LINLI_DATA_DIR: dir },
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DATABASE_URL is set: back up that server with its own tools/);
  });
});
