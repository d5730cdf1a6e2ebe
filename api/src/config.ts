import path from 'node:path';

/**
 * The only reader of process.env. Every setting is parsed and validated here once; a bad value
 * stops start-up with one line naming the variable (see ConfigError and main.ts).
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: LogLevel;
  /** Set: use this PostgreSQL. Unset: start the embedded one under dataDir. */
  databaseUrl: string | undefined;
  /**
   * Streaming replicas for dashboards, exports and analysts' reads (db/replica/): each a postgres:// URL.
   * Empty: every read goes to the primary.
   */
  replicaUrls: string[];
  replica: {
    /** A replica further behind the primary than this is not read from until it catches up. */
    maxLagMs: number;
    /** How long a caller's read waits for a replica to replay the caller's own last write, else the primary. */
    waitMs: number;
    /** How often each process checks its replicas (reachable, still a replica, how far behind). */
    checkMs: number;
  };
  dbPoolMax: number;
  /** API processes sharing the port (Node's cluster module); each has its own pool of dbPoolMax. */
  webConcurrency: number;
  /** Root of everything the embedded mode keeps across restarts (PostgreSQL data, generated keys). */
  dataDir: string;
  /** Load the demo data when the database is empty. Default: on in embedded mode, off otherwise. */
  seedDemo: boolean;
  /**
   * The day the demo data is told as of ('YYYY-MM-DD'); unset: the day it is loaded, in China time. Tests
   * and screenshots pin it (DEMO_DATE=2025-08-15 is the story as written).
   */
  demoDate: string | undefined;
  /** 32-byte key (base64 or hex) for personal data; generated into dataDir in embedded mode if unset. */
  piiKey: Buffer | undefined;
  /** HMAC secret for access tokens (at least 32 characters); generated into dataDir if unset outside production. */
  jwtSecret: string | undefined;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  /** Time bounds on every connection the API serves requests with (0 = none). */
  db: { statementTimeoutMs: number; lockTimeoutMs: number; idleInTransactionTimeoutMs: number };
  /** How long one GraphQL request may run before it is cancelled (its statements too); 0 = no deadline. */
  requestDeadlineMs: number;
  /** The largest GraphQL answer sent; a larger one is refused (QUERY_TOO_COMPLEX) instead. */
  responseLimitBytes: number;
  /** At shutdown: how long in-flight requests may finish; past it they are cut off and roll back. */
  shutdownGraceMs: number;
  /** Requests one API key may make per minute (counted in PostgreSQL, across processes). */
  apiKeyRequestsPerMinute: number;
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser; none by default. */
  corsOrigins: string[];
}

/** The repository root: api/src/config.ts and api/dist/config.js both sit two levels below it. */
export const repoRoot = path.resolve(__dirname, '..', '..');

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  postgresUrl('DATABASE_URL', raw);
  return raw;
}

function postgresUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError(name, 'names no database');
  return url;
}

/** DATABASE_REPLICA_URLS: comma-separated; each checked like DATABASE_URL, and none may be the primary. */
function replicaUrls(env: Env, primary: string | undefined): string[] {
  const raw = env.DATABASE_REPLICA_URLS;
  if (raw === undefined || raw.trim() === '') return [];
  const urls = raw.split(',').map((u) => u.trim());
  const seen = new Set<string>();
  for (const u of urls) {
    const url = postgresUrl('DATABASE_REPLICA_URLS', u);
    const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
    if (seen.has(where)) throw new ConfigError('DATABASE_REPLICA_URLS', `names ${where} twice`);
    seen.add(where);
    if (primary) {
      const p = new URL(primary);
      if (`${p.hostname}:${p.port || '5432'}${p.pathname}` === where)
        throw new ConfigError('DATABASE_REPLICA_URLS', `names the primary (${where}), not a replica`);
    }
  }
  return urls;
}

function key(env: Env, name: string): Buffer | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const buf = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (buf.length !== 32) throw new ConfigError(name, 'must be 32 bytes, as 64 hex characters or base64');
  return buf;
}

function isoDate(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
  if (!ok) throw new ConfigError(name, `"${raw}" is not a date (expected YYYY-MM-DD)`);
  return raw;
}

function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((o) => {
    const origin = o.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(name, `"${origin}" is not an origin (expected https://host[:port])`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError(name, `"${origin}" is not an origin (expected https://host[:port], no path)`);
    }
    return origin;
  });
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const url = databaseUrl(env);
  const piiKey = key(env, 'PII_ENCRYPTION_KEY');
  if (url && !piiKey && nodeEnv === 'production') {
    throw new ConfigError('PII_ENCRYPTION_KEY', 'is required in production with DATABASE_URL');
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  if (!jwtSecret && nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required in production');
  return {
    nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    databaseUrl: url,
    replicaUrls: replicaUrls(env, url),
    replica: {
      maxLagMs: integer(env, 'REPLICA_MAX_LAG_MS', 10_000, 0, 3_600_000),
      waitMs: integer(env, 'REPLICA_WAIT_MS', 1_000, 0, 60_000),
      checkMs: integer(env, 'REPLICA_CHECK_MS', 500, 50, 60_000),
    },
    dbPoolMax: integer(env, 'DB_POOL_MAX', 10, 1, 500),
    webConcurrency: integer(env, 'WEB_CONCURRENCY', 1, 1, 64),
    dataDir: path.resolve(env.LINLI_DATA_DIR || path.join(repoRoot, '.data')),
    seedDemo: boolean(env, 'SEED_DEMO', url === undefined),
    demoDate: isoDate(env, 'DEMO_DATE'),
    piiKey,
    jwtSecret,
    accessTokenMinutes: integer(env, 'ACCESS_TOKEN_MINUTES', 15, 1, 1440),
    refreshTokenDays: integer(env, 'REFRESH_TOKEN_DAYS', 30, 1, 365),
    db: {
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000),
      lockTimeoutMs: integer(env, 'DB_LOCK_TIMEOUT_MS', 5_000, 0, 3_600_000),
      idleInTransactionTimeoutMs: integer(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 3_600_000),
    },
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 60_000, 0, 3_600_000),
    responseLimitBytes: integer(env, 'GRAPHQL_RESPONSE_LIMIT_KB', 16_384, 1, 1_048_576) * 1024,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    apiKeyRequestsPerMinute: integer(env, 'API_KEY_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
  };
}
