import type { MikroORM } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import { lsnValue } from './lsn';

/**
 * Read-your-writes across API processes (table read_fence, on the primary): after a caller's mutation, the
 * primary's WAL insert position, which is past the commit of everything the mutation wrote. A read of that
 * caller routed to a replica first waits for the replica to replay past it (ReplicaSet.caughtUp). Kept in
 * PostgreSQL, not in memory, because the caller's next request may reach another process.
 */
export const callerKey = (p: Principal): string => (p.kind === 'user' ? `user:${p.userId}` : `key:${p.apiKeyId}`);

export async function recordFence(primary: MikroORM, caller: string): Promise<void> {
  await primary.em
    .fork()
    .getConnection()
    .execute(
      `insert into read_fence (caller, lsn) values (?, pg_current_wal_insert_lsn())
       on conflict (caller) do update set lsn = excluded.lsn, written_at = now()`,
      [caller],
    );
}

export async function fenceOf(primary: MikroORM, caller: string): Promise<bigint | null> {
  const rows = await primary.em
    .fork()
    .getConnection()
    .execute<{ lsn: string }[]>(`select lsn::text lsn from read_fence where caller = ?`, [caller]);
  return rows.length ? lsnValue(rows[0].lsn) : null;
}
