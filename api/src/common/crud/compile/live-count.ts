/**
 * The tables whose live rows (not soft-deleted) are counted as they change: a per-statement trigger appends
 * each statement's net change to `live_count_delta` (db/schema/live-count.functions.ts), so that "how many
 * live rows" is a sum over a few rows instead of a scan of the table. These are the tables a console list
 * can show tens of thousands to millions of: counting 100,000 enrollments cost PostgreSQL about 6 ms a page
 * (docs/read-path.md, "Counting every live row"), and the projects' list, whose count was a third of its
 * statement. Not service_class: every enrollment updates its class's row (enrolled_count), and each of those
 * statements would pay for the trigger's transition tables.
 */
export const LIVE_COUNTED_TABLES = [
  'attendance',
  'beneficiary',
  'class_session',
  'enrollment',
  'service_project',
  'service_record',
];

/**
 * The count of every live row of a table, from the deltas: exact, and seen under the statement's snapshot
 * like the table itself (the deltas are written by the same transactions as the rows).
 */
export const liveCountSql = (table: string) =>
  `select coalesce(sum(delta), 0)::int as n from live_count_delta where table_name = '${table}'`;
