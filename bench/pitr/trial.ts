import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { physicalBackup } from '../../api/src/db/backup/physical-backup';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres';
import { runMain } from '../api-process';

/**
 * npm run bench:pitr — point-in-time recovery tried end to end on the embedded PostgreSQL binaries
 * (docs/operations.md, "Point-in-time recovery"). A scratch server archives its WAL (`archive_command`);
 * rows are written, a base backup taken (`npm run backup`'s code), more rows written, the moment noted, then a
 * "mistake" (every row deleted, a few written after). The backup is restored into a new folder with a
 * `npm run restore -- <backup> <folder> --wal-archive <archive> --until <moment>`: the restored server must
 * hold every row written before that moment and nothing after it; restored without --until, the state after
 * the mistake; a malformed --until is refused with nothing written. Prints each step and a verdict per
 * check; exits 1 when one fails. Everything lives under a temporary folder,
 * removed at the end unless PITR_KEEP=1.
 */
const log = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-pitr-'));
  fs.chmodSync(root, 0o755);
  const archive = path.join(root, 'wal-archive');
  fs.mkdirSync(archive, { mode: 0o777 });
  fs.chmodSync(archive, 0o777); // the server may run as the `postgres` user
  try {
    const primaryDir = path.join(root, 'primary');
    const primary = await startEmbeddedPostgres({
      dataDir: primaryDir,
      postgresFlags: [
        ...['-c', 'wal_level=replica', '-c', 'archive_mode=on'],
        ...['-c', `archive_command=test ! -f ${archive}/%f && cp %p ${archive}/%f`],
      ],
    });
    const db = new Client({ connectionString: primary.adminUrl });
    await db.connect();
    await db.query(`create table ledger (id bigserial primary key, phase text not null,
      at timestamptz not null default clock_timestamp())`);
    const write = (phase: string, n: number) =>
      db.query(`insert into ledger (phase) select $1 from generate_series(1, $2)`, [phase, n]);
    await write('before backup', 1000);
    log('primary: 1,000 rows written; taking a base backup');
    const backupDir = path.join(root, 'backup');
    const manifest = await physicalBackup({ adminUrl: primary.adminUrl, dataDir: primaryDir, target: backupDir });
    log(`backup: WAL ${manifest.startLsn} … ${manifest.stopLsn}`);
    await write('after backup', 1000);
    const { rows } = await db.query<{ t: string }>(`select clock_timestamp()::text t`);
    const target = rows[0].t;
    log(`primary: 1,000 more rows; recovery target ${target}`);
    await new Promise((r) => setTimeout(r, 1100));
    await db.query('delete from ledger');
    await write('after mistake', 5);
    log('primary: the mistake — every row deleted, 5 written after');
    const { rows: wal } = await db.query<{ file: string }>(
      // The segment the switch closed: the one holding the last of what was written.
      'select pg_walfile_name(pg_switch_wal()) file',
    );
    for (let i = 0; ; i++) {
      const { rows: a } = await db.query<{ last: string | null }>(
        'select last_archived_wal last from pg_stat_archiver',
      );
      if ((a[0].last ?? '') >= wal[0].file) break;
      if (i > 100) throw new Error(`WAL ${wal[0].file} was not archived within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    log(`primary: WAL archived up to ${wal[0].file} (${fs.readdirSync(archive).length} files); stopping it`);
    await db.end();
    await primary.stop();

    // Through the product's command, as an operator would run it.
    const restore = (folder: string, extra: string[]) =>
      execFileSync('npm', ['run', '--silent', 'restore', '--', backupDir, folder, '--wal-archive', archive, ...extra], {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', TS_NODE_PROJECT: '' },
      });
    const rowsIn = async (folder: string) => {
      const server = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg') });
      const check = new Client({ connectionString: server.adminUrl });
      await check.connect();
      const { rows: counts } = await check.query<{ phase: string; n: number }>(
        'select phase, count(*)::int n from ledger group by phase order by phase',
      );
      const promoted = !(await check.query('select pg_is_in_recovery() r')).rows[0].r;
      await check.end();
      await server.stop();
      return { promoted, rows: Object.fromEntries(counts.map((c) => [c.phase, c.n])) };
    };
    const checks: [string, boolean][] = [];

    let refused = '';
    try {
      restore(path.join(root, 'refused'), ['--until', 'yesterday']);
    } catch (e) {
      refused = String((e as { stdout?: string }).stdout ?? e);
    }
    log(`restore with --until yesterday: ${refused.trim().split('\n').pop()}`);
    checks.push([
      'a malformed --until is refused, nothing written',
      /nothing was restored/.test(refused) && !fs.existsSync(path.join(root, 'refused', 'pg', 'PG_VERSION')),
    ]);

    process.stdout.write(restore(path.join(root, 'to-target'), ['--until', target]));
    const atTarget = await rowsIn(path.join(root, 'to-target'));
    log(`restored up to the target: ${JSON.stringify(atTarget)}`);
    checks.push([
      'up to the target: every row before it, nothing after',
      atTarget.promoted &&
        atTarget.rows['before backup'] === 1000 &&
        atTarget.rows['after backup'] === 1000 &&
        !atTarget.rows['after mistake'],
    ]);

    process.stdout.write(restore(path.join(root, 'to-end'), []));
    const atEnd = await rowsIn(path.join(root, 'to-end'));
    log(`restored to the archive's end: ${JSON.stringify(atEnd)}`);
    checks.push([
      'to the end of the archive: the state after the mistake',
      atEnd.promoted && atEnd.rows['after mistake'] === 5 && Object.keys(atEnd.rows).length === 1,
    ]);

    for (const [what, ok] of checks) log(`${ok ? 'PASS' : 'FAIL'}: ${what}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    if (process.env.PITR_KEEP === '1') log(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
}

runMain(main);
