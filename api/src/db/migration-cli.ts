import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { ensureDatabase, initOrm, migrate } from './database';
import { applyDeclaredObjects, checkDeclaredObjects, type ApplyResult } from './schema/apply';
import { measureColumnsSql, measureMigration, type MeasureColumns } from './schema/report-measure-columns';
import { migrationsList } from './migrations';
import { checkLanded, recordLanded } from './migrations-landed';
import { MIGRATIONS_DIR, migrationsIndexFile, renderMigrationsIndex } from './migrations-index';
import { LinliSchemaGenerator } from './schema-generator';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `up`: apply pending migrations to DATABASE_URL or the embedded database.
 * `create [name]`: diff the entities against a scratch database migrated to the latest migration
 *   and write a new migration for the difference; first, when the report summaries lack columns for
 *   measures of report.measures.ts, a migration adding them (schema/report-measure-columns.ts).
 * `record`: record in migrations/landed.json the migrations not recorded yet (migrations-landed.ts).
 * `check`: fail (exit 1) when a landed migration was deleted or edited, when the entities and the
 *   migrations disagree, when the database's functions, views and triggers and their declarations in
 *   src/db/schema do, or when a report measure has no column in the summaries (CI runs this).
 */
async function run(command: string, name?: string): Promise<number> {
  if (command === 'record') {
    const added = await recordLanded(migrationsList);
    process.stdout.write(added.length ? `recorded: ${added.join(', ')}\n` : 'every migration is recorded\n');
    return 0;
  }
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let scratch: string | undefined;
  let url = config.databaseUrl;
  if (command === 'up' && !url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg') });
    if (embedded.attachedTo) process.stdout.write(`${attachedNote(embedded.attachedTo)}\n`);
    url = embedded.urlFor('linli');
  } else if (command !== 'up') {
    // create/check always use a throw-away database so that nothing real is touched.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-migrations-'));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg') });
    url = embedded.urlFor('scratch');
  }
  try {
    await ensureDatabase(url!);
    const orm = await initOrm(url!, { preferTs: true });
    try {
      let declared: ApplyResult = { applied: [], dropped: [] };
      const applied = await migrate(orm, (r) => (declared = r));
      if (command === 'up') {
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n');
        process.stdout.write(
          declared.skipped
            ? `declared functions, views and triggers left as they are: ${declared.skipped}\n`
            : `declared functions, views and triggers: ${declared.applied.length} replaced, ${declared.dropped.length} dropped, ${declared.adopted?.length ?? 0} found as declared\n`,
        );
        return 0;
      }
      const migrator = orm.getMigrator();
      if (command === 'check') {
        if (fs.readFileSync(migrationsIndexFile(), 'utf8') !== renderMigrationsIndex()) {
          process.stderr.write(
            'src/db/migrations/index.ts does not list every migration; run npm run migration:create\n',
          );
          return 1;
        }
        const landed = await checkLanded(migrationsList);
        if (landed.length) {
          process.stderr.write(`landed migrations changed:\n  ${landed.join('\n  ')}\n`);
          return 1;
        }
        const diff = await new LinliSchemaGenerator(orm.em).getUpdateSchemaSQL({ wrap: false, safe: false });
        if (diff.trim()) {
          process.stderr.write(`migrations are behind the entities; run npm run migration:create\n${diff}\n`);
          return 1;
        }
        const problems = await checkDeclared(url!);
        const measures = await withClient(url!, (db) => measureColumnsSql(db));
        if (measures.up.length) {
          process.stderr.write(
            `report summaries lack measure columns (src/modules/report/report.measures.ts); run npm run migration:create\n  ${measures.up.join('\n  ')}\n`,
          );
          return 1;
        }
        if (problems.length) {
          process.stderr.write(`declared functions, views and triggers disagree:\n  ${problems.join('\n  ')}\n`);
          return 1;
        }
        process.stdout.write(
          `migrations match the entities; ${declared.applied.length} declared objects applied, all match the source\n`,
        );
        return 0;
      }
      const measures = await withClient(url!, (db) => measureColumnsSql(db));
      if (measures.up.length) {
        const file = await writeMeasureMigration(name ?? 'report_measures', measures);
        process.stdout.write(
          `created ${file} (report measure columns); run npm run migration:create again for entity changes, ` +
            `and npm run migration:record once it is final\n`,
        );
        return 0;
      }
      const result = await migrator.createMigration(undefined, false, false, name);
      fs.writeFileSync(migrationsIndexFile(), renderMigrationsIndex());
      if (result.fileName) await formatMigration(path.join(path.dirname(migrationsIndexFile()), result.fileName));
      process.stdout.write(
        result.fileName ? `created ${result.fileName}; once it is final, npm run migration:record\n` : 'no changes\n',
      );
      return 0;
    } finally {
      await orm.close(true);
    }
  } finally {
    await embedded?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * On the scratch database: every function, view and trigger the migrations left is declared, each
 * declaration is deployed as it stands, and applying again changes nothing.
 */
async function checkDeclared(url: string): Promise<string[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const again = await applyDeclaredObjects(db);
    const problems = await checkDeclaredObjects(db);
    for (const key of [...again.applied, ...again.dropped]) problems.push(`${key}: applying twice changed it`);
    return problems;
  } finally {
    await db.end();
  }
}

async function withClient<T>(url: string, use: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

/** Writes the measure columns' migration, dated the day after the latest migration (the folder's order). */
async function writeMeasureMigration(name: string, sql: MeasureColumns): Promise<string> {
  const last = fs
    .readdirSync(MIGRATIONS_DIR)
    .map((f) => /^Migration(\d{8})\d{6}_/.exec(f)?.[1])
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)!;
  const next = new Date(`${last.slice(0, 4)}-${last.slice(4, 6)}-${last.slice(6, 8)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const className = `Migration${next.toISOString().slice(0, 10).replace(/-/g, '')}080000_${name}`;
  const file = path.join(MIGRATIONS_DIR, `${className}.ts`);
  fs.writeFileSync(file, measureMigration(className, sql));
  fs.writeFileSync(migrationsIndexFile(), renderMigrationsIndex());
  await formatMigration(file);
  return path.basename(file);
}

/** Migrations are formatted like the rest of the code (prettier is a development tool, loaded on demand). */
async function formatMigration(file: string): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(fs.readFileSync(file, 'utf8'), { ...options, filepath: file }));
}

run(process.argv[2] ?? 'up', process.argv[3]).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
