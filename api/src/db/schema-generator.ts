import type { MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { SqlSchemaGenerator, type DatabaseSchema, type EntityManager } from '@mikro-orm/postgresql';

/**
 * Columns the database keeps and the entities do not map. `attendance.session_day` is its session's date,
 * set by the attendance_guard trigger (schema/integrity.functions.ts) and part of attendance's primary key,
 * for a later partitioning by month (docs/scaling.md). The ORM never reads or writes it: attendance ids
 * (UUID v7) stay unique on their own, so reads and writes by id are unchanged.
 */
const UNMAPPED = [
  { table: 'attendance', column: 'session_day', like: { table: 'class_session', column: 'date' }, primaryKey: true },
];

/**
 * The schema generator, told about those columns: without them, every `migration:create` and
 * `migration:check` would want the column dropped and attendance's primary key back to `(id)`.
 * migration-cli.ts diffs with it; the migrator below creates migrations with it.
 */
export class LinliSchemaGenerator extends SqlSchemaGenerator {
  override getTargetSchema(schema?: string): DatabaseSchema {
    const target = super.getTargetSchema(schema);
    for (const u of UNMAPPED) {
      const table = target.getTable(u.table);
      const like = target.getTable(u.like.table)?.getColumn(u.like.column);
      if (!table || !like) throw new Error(`schema generator: ${u.table}.${u.column} not understood`);
      table.addColumn({ ...like, name: u.column });
      const key = table.getPrimaryKey();
      if (u.primaryKey && key) key.columnNames = [...key.columnNames, u.column];
    }
    return target;
  }
}

/**
 * The migrator, diffing with LinliSchemaGenerator. MikroORM's Migrator makes its own SqlSchemaGenerator in its
 * constructor (a TypeScript-private field, @mikro-orm/migrations 6.6), so the subclass replaces it there.
 */
export class LinliMigrator extends Migrator {
  constructor(em: EntityManager) {
    super(em);
    (this as unknown as { schemaGenerator: SqlSchemaGenerator }).schemaGenerator = new LinliSchemaGenerator(em);
  }

  static override register(orm: MikroORM): void {
    orm.config.registerExtension('@mikro-orm/migrator', () => new LinliMigrator(orm.em as EntityManager));
  }
}
