"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261203080100_report_visit_diff = void 0;
const migrations_1 = require("@mikro-orm/migrations");
const Migration20261203080000_report_visits_1 = require("./Migration20261203080000_report_visits");
/**
 * report_visit_refresh(ids) writes only the visit rows that differ. The first version deleted and
 * re-inserted all of each person's rows (every month, node and category: ~40 rows a person on the
 * benchmark's data), so the first report read after a roster save went from ~200 ms to ~500 ms; a flush
 * passes every person of each recomputed project-month, and for most of them nothing changed at all.
 * Now the new rows are computed into a work table, compared with the stored ones, and only the rows gone
 * or changed are deleted and only the new or changed ones inserted; report_visit_gap moves by those rows.
 */
const PK = ['node_id', 'own', 'category', 'month', 'beneficiary_id'];
const same = (a, b) => `(${PK.map((c) => `${a}.${c}`).join(', ')}) = (${PK.map((c) => `${b}.${c}`).join(', ')})`;
class Migration20261203080100_report_visit_diff extends migrations_1.Migration {
    async up() {
        this.addSql(`
create or replace function report_visit_refresh(ids uuid[]) returns void language plpgsql as $$
begin
  ${Migration20261203080000_report_visits_1.GAP_WORK}
  if to_regclass('pg_temp.report_t3_new') is null then
    create temp table report_t3_new as select * from report_visit with no data;
    create temp table report_t3_gone as select * from report_visit with no data;
    create temp table report_t3_added as select * from report_visit with no data;
  end if;
  truncate report_t3_new, report_t3_gone, report_t3_added;
  insert into report_t3_new (${Migration20261203080000_report_visits_1.COLS}) ${(0, Migration20261203080000_report_visits_1.visitRows)('pf.beneficiary_id = any(ids)')};
  insert into report_t3_gone select * from report_visit where beneficiary_id = any(ids) except select * from report_t3_new;
  insert into report_t3_added select * from report_t3_new
    except select * from report_visit where beneficiary_id = any(ids);
  if not exists (select 1 from report_t3_gone) and not exists (select 1 from report_t3_added) then return; end if;
  delete from report_visit v using report_t3_gone g where ${same('v', 'g')};
  insert into report_visit select * from report_t3_added;
  insert into report_t3_gap select ${Migration20261203080000_report_visits_1.GAP_KEY}, -1 from report_t3_gone
    union all select ${Migration20261203080000_report_visits_1.GAP_KEY}, 1 from report_t3_added;
  ${Migration20261203080000_report_visits_1.APPLY_GAP}
end $$;`);
    }
    async down() {
        // The whole-person rewrite, as report_visits made it.
        this.addSql(`create or replace ${(0, Migration20261203080000_report_visits_1.visitRefresh)()}`);
    }
}
exports.Migration20261203080100_report_visit_diff = Migration20261203080100_report_visit_diff;
//# sourceMappingURL=Migration20261203080100_report_visit_diff.js.map