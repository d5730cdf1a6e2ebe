import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { cliConfig } from './cli-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { createStandby, followPrimaryPort, runStandby, slotName } from './replica/standby';

/**
 * `npm run replica -- <folder> [--port 5433] [--name linli_replica]`: a streaming read replica of the embedded
 * database of a running `npm start`, in <folder>, run in the foreground until Ctrl-C (docs/operations.md,
 * "Read replicas"). The first run makes it (an online base backup, a replication slot on the primary); later
 * runs on the same folder start it again and it catches up. Point the API at it with
 * DATABASE_REPLICA_URLS. With DATABASE_URL set, refused: a configured server's replicas are made with its
 * own tools (pg_basebackup, or the provider's).
 */
const out = (line: string) => process.stdout.write(`linli replica: ${line}\n`);
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

function parse(argv: string[]): { folder: string; port: number; name: string } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port' || argv[i] === '--name') options.set(argv[i], argv[++i] ?? '');
    else positional.push(argv[i]);
  }
  if (positional.length !== 1) throw new Error('which folder? npm run replica -- <folder> [--port N] [--name NAME]');
  const port = Number(options.get('--port') ?? '5433');
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port: "${options.get('--port')}" is not a port`);
  return { folder: here(positional[0]), port, name: slotName(options.get('--name') ?? 'linli_replica') };
}

async function make(dataRoot: string, folder: string, name: string): Promise<void> {
  const primaryDir = path.join(dataRoot, 'pg');
  if (!fs.existsSync(path.join(primaryDir, 'PG_VERSION')))
    throw new Error(`no database in ${primaryDir}: start Linli (npm start) first`);
  const primary = await startEmbeddedPostgres({ dataDir: primaryDir });
  try {
    // The replica streams from the server `npm start` runs; one started just for this would stop with us.
    if (!primary.attachedTo) throw new Error('Linli is not running on this data folder: start it (npm start) first');
    out(`making a replica of the embedded database (port ${primary.port}) in ${folder}`);
    await createStandby({
      adminUrl: primary.adminUrl,
      primaryDataDir: primaryDir,
      target: folder,
      name,
      progress: out,
    });
  } finally {
    await primary.stop();
  }
}

async function main(): Promise<number> {
  const config = cliConfig(out);
  if (!config) return 1;
  if (config.databaseUrl) {
    out('DATABASE_URL is set: make replicas of that server with its own tools (docs/operations.md, "Read replicas")');
    return 1;
  }
  let standby;
  let recent: string[] = [];
  try {
    const { folder, port, name } = parse(process.argv.slice(2));
    if (!fs.existsSync(path.join(folder, 'standby.signal'))) await make(config.dataDir, folder, name);
    else {
      const portFile = path.join(config.dataDir, 'pg.port');
      const primaryPort = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : NaN;
      if (Number.isInteger(primaryPort) && followPrimaryPort(folder, primaryPort))
        out(`the primary is on port ${primaryPort} now: replica pointed there`);
    }
    let told = false;
    let waiting = false;
    standby = runStandby({
      dataDir: folder,
      port,
      onLog: (text) => {
        recent = [...recent, ...text.split('\n').filter(Boolean)].slice(-20);
        if (!told && text.includes('ready to accept read-only connections')) {
          told = true;
          out(`streaming; read from it with DATABASE_REPLICA_URLS=postgres://postgres:linli@127.0.0.1:${port}/linli`);
        } else if (text.includes('could not connect to the primary server')) {
          // Expected while the primary restarts: said once, not PostgreSQL's line every five seconds.
          if (!waiting) out('the primary does not answer (Linli stopped?); the replica keeps trying and catches up');
          waiting = true;
        } else if (text.includes('started streaming WAL')) {
          if (waiting) out('streaming again');
          waiting = false;
        } else if (/(FATAL|PANIC|ERROR):/.test(text) && !text.includes('is starting up')) process.stdout.write(text);
      },
    });
  } catch (e) {
    out(`failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const running = standby;
  const stop = () => void running.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await running.exited;
  if (code !== 0) {
    out(`PostgreSQL stopped with code ${code}; its last lines:`);
    process.stdout.write(`${recent.join('\n')}\n`);
    return 1;
  }
  out('stopped');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
