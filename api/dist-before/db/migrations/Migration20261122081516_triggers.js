"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261122081516_triggers = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Rules the database keeps itself, whatever client writes:
 * - organization.path: `/rootId/…/id/`, set on insert and on a parent change; a parent that is the
 *   node itself or one of its descendants is refused (check_violation on organization_no_cycle);
 *   moving a node moves the paths of its whole subtree.
 * - service_class.enrolled_count: the number of live ENROLLED enrolments, kept on every insert,
 *   update and delete of enrolment rows; with the CHECK 0 <= enrolled_count <= capacity the
 *   database itself refuses an overbooked class or a capacity below the number enrolled.
 */
class Migration20261122081516_triggers extends migrations_1.Migration {
    async up() {
        this.addSql(`
create function organization_set_path() returns trigger language plpgsql as $$
declare
  parent_path text;
begin
  if new.parent_id is null then
    new.path := '/' || new.id || '/';
  else
    select path into parent_path from organization where id = new.parent_id;
    if parent_path is null then
      raise exception 'parent organization % does not exist', new.parent_id
        using errcode = 'foreign_key_violation', constraint = 'organization_parent_id_foreign';
    end if;
    if position('/' || new.id || '/' in parent_path) > 0 then
      raise exception 'an organization cannot be placed under itself or its own descendant'
        using errcode = 'check_violation', constraint = 'organization_parent_id_no_cycle';
    end if;
    new.path := parent_path || new.id || '/';
  end if;
  return new;
end $$;`);
        this.addSql(`
create trigger organization_set_path before insert or update of parent_id on organization
  for each row execute function organization_set_path();`);
        // "update of parent_id": an UPDATE OF trigger fires for columns named in the statement, not for
        // changes a BEFORE trigger makes; the subtree update below sets only path, so it does not recurse.
        this.addSql(`
create function organization_move_subtree() returns trigger language plpgsql as $$
begin
  update organization set path = new.path || substr(path, length(old.path) + 1)
   where path like old.path || '_%' and id <> new.id;
  return null;
end $$;`);
        this.addSql(`
create trigger organization_move_subtree after update of parent_id on organization
  for each row when (old.path is distinct from new.path)
  execute function organization_move_subtree();`);
        this.addSql(`
create function enrollment_sync_enrolled_count() returns trigger language plpgsql as $$
declare
  was_live boolean := tg_op <> 'INSERT' and old.status = 'ENROLLED' and old.deleted_at is null;
  is_live boolean := tg_op <> 'DELETE' and new.status = 'ENROLLED' and new.deleted_at is null;
begin
  if was_live and (not is_live or old.class_id <> new.class_id) then
    update service_class set enrolled_count = enrolled_count - 1 where id = old.class_id;
  end if;
  if is_live and (not was_live or old.class_id <> new.class_id) then
    update service_class set enrolled_count = enrolled_count + 1 where id = new.class_id;
  end if;
  return null;
end $$;`);
        this.addSql(`
create trigger enrollment_sync_enrolled_count after insert or delete or update of status, deleted_at, class_id on enrollment
  for each row execute function enrollment_sync_enrolled_count();`);
    }
    async down() {
        this.addSql('drop trigger if exists enrollment_sync_enrolled_count on enrollment;');
        this.addSql('drop function if exists enrollment_sync_enrolled_count();');
        this.addSql('drop trigger if exists organization_move_subtree on organization;');
        this.addSql('drop function if exists organization_move_subtree();');
        this.addSql('drop trigger if exists organization_set_path on organization;');
        this.addSql('drop function if exists organization_set_path();');
    }
}
exports.Migration20261122081516_triggers = Migration20261122081516_triggers;
//# sourceMappingURL=Migration20261122081516_triggers.js.map