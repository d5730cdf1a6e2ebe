import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TEST_JWT_SECRET, TEST_PII_KEY } from './test-app';

/** A whole API in a process of its own (src/main.ts), on a database a test prepared. */
export interface ApiProcess {
  url: string;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `node src/main.ts` (through ts-node, no build needed) on `dbUrl` with the test secrets, so that its
 * tokens and encrypted values are the test app's; resolves once its banner names the port. `env` adds
 * settings (WEB_CONCURRENCY for several workers behind one port).
 */
export async function startApiProcess(dbUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const api = path.resolve(__dirname, '..', '..');
  const child: ChildProcess = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: api,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PII_ENCRYPTION_KEY: TEST_PII_KEY.toString('hex'),
      JWT_SECRET: TEST_JWT_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API process did not start:\n${output}`)), 60_000);
    const look = () => {
      const m = /GraphQL\s+(http:\/\/[^\s]+\/graphql)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', look);
    child.once('exit', (code) => reject(new Error(`API process exited (${code}):\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts several at once; if one fails to start, the others are stopped before the error is thrown. */
export async function startApiProcesses(dbUrl: string, count: number, env: Record<string, string> = {}) {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startApiProcess(dbUrl, env)));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const running = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failed) {
    await Promise.all(running.map((p) => p.stop()));
    throw failed.reason;
  }
  return running;
}
