import type { ClientBase } from 'pg';
import { FACT_MEASURES, NODE_MEASURES } from '../../modules/report/report.measures';

/**
 * The summary tables that keep measures, one column per measure named as report.measures.ts names it, and
 * which list each keeps. A measure added to the list needs its column in each of them: `measureColumnsSql`
 * writes the statements for the columns missing from a migrated database, `npm run migration:create` puts
 * them into a new migration (literal SQL, as every migration) and `migration:check` fails while any is
 * missing. The temporary tables of the fold are made from the lists themselves (report-flush.functions.ts).
 */
export const MEASURE_TABLES: Readonly<Record<string, readonly string[]>> = {
  report_day: FACT_MEASURES,
  report_month: FACT_MEASURES,
  report_node_day: FACT_MEASURES,
  report_node_day_all: FACT_MEASURES,
  report_node_month: NODE_MEASURES,
  report_node_month_all: NODE_MEASURES,
};

/** The statements that add missing measure columns (`up`) and take them out again (`down`). */
export interface MeasureColumns {
  up: string[];
  down: string[];
}

/**
 * The statements that give every table of `tables` its missing measure columns (bigint, 0 for the rows
 * already there, which a rebuild then fills) and that widen the tables' covering keys (a primary key
 * `include`-ing the measures, so that dashboard reads stay index-only scans) by the same columns.
 */
export async function measureColumnsSql(
  db: ClientBase,
  tables: Readonly<Record<string, readonly string[]>> = MEASURE_TABLES,
): Promise<MeasureColumns> {
  const out: MeasureColumns = { up: [], down: [] };
  for (const [table, measures] of Object.entries(tables)) {
    const { rows: columns } = await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1`,
      [table],
    );
    if (!columns.length) throw new Error(`summary table ${table} does not exist: migrate first`);
    const have = new Set(columns.map((c) => c.column_name));
    const missing = measures.filter((m) => !have.has(m));
    if (!missing.length) continue;
    out.up.push(`alter table ${table} ${missing.map((m) => `add column ${m} bigint not null default 0`).join(', ')};`);
    const { rows: keys } = await db.query<{ name: string; def: string }>(
      `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid = $1::regclass and contype = 'p'`,
      [table],
    );
    const rekey = (name: string, cols: string, include: string) =>
      `alter table ${table} drop constraint ${name}, add constraint ${name} primary key (${cols}) include (${include});`;
    for (const key of keys) {
      const covering = /^PRIMARY KEY \((.+)\) INCLUDE \((.+)\)$/.exec(key.def);
      if (!covering) continue;
      out.up.push(rekey(key.name, covering[1], `${covering[2]}, ${missing.join(', ')}`));
      out.down.push(rekey(key.name, covering[1], covering[2]));
    }
    out.down.push(`alter table ${table} ${missing.map((m) => `drop column ${m}`).join(', ')};`);
  }
  return out;
}

/** A migration class `className` of `sql`, in the repository's form: literal SQL, up and down. */
export function measureMigration(className: string, sql: MeasureColumns): string {
  const lit = (statement: string) => `    this.addSql(\`${statement}\`);`;
  return `import { Migration } from '@mikro-orm/migrations';

/**
 * Measure columns of the report summaries, written by npm run migration:create from
 * src/modules/report/report.measures.ts. The new columns start at 0 in the rows already there: run
 * npm run report:rebuild after deploying to fill them.
 */
export class ${className} extends Migration {
  override async up(): Promise<void> {
${sql.up.map(lit).join('\n')}
  }

  override async down(): Promise<void> {
${sql.down.map(lit).join('\n')}
  }
}
`;
}
