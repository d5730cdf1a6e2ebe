import { Migration } from '@mikro-orm/migrations';

/**
 * Notifies `linli_caller` when what a request's caller is made of changes (modules/account/caller-cache.ts):
 * an account (role, organization, active, deleted), a sign-in (a refresh-token family revoked or removed),
 * an organization's path or deletion (`*`: every caller below it). pg_notify is transactional: listeners
 * hear it after the commit, never for a rollback, and identical payloads of one transaction once.
 */
export class Migration20261214080000_caller_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function linli_caller_changed() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'organization' then
    perform pg_notify('linli_caller', '*');
  elsif tg_table_name = 'refresh_token' then
    perform pg_notify('linli_caller', old.user_id::text);
  else
    perform pg_notify('linli_caller', old.id::text);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger app_user_caller_changed after update or delete on app_user
  for each row execute function linli_caller_changed();`);
    this.addSql(`create trigger refresh_token_caller_changed after update or delete on refresh_token
  for each row execute function linli_caller_changed();`);
    this.addSql(`create trigger organization_caller_changed after update of path, deleted_at or delete on organization
  for each statement execute function linli_caller_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists app_user_caller_changed on app_user;`);
    this.addSql(`drop trigger if exists refresh_token_caller_changed on refresh_token;`);
    this.addSql(`drop trigger if exists organization_caller_changed on organization;`);
    this.addSql(`drop function if exists linli_caller_changed();`);
  }
}
