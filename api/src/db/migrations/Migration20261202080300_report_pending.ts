import { Migration } from '@mikro-orm/migrations';

/**
 * report_pending(): whether any summary key is still to be folded in (the dirty check of the one-statement
 * dashboard read, report.nodes.ts). PARALLEL UNSAFE on purpose, and plpgsql so that it is never inlined: a
 * query that calls it gets no parallel plan. The read is a UNION ALL of a few index range scans (a few hundred
 * rows); the planner still chose a Parallel Append for it, and starting the workers cost more than the whole
 * read (measured on the benchmark's dataset: 18–25 ms instead of ~2 ms, see bench/RESULTS.md).
 */
export class Migration20261202080300_report_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function report_pending() returns boolean language plpgsql stable parallel unsafe as $$
begin
  return exists (select 1 from report_dirty) or exists (select 1 from report_dirty_need);
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists report_pending();');
  }
}
