"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261202080300_report_pending = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * report_pending(): whether any summary key is still to be folded in (the dirty check of the one-statement
 * dashboard read, report.nodes.ts). PARALLEL UNSAFE on purpose, and plpgsql so that it is never inlined: a
 * query that calls it gets no parallel plan. The read is a UNION ALL of a few index range scans (a few hundred
 * rows); the planner still chose a Parallel Append for it, and starting the workers cost more than the whole
 * read (measured on the benchmark's dataset: 18–25 ms instead of ~2 ms, see bench/RESULTS.md).
 */
class Migration20261202080300_report_pending extends migrations_1.Migration {
    async up() {
        this.addSql(`
create function report_pending() returns boolean language plpgsql stable parallel unsafe as $$
begin
  return exists (select 1 from report_dirty) or exists (select 1 from report_dirty_need);
end $$;`);
    }
    async down() {
        this.addSql('drop function if exists report_pending();');
    }
}
exports.Migration20261202080300_report_pending = Migration20261202080300_report_pending;
//# sourceMappingURL=Migration20261202080300_report_pending.js.map