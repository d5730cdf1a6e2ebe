import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startApiClient, type RunningApi } from './api-client';

/**
 * The real API (api/dist/main.js, built by the test script) on a free port, with an embedded
 * PostgreSQL in a fresh data directory and the demo data, serving the built console at /admin.
 */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export type { RunningApi } from './api-client';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** `env` overrides the settings below (DEMO_DATE: '' loads the demo as of today, as `npm start` does). */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const main = path.join(repoRoot, 'api', 'dist', 'main.js');
  if (!fs.existsSync(path.join(repoRoot, 'admin', 'dist', 'index.html')) || !fs.existsSync(main)) {
    throw new Error('Build first: npm test -w admin builds the API and the console');
  }
  // Under /tmp with world-traversable parents: the embedded PostgreSQL runs as the postgres user.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LINLI_DATA_DIR: dataDir,
      // QUERY_MEASURES_FILE: keep the request lines (cost and depth of every operation, docs/query-limits.md).
      LOG_LEVEL: process.env.QUERY_MEASURES_FILE ? 'info' : 'warn',
      NODE_ENV: 'development',
      DATABASE_URL: '',
      // The demo's story as written (its 2025 summer): the suite's figures do not move with the calendar.
      DEMO_DATE: '2025-08-15',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  if (process.env.QUERY_MEASURES_FILE) {
    const file = process.env.QUERY_MEASURES_FILE;
    child.stdout?.on('data', (d: Buffer) => {
      const lines = String(d)
        .split('\n')
        .filter((l) => l.includes('"msg":"graphql"'));
      if (lines.length) fs.appendFileSync(file, lines.join('\n') + '\n');
    });
  }
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}):\n${output}`);
    if (/is running/.test(output)) break;
    if (Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    ...startApiClient(base),
    sql: (text, params) => runSql(dataDir, text, params),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGINT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One statement on the database of an API started here: the embedded PostgreSQL writes its port next to
 * its data (api/src/db/embedded-postgres.ts); the driver is the API's own (`pg`, its dependency).
 */
async function runSql(dataDir: string, text: string, params: unknown[] = []): Promise<void> {
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg.port'), 'utf8').trim());
  const { Client } = createRequire(path.join(repoRoot, 'api', 'package.json'))('pg') as typeof import('pg');
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'linli', database: 'linli' });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}
