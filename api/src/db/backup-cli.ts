import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { type Config } from '../config';
import { cliConfig } from './cli-config';
import { physicalBackup, restorePhysical } from './backup/physical-backup';
import { isEmptyFolder } from './backup/copy-tree';
import { ensureDatabase, initOrm, pendingMigrations } from './database';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `npm run backup [-- <folder>] [--with-pii-key]`: an online physical backup of the embedded PostgreSQL
 * (every database, with its WAL) into <folder> or `.data/backups/<time>`. Works while `npm start` runs.
 * Refused when migrations are pending. The key that encrypts ID numbers (pii.key) stays out unless asked
 * for: a lost backup with its key beside it gives the children's ID numbers away; the token key (jwt.key)
 * never goes (a restore makes a new one; everyone signs in again).
 * `npm run restore -- <backup> [<data folder>]`: into a new data folder (default LINLI_DATA_DIR), refused
 * when its `pg` folder is not empty; then starts PostgreSQL on it once, which replays the backup's WAL.
 * `--wal-archive <folder> [--until <time>]`: point-in-time recovery, replaying the archived WAL after the
 * backup up to that moment (or to its end), then promoting (docs/operations.md).
 * With DATABASE_URL, both refuse and point to the server's own tools (docs/operations.md).
 */
const out = (line: string) => process.stdout.write(`linli ${command}: ${line}\n`);
const command = process.argv[2] === 'restore' ? 'restore' : 'backup';
const PII_KEY = 'pii.key';
// Paths are the operator's: relative to where `npm run` was typed (INIT_CWD), not to the api/ workspace.
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
/** `--name value` options of restore (point-in-time recovery), taken out of the positional arguments. */
const options = new Map<string, string>();
const positional: string[] = [];
for (let i = 3; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--wal-archive' || a === '--until') options.set(a, process.argv[++i] ?? '');
  else if (a !== '--with-pii-key') positional.push(a);
}
const args = positional.map(here);
const withKey = process.argv.includes('--with-pii-key');

const stamp = () => new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);

async function backup(config: Config, target = path.join(config.dataDir, 'backups', stamp())): Promise<void> {
  const dataDir = path.join(config.dataDir, 'pg');
  let embedded: EmbeddedDatabase | undefined;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new Error(`no database in ${dataDir}: nothing to back up`);
  try {
    embedded = await startEmbeddedPostgres({ dataDir });
    if (embedded.attachedTo) out(attachedNote(embedded.attachedTo).replace(/^linli: /, ''));
    const url = embedded.urlFor('linli');
    await ensureDatabase(url);
    const orm = await initOrm(url, { poolMax: 1 });
    const pending = await pendingMigrations(orm).finally(() => orm.close(true));
    if (pending) throw new Error(`${pending} migration(s) pending: start Linli (or npm run migrate) first`);
    const into = path.resolve(target);
    if (`${into}${path.sep}`.startsWith(`${path.resolve(dataDir)}${path.sep}`))
      throw new Error(`${into} is inside the database folder ${dataDir}; choose another folder`);
    await physicalBackup({ adminUrl: embedded.adminUrl, dataDir, target: into, progress: out });
    const key = path.join(config.dataDir, PII_KEY);
    if (withKey && fs.existsSync(key)) {
      fs.copyFileSync(key, path.join(into, PII_KEY));
      out(`written to ${into}, with ${PII_KEY}: keep it as safe as the key itself`);
    } else {
      out(`written to ${into}`);
      out(
        fs.existsSync(key)
          ? `${key} is not in the backup: keep a copy of it elsewhere; without it the ID numbers cannot be read`
          : 'the ID-number key comes from PII_ENCRYPTION_KEY: keep it with the backup, but not beside it',
      );
    }
  } finally {
    await embedded?.stop();
  }
}

async function restore(config: Config, backupDir: string | undefined, dataRoot = config.dataDir): Promise<void> {
  if (!backupDir) throw new Error('which backup? npm run restore -- <backup folder> [<data folder>]');
  const from = path.resolve(backupDir);
  const root = path.resolve(dataRoot);
  const dataDir = path.join(root, 'pg');
  if (!isEmptyFolder(dataDir)) throw new Error(`${dataDir} is not empty; nothing was restored (move it away first)`);
  const mine = path.join(root, PII_KEY);
  const theirs = path.join(from, PII_KEY);
  if (fs.existsSync(mine) && fs.existsSync(theirs) && !fs.readFileSync(mine).equals(fs.readFileSync(theirs)))
    throw new Error(`${mine} differs from the backup's; nothing was restored (the ID numbers would not be readable)`);
  const recovery = recoveryOf(options.get('--wal-archive'), options.get('--until'));
  const manifest = restorePhysical(from, dataDir, recovery);
  if (fs.existsSync(theirs) && !fs.existsSync(mine)) fs.copyFileSync(theirs, mine);
  if (!fs.existsSync(mine))
    out(`no ${PII_KEY} in the backup nor in ${root}: put the key there (or set PII_ENCRYPTION_KEY) before starting`);
  out(`restored the backup of ${manifest.startedAt} (WAL ${manifest.stopLsn}); starting PostgreSQL to replay it`);
  const log: string[] = [];
  const embedded = await startEmbeddedPostgres({ dataDir, onLog: (line) => log.push(line) }).catch((e: unknown) => {
    throw new Error(`PostgreSQL did not start on the restored folder (${String(e)}):\n${log.slice(-15).join('\n')}`);
  });
  if (recovery) await recovered(embedded.adminUrl);
  await embedded.stop();
  out(`done: ${dataDir} is ready (LINLI_DATA_DIR=${root} npm start)`);
}

/** The recovery settings of a point-in-time restore; checked before anything is written. */
function recoveryOf(archive: string | undefined, until: string | undefined): { settings: string } | undefined {
  if (archive === undefined) {
    if (until !== undefined) throw new Error('--until needs --wal-archive <folder>; nothing was restored');
    return undefined;
  }
  const folder = here(archive);
  if (!archive || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    throw new Error(`--wal-archive: ${folder} is not a folder; nothing was restored`);
  const zoned = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?([zZ]|[+-]\d\d(:?\d\d)?)$/;
  if (until !== undefined && (!zoned.test(until.trim()) || Number.isNaN(Date.parse(until.trim()))))
    throw new Error(
      `--until: ${until} is not a time with its zone (e.g. 2026-07-06T09:30:00+08:00); nothing was restored`,
    );
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
  const lines = [
    `restore_command = ${quote(`cp "${folder}/%f" "%p"`)}`,
    ...(until ? [`recovery_target_time = ${quote(until.trim())}`] : []),
    `recovery_target_action = 'promote'`,
  ];
  out(`point-in-time recovery from ${folder}${until ? ` up to ${until.trim()}` : ' to its end'}`);
  return { settings: lines.join('\n') + '\n' };
}

/** Waits for the restored server to finish replaying the archive and promote itself. */
async function recovered(adminUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    for (let i = 0; (await db.query<{ r: boolean }>('select pg_is_in_recovery() r')).rows[0].r; i++) {
      if (i % 50 === 49) out('still replaying the archived WAL …');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await db.end();
  }
}

async function main(): Promise<number> {
  const config = cliConfig(out);
  if (!config) return 1;
  if (config.databaseUrl) {
    out(
      'DATABASE_URL is set: back up that server with its own tools (pg_basebackup or pg_dump, or your ' +
        "provider's snapshots; docs/operations.md). This command backs up the embedded database.",
    );
    return 1;
  }
  try {
    if (command === 'backup') await backup(config, args[0]);
    else await restore(config, args[0], args[1]);
    return 0;
  } catch (e) {
    out(`failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
