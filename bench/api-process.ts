import { spawn, type ChildProcess } from 'node:child_process';
import { gql } from './graphql-client';

/** Which node binary runs a built API, with which flags (space-separated); unset parts come from BENCH_NODE(_ARGS). */
export interface Runtime {
  node?: string;
  args?: string;
}

/**
 * The built API (api/dist/main.js or BENCH_MAIN) as a process of its own, in production mode, on loopback,
 * with its own embedded PostgreSQL and the demo data under `dataDir`; fixed dev-only secrets keep a data
 * directory's ID numbers readable across runs. `env` adds or overrides settings; BENCH_NODE_ARGS adds node
 * flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"); BENCH_NODE runs it on another node binary (e.g. the
 * Node 22 that bench/peer installs for PostGraphile) instead of the one running the bench. Its stdout (a log line a request) is discarded.
 */
export function startBuiltApi(
  main: string,
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
  runtime: Runtime = {},
): ChildProcess {
  const nodeArgs = (runtime.args ?? process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  return spawn(runtime.node || process.env.BENCH_NODE || process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      LINLI_DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef-0123456789',
      PII_ENCRYPTION_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
      ACCESS_TOKEN_MINUTES: '240',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Resolves once `/readyz` answers 200 (migrations and demo data done), within two minutes. */
export async function apiReady(base: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`API at ${base} did not start`);
}

/** Signs a demo account in (password linli-demo-2025) and returns its access token. */
export async function demoSignIn(base: string, username: string): Promise<string> {
  const login = `mutation ($u: String!) { login(username: $u, password: "linli-demo-2025") { accessToken } }`;
  const d = await gql(base, null, login, { u: username });
  return (d.login as { accessToken: string }).accessToken;
}

/** Stops an API started by startBuiltApi the way Ctrl-C does, and waits for it to exit. */
export async function stopApi(api: ChildProcess): Promise<void> {
  if (api.exitCode !== null) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGINT');
  await exited;
}

/** Runs a benchmark's main function: its error (with stack) on stderr and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
