import { Migration } from '@mikro-orm/migrations';

/**
 * Read-your-writes with read replicas (issue 21 item 2, src/db/replica/read-fence.ts): per caller, the
 * primary's WAL position just after the caller's last write. A read routed to a replica first waits until the
 * replica has replayed past it. Unlogged: it is read on the primary only, is worth nothing after a crash
 * (a promoted replica starts with every write replayed), and costs no WAL.
 */
export class Migration20261219080000_read_fence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table read_fence (
  caller text primary key,
  lsn pg_lsn not null,
  written_at timestamptz not null default now()
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table read_fence;`);
  }
}
