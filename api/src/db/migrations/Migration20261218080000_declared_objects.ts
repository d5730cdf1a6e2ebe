import { Migration } from '@mikro-orm/migrations';

/**
 * Functions, views and triggers move out of the migrations into declarations in source (src/db/schema),
 * applied after the migrations (issue 19 item 2). declared_object remembers what was applied: per object,
 * the hash of its declaration, the hash of what the catalog printed for it then, and how to drop it once its
 * declaration is removed. report_t_init() is dead (nothing has called it since report_keyed_flush) and goes.
 */
export class Migration20261218080000_declared_objects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table declared_object (
  key text primary key,
  kind text not null check (kind in ('function', 'view', 'trigger')),
  source_hash text not null,
  deployed_hash text not null,
  drop_sql text not null,
  applied_at timestamptz not null default now()
);`);
    this.addSql(`drop function report_t_init();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table declared_object;`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.report_t_init()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
begin
  create temp table if not exists report_t_keys (project_id uuid, day date) on commit delete rows;
  create temp table if not exists report_t_months (project_id uuid, month date) on commit delete rows;
  create temp table if not exists report_t_new (project_id uuid, month date, beneficiary_id uuid, age_band text,
    gender text, ben_cat text) on commit delete rows;
  create temp table if not exists report_t_pm (project_id uuid, month date, beneficiary_id uuid, gender text,
    ben_cat text, path text, category text, delta int) on commit delete rows;
end $function$`);
  }
}
