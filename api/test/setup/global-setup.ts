import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { TEMPLATE_DB, setTestServer } from './shared';

/**
 * Once per run: a PostgreSQL (embedded unless DATABASE_URL is set), and a template database
 * migrated to the latest migration. Each test file clones the template (test/support/test-app.ts).
 * Migrations run in a child process: MikroORM state created here would leak into the tests.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  let adminUrl: string;
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    u.pathname = '/postgres';
    adminUrl = u.toString();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-'));
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
    (globalThis as Record<string, unknown>).__linliTestDb = { db, dir };
    adminUrl = db.adminUrl;
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await client.query(`create database ${TEMPLATE_DB}`);
  } finally {
    await client.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const api = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/db/migration-cli.ts', 'up'], {
    cwd: api,
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  setTestServer(adminUrl);
}
