import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration: validated once, a bad value names its variable', () => {
  it('has working defaults: embedded database, demo data, port 4000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, seedDemo: true, nodeEnv: 'development' });
  });

  it('does not load demo data into a database given by DATABASE_URL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h:5432/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h:5432/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('reads replicas from DATABASE_REPLICA_URLS, and refuses the primary named as one', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db:5432/linli' };
    expect(loadConfig(env).replicaUrls).toEqual([]);
    const urls = 'postgres://u:p@r1:5432/linli, postgres://u:p@r2/linli';
    expect(loadConfig({ ...env, DATABASE_REPLICA_URLS: urls }).replicaUrls).toEqual([
      'postgres://u:p@r1:5432/linli',
      'postgres://u:p@r2/linli',
    ]);
    expect(() => loadConfig({ ...env, DATABASE_REPLICA_URLS: 'postgres://x:y@db/linli' })).toThrow(
      'DATABASE_REPLICA_URLS: names the primary (db:5432/linli), not a replica',
    );
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['DATABASE_URL', 'postgres://host:5432/'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'maybe'],
    ['PII_ENCRYPTION_KEY', 'too-short'],
    ['DB_POOL_MAX', '0'],
    ['DATABASE_REPLICA_URLS', 'mysql://x/y'],
    ['DATABASE_REPLICA_URLS', 'postgres://a:1/db,not a url'],
    ['DATABASE_REPLICA_URLS', 'postgres://a:1/db, postgres://a:1/db'],
    ['REPLICA_MAX_LAG_MS', '-1'],
    ['REPLICA_CHECK_MS', '10'],
  ])('refuses %s=%s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [variable]: value });
    } catch (e) {
      expect((e as ConfigError).variable).toBe(variable);
      expect((e as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });

  it('requires the personal-data key in production with a real database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@h/db' })).toThrow(
      /PII_ENCRYPTION_KEY/,
    );
  });

  it('stops start-up with one line naming the variable', () => {
    const api = path.resolve(__dirname, '..', '..');
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
        cwd: api,
        env: { ...process.env, PORT: 'eighty' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'linli: configuration error: PORT: must be a whole number, got "eighty"',
    ]);
  });
});
