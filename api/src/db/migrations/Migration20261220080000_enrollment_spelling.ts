import { Migration } from '@mikro-orm/migrations';

/**
 * One spelling (issue 20 item 5, docs/glossary.md): the report summaries' `enrolments` columns become
 * `enrollments`, like the entity, the GraphQL field and the code. The views and functions that read them are
 * declared in src/db/schema and re-applied after this. PostgreSQL 18 names each column's not-null constraint
 * after the column; those names follow where they exist (older servers have none).
 */
export class Migration20261220080000_enrollment_spelling extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table report_day rename column enrolments to enrollments;`);
    this.addSql(`alter table report_day_total rename column enrolments to enrollments;`);
    this.addSql(`alter table report_month rename column enrolments to enrollments;`);
    this.addSql(`alter table report_month_total rename column enrolments to enrollments;`);
    this.addSql(`alter table report_node_day rename column enrolments to enrollments;`);
    this.addSql(`alter table report_node_day_all rename column enrolments to enrollments;`);
    this.addSql(`alter table report_node_month rename column enrolments to enrollments;`);
    this.addSql(`alter table report_node_month_all rename column enrolments to enrollments;`);
    this.addSql(`do $$
declare r record;
begin
  for r in select conrelid::regclass::text t, conname from pg_constraint where conname like '%\\_enrolments\\_not\\_null' loop
    execute format('alter table %s rename constraint %I to %I', r.t, r.conname, replace(r.conname, 'enrolments', 'enrollments'));
  end loop;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table report_day rename column enrollments to enrolments;`);
    this.addSql(`alter table report_day_total rename column enrollments to enrolments;`);
    this.addSql(`alter table report_month rename column enrollments to enrolments;`);
    this.addSql(`alter table report_month_total rename column enrollments to enrolments;`);
    this.addSql(`alter table report_node_day rename column enrollments to enrolments;`);
    this.addSql(`alter table report_node_day_all rename column enrollments to enrolments;`);
    this.addSql(`alter table report_node_month rename column enrollments to enrolments;`);
    this.addSql(`alter table report_node_month_all rename column enrollments to enrolments;`);
    this.addSql(`do $$
declare r record;
begin
  for r in select conrelid::regclass::text t, conname from pg_constraint where conname like '%\\_enrollments\\_not\\_null' loop
    execute format('alter table %s rename constraint %I to %I', r.t, r.conname, replace(r.conname, 'enrollments', 'enrolments'));
  end loop;
end $$;`);
  }
}
