import { fork } from 'node:child_process';
import path from 'node:path';

export interface SetupResult {
  /** The personal-data key: PII_ENCRYPTION_KEY, or the development key kept beside the embedded data. */
  piiKeyHex: string;
  /** Whether the demo data was written now (an empty database and SEED_DEMO). */
  seeded: boolean;
}

/** What the set-up process sends back: its result, or the error it failed with. */
export type SetupMessage = { result: SetupResult } | { error: { message: string; stack?: string } };

/** The variable that tells the set-up process its database (the embedded one is decided by the caller). */
export const SETUP_URL_VARIABLE = 'LINLI_SETUP_DATABASE_URL';

/**
 * Prepares the database before the API serves (setup-process.ts): migrations, declared objects, the
 * personal-data key, the demo data. In a short-lived process of its own, so that what that work allocates
 * and loads (96 migrations' SQL, the declared schema, thousands of demo entities, argon2) is returned to the
 * system when it exits instead of staying in the serving process, which is held to a memory target (issue
 * 16). Not a worker thread: part of that memory stayed after the thread ended (decision 007 has the figures).
 * Settles with the process's result, or rejects with its error (message and stack kept).
 */
export function runSetup(url: string): Promise<SetupResult> {
  // setup-process.js when built, setup-process.ts under ts-node (fork passes on the `-r` in execArgv).
  const file = path.join(__dirname, `setup-process${path.extname(__filename)}`);
  return new Promise((resolve, reject) => {
    let reply: SetupMessage | undefined;
    const child = fork(file, [], { env: { ...process.env, [SETUP_URL_VARIABLE]: url }, stdio: 'inherit' });
    child.on('message', (m: SetupMessage) => (reply = m));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (reply && 'result' in reply) return resolve(reply.result);
      if (reply) return reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      reject(new Error(`database set-up ended without a result (exit code ${code}${signal ? `, ${signal}` : ''})`));
    });
  });
}
