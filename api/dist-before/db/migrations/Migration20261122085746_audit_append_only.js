"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Migration20261122085746_audit_append_only = void 0;
const migrations_1 = require("@mikro-orm/migrations");
/**
 * Audit events are append-only: whatever connects, an UPDATE or DELETE of a row is refused by the
 * database itself (a role with the right to drop the trigger is an operator, not the application).
 */
class Migration20261122085746_audit_append_only extends migrations_1.Migration {
    async up() {
        this.addSql(`
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit events cannot be changed or deleted' using errcode = 'insufficient_privilege';
end $$;`);
        this.addSql(`
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_append_only();`);
        this.addSql(`
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_append_only();`);
    }
    async down() {
        this.addSql('drop trigger if exists audit_event_no_truncate on audit_event;');
        this.addSql('drop trigger if exists audit_event_append_only on audit_event;');
        this.addSql('drop function if exists audit_event_append_only();');
    }
}
exports.Migration20261122085746_audit_append_only = Migration20261122085746_audit_append_only;
//# sourceMappingURL=Migration20261122085746_audit_append_only.js.map