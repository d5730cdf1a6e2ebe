import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { copyTree, isEmptyFolder } from './copy-tree';

/**
 * An online physical backup of a whole PostgreSQL cluster whose data directory is on this machine (the
 * embedded server), without pg_basebackup (the embedded binaries do not ship it): PostgreSQL's low-level
 * API. A temporary replication slot keeps the WAL from the backup's start until we have copied it;
 * pg_backup_start checkpoints; the data files are copied while the server keeps writing; pg_backup_stop
 * returns the backup label; the WAL from the start to the stop is copied into the backup's pg_wal. Started
 * on a copy of the backup, PostgreSQL replays that WAL and holds every transaction committed before
 * pg_backup_stop returned.
 */
export interface BackupManifest {
  format: 'linli-physical-1';
  label: string;
  startLsn: string;
  stopLsn: string;
  startedAt: string;
  finishedAt: string;
  serverVersion: string;
  files: number;
  bytes: number;
}

export const MANIFEST = 'linli-backup.json';

/** What a base backup leaves out of the data directory (PostgreSQL's documentation, "Backing up the data"). */
function exclusion(rel: string): 'skip' | 'empty' | 'copy' {
  const top = rel.split(path.sep)[0];
  if (rel === top) {
    if (['postmaster.pid', 'postmaster.opts', 'backup_label', 'backup_label.old', 'tablespace_map'].includes(rel))
      return 'skip';
    if (['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp'].includes(rel))
      return 'empty';
    if (rel === 'pg_subtrans') return 'empty';
  }
  if (path.basename(rel).startsWith('pgsql_tmp')) return 'skip';
  return 'copy';
}

export async function physicalBackup(options: {
  adminUrl: string;
  dataDir: string;
  target: string;
  progress?: (line: string) => void;
}): Promise<BackupManifest> {
  const say = options.progress ?? (() => undefined);
  if (!isEmptyFolder(options.target))
    throw new Error(`the backup folder ${options.target} is not empty; nothing was written`);
  const db = new Client({ connectionString: options.adminUrl, application_name: 'linli-backup' });
  await db.connect();
  try {
    const startedAt = new Date().toISOString();
    const label = `linli ${startedAt}`;
    // Temporary: dropped when this session ends, whatever happens; reserved now, so no WAL from here is recycled.
    await db.query('select pg_create_physical_replication_slot($1, true, true)', [`linli_backup_${process.pid}`]);
    const { rows: started } = await db.query<{ lsn: string; version: string }>(
      `select pg_backup_start($1, true)::text lsn, current_setting('server_version') version`,
      [label],
    );
    say(`backup started at WAL ${started[0].lsn}; copying the data directory`);
    const data = path.join(options.target, 'data');
    fs.mkdirSync(options.target, { recursive: true });
    let told = Date.now();
    const copied = copyTree(options.dataDir, data, exclusion, (c) => {
      if (Date.now() - told < 5000) return;
      told = Date.now();
      say(`copied ${c.files} files, ${(c.bytes / 2 ** 20).toFixed(0)} MB so far`);
    });
    const { rows: stopped } = await db.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
      'select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)',
    );
    // Owned like the data directory: the server refuses files it cannot open (we may be root).
    const owner = fs.statSync(options.dataDir);
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(data, name), text, { mode: 0o600 });
      if (process.getuid?.() === 0) fs.chownSync(path.join(data, name), owner.uid, owner.gid);
    };
    write('backup_label', stopped[0].labelfile);
    if (stopped[0].spcmapfile) write('tablespace_map', stopped[0].spcmapfile);
    // Completes the segment holding the stop (so it is on disk whole) before the WAL is copied.
    await db.query('select pg_switch_wal()');
    const { rows: seg } = await db.query<{ first: string; last: string }>(
      `select pg_walfile_name($1::pg_lsn) first, pg_walfile_name($2::pg_lsn) last`,
      [started[0].lsn, stopped[0].lsn],
    );
    const wal = path.join(options.dataDir, 'pg_wal');
    let walFiles = 0;
    for (const name of fs.readdirSync(wal).sort()) {
      const segment = /^[0-9A-F]{24}$/.test(name) && name >= seg[0].first && name <= seg[0].last;
      if (!segment && !name.endsWith('.history')) continue;
      fs.copyFileSync(path.join(wal, name), path.join(data, 'pg_wal', name));
      const st = fs.statSync(path.join(wal, name));
      if (process.getuid?.() === 0) fs.chownSync(path.join(data, 'pg_wal', name), st.uid, st.gid);
      copied.bytes += st.size;
      walFiles++;
    }
    if (!walFiles) throw new Error('the WAL of the backup was not found; the backup is not usable');
    const manifest: BackupManifest = {
      format: 'linli-physical-1',
      label,
      startLsn: started[0].lsn,
      stopLsn: stopped[0].lsn,
      startedAt,
      finishedAt: new Date().toISOString(),
      serverVersion: started[0].version,
      files: copied.files + walFiles,
      bytes: copied.bytes,
    };
    fs.writeFileSync(path.join(options.target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    say(
      `backup complete at WAL ${manifest.stopLsn}: ${manifest.files} files, ${(manifest.bytes / 2 ** 20).toFixed(0)} MB`,
    );
    return manifest;
  } finally {
    await db.end();
  }
}

/**
 * Restores a physical backup into a new data directory; the server started on it replays the backup's WAL.
 * Refuses a folder that is not empty (nothing is overwritten) and a folder that is not one of our backups.
 */
export function restorePhysical(backupDir: string, dataDir: string): BackupManifest {
  const manifestFile = path.join(backupDir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${backupDir} is not a Linli backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== 'linli-physical-1') throw new Error(`unknown backup format ${manifest.format}`);
  if (!isEmptyFolder(dataDir)) throw new Error(`the data folder ${dataDir} is not empty; nothing was restored`);
  copyTree(path.join(backupDir, 'data'), dataDir);
  fs.chmodSync(dataDir, 0o700);
  return manifest;
}
