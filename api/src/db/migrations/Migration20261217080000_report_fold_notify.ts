import { Migration } from '@mikro-orm/migrations';

/**
 * No writes on the read path (issue 19, item 4): a dashboard read no longer folds pending keys in; the
 * API's report folder does (modules/report/report.folder.ts), woken by `linli_report` notifications.
 *
 * - report_dirty and report_dirty_need remember when each key was queued (`at`, the writing transaction's
 *   start). Everything committed before the oldest queued key is folded in, so that time (or the
 *   statement's own start when nothing is queued) is what a read's figures are complete to:
 *   report_as_of_ms(), read by every summary statement.
 * - Inserting keys notifies `linli_report` once per statement that queued any (pg_notify is delivered after
 *   the commit, never for a rollback).
 * - report_pending_since() is the oldest queued key's time (null when none): `fresh` reads wait on it.
 */
export class Migration20261217080000_report_fold_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table report_dirty add column at timestamptz not null default now();`);
    this.addSql(`alter table report_dirty_need add column at timestamptz not null default now();`);
    this.addSql(`
create function report_pending_since() returns timestamptz language plpgsql stable parallel unsafe as $$
begin
  return least((select min(at) from report_dirty), (select min(at) from report_dirty_need));
end $$;`);
    this.addSql(`
create function report_as_of_ms() returns bigint language plpgsql stable parallel unsafe as $$
begin
  return (extract(epoch from coalesce(report_pending_since(), statement_timestamp())) * 1000)::bigint;
end $$;`);
    this.addSql(`
create function report_queued() returns trigger language plpgsql as $$
begin
  if exists (select 1 from queued) then perform pg_notify('linli_report', ''); end if;
  return null;
end $$;`);
    this.addSql(`create trigger report_dirty_queued after insert on report_dirty
  referencing new table as queued for each statement execute function report_queued();`);
    this.addSql(`create trigger report_dirty_need_queued after insert on report_dirty_need
  referencing new table as queued for each statement execute function report_queued();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists report_dirty_queued on report_dirty;`);
    this.addSql(`drop trigger if exists report_dirty_need_queued on report_dirty_need;`);
    this.addSql(`drop function if exists report_queued();`);
    this.addSql(`drop function if exists report_as_of_ms();`);
    this.addSql(`drop function if exists report_pending_since();`);
    this.addSql(`alter table report_dirty drop column at;`);
    this.addSql(`alter table report_dirty_need drop column at;`);
  }
}
