import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface SetupInput {
  /** The database to prepare (DATABASE_URL or the embedded one's). */
  url: string;
}

export interface SetupResult {
  /** The personal-data key: PII_ENCRYPTION_KEY, or the development key kept beside the embedded data. */
  piiKeyHex: string;
  /** Whether the demo data was written now (an empty database and SEED_DEMO). */
  seeded: boolean;
}

/**
 * Prepares the database before the API serves (setup-worker.ts): migrations, declared objects, the
 * personal-data key, the demo data. In a worker thread, so that what that work allocates and loads (96
 * migrations' SQL, the declared schema, thousands of demo entities, argon2) goes with the thread's heap
 * when it ends instead of staying in the serving process: done in the main thread, it left the API
 * 8-16 MB larger for its whole life under issue 16's c = 8 read benchmark (bench/RESULTS.md), against a
 * 200 MB target. Settles with the worker's result, or rejects with its error.
 */
export function runSetup(input: SetupInput): Promise<SetupResult> {
  // setup-worker.js when built, setup-worker.ts under ts-node (the thread inherits its `-r` from execArgv).
  const file = path.join(__dirname, `setup-worker${path.extname(__filename)}`);
  return new Promise((resolve, reject) => {
    let result: SetupResult | undefined;
    const worker = new Worker(file, { workerData: input });
    worker.once('message', (r: SetupResult) => (result = r));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`database set-up ended without a result (exit code ${code})`)),
    );
  });
}
