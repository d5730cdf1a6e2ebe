"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261201090100_project_lifecycle_triggers = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Rules of the project lifecycle that the database keeps itself, whatever client writes:
 * - service_project.status changes only along the lifecycle (modules/project/project-status.rules.ts
 *   holds the same table; a test compares both over all 49 pairs): DRAFT → SUBMITTED → APPROVED |
 *   REJECTED, REJECTED → DRAFT, APPROVED → ACTIVE → COMPLETED, and CANCELLED from any state but
 *   COMPLETED and CANCELLED. Any other change is a check_violation on
 *   service_project_status_transition. Inserts may carry any status (imports, demo data).
 * - service_project.parent_id: a project cannot be its own ancestor (check_violation on
 *   service_project_parent_id_no_cycle), checked on insert and on a parent change.
 */
class Migration20261201090100_project_lifecycle_triggers extends migrations_1.Migration {
    async up() {
        this.addSql(`
create function service_project_status_transition() returns trigger language plpgsql as $$
begin
  if new.status is distinct from old.status and not (
       (old.status, new.status) in (
         ('DRAFT', 'SUBMITTED'), ('SUBMITTED', 'APPROVED'), ('SUBMITTED', 'REJECTED'), ('REJECTED', 'DRAFT'),
         ('APPROVED', 'ACTIVE'), ('ACTIVE', 'COMPLETED'))
       or (new.status = 'CANCELLED' and old.status not in ('COMPLETED', 'CANCELLED'))) then
    raise exception 'a project cannot move from % to %', old.status, new.status
      using errcode = 'check_violation', constraint = 'service_project_status_transition';
  end if;
  return new;
end $$;`);
        this.addSql(`
create trigger service_project_status_transition before update of status on service_project
  for each row execute function service_project_status_transition();`);
        this.addSql(`
create function service_project_no_cycle() returns trigger language plpgsql as $$
begin
  if exists (
    with recursive up (id, parent_id) as (
      select p.id, p.parent_id from service_project p where p.id = new.parent_id
      union
      select p.id, p.parent_id from service_project p join up on p.id = up.parent_id
    )
    select 1 from up where up.id = new.id) then
    raise exception 'a project cannot be placed under itself or one of its sub-projects'
      using errcode = 'check_violation', constraint = 'service_project_parent_id_no_cycle';
  end if;
  return new;
end $$;`);
        this.addSql(`
create trigger service_project_no_cycle before insert or update of parent_id on service_project
  for each row when (new.parent_id is not null) execute function service_project_no_cycle();`);
    }
    async down() {
        this.addSql('drop trigger if exists service_project_no_cycle on service_project;');
        this.addSql('drop function if exists service_project_no_cycle();');
        this.addSql('drop trigger if exists service_project_status_transition on service_project;');
        this.addSql('drop function if exists service_project_status_transition();');
    }
}
exports.Migration20261201090100_project_lifecycle_triggers = Migration20261201090100_project_lifecycle_triggers;
//# sourceMappingURL=Migration20261201090100_project_lifecycle_triggers.js.map