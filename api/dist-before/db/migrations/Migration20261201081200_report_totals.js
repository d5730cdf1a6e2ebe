"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261201081200_report_totals = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Lean summaries without the person dimensions: one row per (project, day) and (project, month) instead of
 * one per (project, day, gender, age band, beneficiary category). Reports without a person grouping or a
 * beneficiary-category filter — most dashboard tiles — read these (tens of times fewer rows). Kept from
 * report_day / report_month by statement-level triggers (transition tables), so report_flush and
 * report_rebuild stay as they are and both levels always agree.
 */
const MEASURES = [
    'attended',
    'att_rows',
    'records',
    'minutes',
    'enrolments',
    'fee_fen',
    'subsidy_fen',
    'payable_fen',
    'waitlisted',
    'sessions_held',
    'capacity',
    'class_enrolled',
];
class Migration20261201081200_report_totals extends migrations_1.Migration {
    async up() {
        // The same definitions as plain expressions, so that PostgreSQL inlines them into the fact views
        // (a sub-select in a SQL function prevents inlining and costs a function call per fact row).
        this.addSql(`
create or replace function report_age_band(birth date, on_day date) returns text language sql immutable parallel safe as $$
  select case when birth is null then 'UNKNOWN'
    when extract(year from age(on_day, birth)) < 3 then 'A0_2' when extract(year from age(on_day, birth)) < 6 then 'A3_5'
    when extract(year from age(on_day, birth)) < 12 then 'A6_11' when extract(year from age(on_day, birth)) < 18 then 'A12_17'
    when extract(year from age(on_day, birth)) < 60 then 'A18_59' else 'A60_PLUS' end $$;`);
        this.addSql(`
create or replace function report_primary_category(cats text[]) returns text language sql immutable parallel safe as $$
  select case ${[
            'LEFT_BEHIND_CHILD',
            'CHILD_IN_DIFFICULTY',
            'INFANT',
            'CHILD',
            'DIFFICULT_WORKER',
            'NEW_EMPLOYMENT_FORM_WORKER',
            'INDUSTRIAL_WORKER',
            'FULL_TIME_MOTHER',
            'DUAL_EARNER_FAMILY',
            'WORKER',
            'ELDERLY',
            'DISABLED',
            'WOMAN',
            'OTHER',
        ]
            .map((c) => `when '${c}' = any(cats) then '${c}'`)
            .join(' ')} else 'NONE' end $$;`);
        // Every report read flushes first: with nothing pending, answer without the lock and the temp tables.
        this.addSql(`alter function report_flush() rename to report_flush_keys;`);
        this.addSql(`
create function report_flush() returns int language plpgsql as $$
begin
  if not exists (select 1 from report_dirty) then return 0; end if;
  return report_flush_keys();
end $$;`);
        for (const [table, key] of [
            ['report_day', 'day'],
            ['report_month', 'month'],
        ]) {
            const total = `${table}_total`;
            const cols = MEASURES.map((m) => `${m} bigint not null default 0`);
            this.addSql(`create table ${total} (project_id uuid not null, ${key} date not null, ${cols.join(', ')},
        primary key (project_id, ${key}));`);
            this.addSql(`create index ${total}_${key} on ${total} (${key});`);
            const sums = (sign) => MEASURES.map((m) => `${sign}sum(${m})`).join(', ');
            const upsert = (rows, sign) => `insert into ${total} (project_id, ${key}, ${MEASURES.join(', ')})
        select project_id, ${key}, ${sums(sign)} from ${rows} group by 1, 2
        on conflict (project_id, ${key}) do update set ${MEASURES.map((m) => `${m} = ${total}.${m} + excluded.${m}`).join(', ')}`;
            this.addSql(`
create function ${total}_keep() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then truncate ${total}; return null; end if;
  if tg_op = 'DELETE' then
    ${upsert('old_rows', '-')};
    -- a key whose facts are all gone leaves no row behind (as a rebuild would not have one)
    delete from ${total} t using (select distinct project_id, ${key} from old_rows) k
     where t.project_id = k.project_id and t.${key} = k.${key} and ${MEASURES.map((m) => `t.${m} = 0`).join(' and ')};
  else ${upsert('new_rows', '')}; end if;
  return null;
end $$;`);
            this.addSql(`create trigger ${total}_ins after insert on ${table} referencing new table as new_rows
        for each statement execute function ${total}_keep();`);
            this.addSql(`create trigger ${total}_del after delete on ${table} referencing old table as old_rows
        for each statement execute function ${total}_keep();`);
            this.addSql(`create trigger ${total}_trunc after truncate on ${table} for each statement execute function ${total}_keep();`);
            this.addSql(`insert into ${total} (project_id, ${key}, ${MEASURES.join(', ')})
        select project_id, ${key}, ${sums('')} from ${table} group by 1, 2;`);
        }
    }
    async down() {
        this.addSql(`drop function if exists report_flush();`);
        this.addSql(`alter function report_flush_keys() rename to report_flush;`);
        for (const table of ['report_day', 'report_month']) {
            for (const t of ['ins', 'del', 'trunc'])
                this.addSql(`drop trigger if exists ${table}_total_${t} on ${table};`);
            this.addSql(`drop function if exists ${table}_total_keep();`);
            this.addSql(`drop table if exists ${table}_total;`);
        }
    }
}
exports.Migration20261201081200_report_totals = Migration20261201081200_report_totals;
//# sourceMappingURL=Migration20261201081200_report_totals.js.map