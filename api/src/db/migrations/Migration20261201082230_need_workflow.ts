import { Migration } from '@mikro-orm/migrations';

/**
 * The need workflow's columns, and its moves kept by the database: OPEN → MATCHED (or a new match),
 * MATCHED → IN_PROGRESS → FULFILLED, and CLOSED from any open state (need_request_status_transition).
 */
export class Migration20261201082230_need_workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "need_request" add column "matched_at" timestamptz null, add column "resolved_at" timestamptz null, add column "resolution_note" text null;`,
    );
    this.addSql(
      `alter table "need_request" add constraint need_request_matched_project_id_check check(status <> all (array['MATCHED', 'IN_PROGRESS', 'FULFILLED']) or matched_project_id is not null);`,
    );
    this.addSql(`
create function need_request_status_guard() returns trigger language plpgsql as $$
begin
  if new.status is distinct from old.status and not (
       (old.status = 'OPEN' and new.status = 'MATCHED')
    or (old.status = 'MATCHED' and new.status = 'IN_PROGRESS')
    or (old.status = 'IN_PROGRESS' and new.status = 'FULFILLED')
    or (old.status in ('OPEN', 'MATCHED', 'IN_PROGRESS') and new.status = 'CLOSED')) then
    raise exception 'a need cannot move from % to %', old.status, new.status
      using errcode = 'check_violation', constraint = 'need_request_status_transition';
  end if;
  return new;
end $$;`);
    this.addSql(`
create trigger need_request_status_guard before update of status on need_request
  for each row execute function need_request_status_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists need_request_status_guard on need_request;');
    this.addSql('drop function if exists need_request_status_guard();');
    this.addSql(`alter table "need_request" drop constraint need_request_matched_project_id_check;`);
    this.addSql(
      `alter table "need_request" drop column "matched_at", drop column "resolved_at", drop column "resolution_note";`,
    );
  }
}
