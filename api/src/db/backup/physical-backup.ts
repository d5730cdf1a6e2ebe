import { execFileSync } from 'node:child_process';
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
    // Every segment from the first to the last must be there (16 MB segments: 256 to a log id by default).
    const { rows: size } = await db.query<{ bytes: string }>(
      `select setting::bigint * 1 bytes from pg_settings where name = 'wal_segment_size'`,
    );
    const perId = 2 ** 32 / Number(size[0].bytes);
    const index = (name: string) => parseInt(name.slice(8, 16), 16) * perId + parseInt(name.slice(16, 24), 16);
    const expected = index(seg[0].last) - index(seg[0].first) + 1;
    const segments = fs.readdirSync(path.join(data, 'pg_wal')).filter((n) => /^[0-9A-F]{24}$/.test(n)).length;
    if (segments !== expected)
      throw new Error(`the backup's WAL is incomplete (${segments} of ${expected} segments); the backup is not usable`);
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
export function restorePhysical(
  backupDir: string,
  dataDir: string,
  /**
   * Settings appended to postgresql.auto.conf, and the signal file written: recovery.signal for point-in-time
   * recovery, standby.signal for a streaming replica (db/replica/standby.ts).
   */
  recovery?: { settings: string; signal?: 'recovery.signal' | 'standby.signal' },
): BackupManifest {
  const manifestFile = path.join(backupDir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${backupDir} is not a Linli backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== 'linli-physical-1') throw new Error(`unknown backup format ${manifest.format}`);
  if (!isEmptyFolder(dataDir)) throw new Error(`the data folder ${dataDir} is not empty; nothing was restored`);
  copyTree(path.join(backupDir, 'data'), dataDir);
  fs.chmodSync(dataDir, 0o700);
  if (recovery) {
    fs.appendFileSync(path.join(dataDir, 'postgresql.auto.conf'), recovery.settings);
    fs.writeFileSync(path.join(dataDir, recovery.signal ?? 'recovery.signal'), '');
  }
  // As root, the embedded server runs as the `postgres` user, whose ids may differ from the machine that
  // made the backup: the restored files become its own.
  const owner = serverUser();
  if (owner) chownTree(dataDir, owner.uid, owner.gid);
  return manifest;
}

/** The `postgres` user's ids when we run as root and it exists (else the files keep the owner copyTree gave). */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.lchownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}
