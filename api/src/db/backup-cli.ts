import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { physicalBackup, restorePhysical } from './backup/physical-backup';
import { isEmptyFolder } from './backup/copy-tree';
import { ensureDatabase, initOrm, pendingMigrations } from './database';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `npm run backup [-- <folder>]`: an online physical backup of the embedded PostgreSQL (every database,
 * with its WAL) and of the keys the data needs (pii.key: without it the ID numbers stay encrypted; jwt.key),
 * into <folder> or `.data/backups/<time>`. Works while `npm start` runs. Refused when migrations are pending.
 * `npm run restore -- <backup> [<data folder>]`: into a new data folder (default LINLI_DATA_DIR), refused
 * when its `pg` folder is not empty; then starts PostgreSQL on it once, which replays the backup's WAL.
 * With DATABASE_URL, both refuse and point to the server's own tools (docs/operations.md).
 */
const out = (line: string) => process.stdout.write(`linli ${command}: ${line}\n`);
const command = process.argv[2] === 'restore' ? 'restore' : 'backup';
const KEYS = ['pii.key', 'jwt.key'];

const stamp = () => new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);

async function backup(config: Config, target = path.join(config.dataDir, 'backups', stamp())): Promise<void> {
  const dataDir = path.join(config.dataDir, 'pg');
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = await startEmbeddedPostgres({ dataDir });
    if (embedded.attachedTo) out(attachedNote(embedded.attachedTo));
    const url = embedded.urlFor('linli');
    await ensureDatabase(url);
    const orm = await initOrm(url, { poolMax: 1 });
    const pending = await pendingMigrations(orm).finally(() => orm.close(true));
    if (pending) throw new Error(`${pending} migration(s) pending: start Linli (or npm run migrate) first`);
    const into = path.resolve(target);
    await physicalBackup({ adminUrl: embedded.adminUrl, dataDir, target: into, progress: out });
    for (const key of KEYS)
      if (fs.existsSync(path.join(config.dataDir, key)))
        fs.copyFileSync(path.join(config.dataDir, key), path.join(into, key));
    out(`written to ${into}`);
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
  for (const key of KEYS) {
    const mine = path.join(root, key);
    const theirs = path.join(from, key);
    if (fs.existsSync(mine) && fs.existsSync(theirs) && !fs.readFileSync(mine).equals(fs.readFileSync(theirs)))
      throw new Error(`${mine} differs from the backup's; nothing was restored (the data would not be readable)`);
  }
  const manifest = restorePhysical(from, dataDir);
  for (const key of KEYS)
    if (fs.existsSync(path.join(from, key)) && !fs.existsSync(path.join(root, key)))
      fs.copyFileSync(path.join(from, key), path.join(root, key));
  out(`restored the backup of ${manifest.startedAt} (WAL ${manifest.stopLsn}); starting PostgreSQL to replay it`);
  const log: string[] = [];
  const embedded = await startEmbeddedPostgres({ dataDir, onLog: (line) => log.push(line) }).catch((e: unknown) => {
    throw new Error(`PostgreSQL did not start on the restored folder (${String(e)}):\n${log.slice(-15).join('\n')}`);
  });
  await embedded.stop();
  out(`done: ${dataDir} is ready (LINLI_DATA_DIR=${root} npm start)`);
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    out(`configuration error: ${e.message}`);
    return 1;
  }
  if (config.databaseUrl) {
    out(
      'DATABASE_URL is set: back up that server with its own tools (pg_basebackup or pg_dump, or your ' +
        "provider's snapshots; docs/operations.md). This command backs up the embedded database.",
    );
    return 1;
  }
  try {
    if (command === 'backup') await backup(config, process.argv[3]);
    else await restore(config, process.argv[3], process.argv[4]);
    return 0;
  } catch (e) {
    out(`failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
