import { ReferenceKind, defineConfig, type EntityManager, type Options } from '@mikro-orm/postgresql';
import path from 'node:path';
import { scopeCondition } from '../common/scope/scope-rules';
import type { ScopeParams } from '../common/scope/scope-params';
import { entities } from '../modules/entities';
import { CommitGate } from './commit-gate';
import { LinliMigrator } from './schema-generator';
import { migrationsList } from './migrations';

/** Migrations are kept as TypeScript in src/db/migrations and run compiled from dist/db/migrations. */
const migrationsTs = path.resolve(__dirname, '..', '..', 'src', 'db', 'migrations');
const migrationsJs = path.resolve(__dirname, '..', '..', 'dist', 'db', 'migrations');

export interface OrmOverrides {
  poolMax?: number;
  /** Run without entities: enough to apply migrations (which are plain SQL). */
  migrationsOnly?: boolean;
  /** Called with every SQL statement (statement counting in tests). */
  onQuery?: (sql: string) => void;
  /** Load migrations from the TypeScript sources (tests and the migration CLI run untranspiled). */
  preferTs?: boolean;
  /**
   * Time bounds set on every pooled connection (config.ts `db`): the serving pool has them; migrations,
   * seeding and the benchmark's rebuild (long statements on purpose) run without.
   */
  timeouts?: { statementTimeoutMs: number; lockTimeoutMs: number; idleInTransactionTimeoutMs: number };
  /**
   * A read replica (db/replica): never create its database, and do not fail start-up when it does not answer
   * (the replica set retries it).
   */
  replica?: boolean;
}

export function ormOptions(clientUrl: string | undefined, overrides: OrmOverrides = {}): Options {
  return defineConfig({
    clientUrl,
    entities: overrides.migrationsOnly ? [] : entities,
    discovery: {
      disableDynamicFileAccess: true,
      warnWhenNoEntities: !overrides.migrationsOnly,
      // Every foreign key gets an index (PostgreSQL does not make one): joins, relation loaders and
      // the "still referenced?" check before a soft delete all filter on them.
      onMetadata: (meta) => {
        for (const prop of meta.props) {
          if (prop.kind === ReferenceKind.MANY_TO_ONE && prop.index === undefined) prop.index = true;
        }
      },
    },
    // Soft delete: every read path (find, count, populate, loaders) hides deleted rows.
    filters: {
      notDeleted: { name: 'notDeleted', cond: { deletedAt: null }, default: true },
      // Who may see which rows (common/scope/scope-rules.ts). It takes arguments, so a query on an
      // EntityManager where none were set throws: scoping fails closed.
      scope: {
        name: 'scope',
        cond: (
          args: Record<string, unknown>,
          _type: string,
          em: EntityManager,
          _options: unknown,
          entityName?: unknown,
        ) => scopeCondition(em, entityNameOf(entityName), args as ScopeParams),
        default: true,
        args: true,
      },
    },
    // Cross-scope references are normal here (a child registered in another community): never drop a
    // row because its parent is filtered out; relation fields resolve to null instead.
    autoJoinRefsForFilters: false,
    forceUtcTimezone: true,
    ...(overrides.replica ? { ensureDatabase: false, connect: false } : {}),
    // The report summaries (report_*) are kept by SQL functions and triggers, not by entities.
    // declared_object records the functions, views and triggers applied from src/db/schema.
    // live_count_delta is kept by triggers (src/db/schema/live-count.functions.ts).
    schemaGenerator: { skipTables: [/^report_/, 'declared_object', 'read_fence', 'live_count_delta'] },
    preferTs: overrides.preferTs ?? false,
    allowGlobalContext: false,
    pool: { min: 0, max: overrides.poolMax ?? 10 },
    // One gate per ORM: closed at shutdown so that nothing commits after its client was cut off.
    subscribers: [new CommitGate()],
    driverOptions: overrides.timeouts
      ? {
          connection: {
            statement_timeout: overrides.timeouts.statementTimeoutMs,
            lock_timeout: overrides.timeouts.lockTimeoutMs,
            idle_in_transaction_session_timeout: overrides.timeouts.idleInTransactionTimeoutMs,
            // A replica host that does not answer must not hold a request for long: it falls out of rotation.
            ...(overrides.replica ? { connectionTimeoutMillis: 3_000 } : {}),
          },
        }
      : {},
    // MikroORM's Migrator, told about the columns the database keeps and the entities do not map.
    extensions: [LinliMigrator],
    migrations: {
      path: migrationsJs,
      pathTs: migrationsTs,
      glob: '!(*.d).{js,ts}',
      // Run from a static list (migrations/index.ts), not by scanning a folder: see migrations-index.ts.
      migrationsList,
      transactional: true,
      allOrNothing: true,
      // No snapshot: new migrations are diffed against a real database migrated to the latest one.
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    debug: overrides.onQuery ? ['query'] : false,
    logger: overrides.onQuery ? (message: string) => overrides.onQuery?.(message) : () => undefined,
  });
}

const entityNameOf = (name: unknown): string =>
  typeof name === 'string' ? name : ((name as { name?: string } | undefined)?.name ?? '');
