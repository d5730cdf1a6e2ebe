import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_SCOPE, type ScopeParams } from '../common/scope/scope-params';
import { migrationsList } from './migrations';
import { applyDeclaredObjects, type ApplyResult } from './schema/apply';
import { Client } from 'pg';
import { ormOptions, type OrmOverrides } from './mikro-orm.config';

/** An EntityManager that sees every row: for sign-in, seeding and jobs, never for a caller's request. */
export function systemFork(orm: MikroORM): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams('scope', SYSTEM_SCOPE);
  return em;
}

/** The EntityManager of one request: it sees what the caller's scope allows. */
export function scopedFork(orm: MikroORM, params: ScopeParams): EntityManager {
  return scopeFork(orm.em.fork(), params);
}

/**
 * Gives a fresh fork its caller's scope. Until then any entity query on it throws (no scope parameter:
 * fails closed), which lets a request look its caller up with raw SQL on its own fork first (request-context.ts).
 */
export function scopeFork(em: EntityManager, params: ScopeParams): EntityManager {
  em.setFilterParams('scope', params);
  return em;
}

export async function initOrm(url: string, overrides: OrmOverrides = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, overrides));
}

/** Creates the database named in `url` if the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Serializes the migrations of processes starting together on one database: arbitrary constant. */
const MIGRATION_LOCK = 7_250_103;

/**
 * Applies the pending migrations, then the declared functions, views and triggers (src/db/schema), one
 * process at a time: API processes started together (replicas, WEB_CONCURRENCY, a restart during a deploy)
 * wait on a session advisory lock, and the later ones find nothing left to apply. Returns the migrations
 * applied; `declared` receives what the declarations changed.
 */
export async function migrate(orm: MikroORM, declared?: (result: ApplyResult) => void): Promise<string[]> {
  const lock = new Client({ connectionString: orm.config.getClientUrl(), application_name: 'linli-migrate' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await orm.getMigrator().up();
    // A build older than the database (a replica restarting mid-deploy, an old checkout's `migrate`) must
    // not put its own definitions back over the newer ones, nor drop what it does not know.
    const known = new Set(migrationsList.map((m) => m.name));
    const { rows } = await lock.query<{ name: string }>('select name from mikro_orm_migrations');
    const newer = rows.map((r) => r.name.replace(/\.[jt]s$/, '')).filter((n) => !known.has(n));
    if (newer.length)
      declared?.({ applied: [], dropped: [], skipped: `the database has newer migrations (${newer[0]}…)` });
    else {
      // Applied whether or not the caller asks what changed (`declared?.(await …)` would skip the work).
      const result = await applyDeclaredObjects(lock);
      declared?.(result);
    }
    return done.map((m) => m.name);
  } finally {
    await lock.end(); // ends the session, and with it the lock
  }
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
