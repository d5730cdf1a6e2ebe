import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInChina } from '../../common/validators';
import type { Partnership } from './partnership.entity';
import { PartnershipStatus } from './partnership.enums';

/**
 * A partnership past its end date (`until`, a China date) is over: ACTIVE or SUSPENDED become ENDED, so
 * that no screen says 合作中 after the end and a filter on status agrees with what is shown. Kept on every
 * write (the validate hook) and, as days pass, by `expirePartnerships` run at start and every hour.
 */
export function partnershipDatesRule(_tx: EntityManager, rows: Partnership[]): Promise<void> {
  const today = todayInChina();
  for (const row of rows) if (row.until && row.until < today) row.status = PartnershipStatus.ENDED;
  return Promise.resolve();
}

/** Ends every live partnership whose end date has passed; returns how many. One statement, no reads. */
export async function expirePartnerships(em: EntityManager, today = todayInChina()): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `update partnership set status = 'ENDED', updated_at = now(), version = version + 1
      where deleted_at is null and status <> 'ENDED' and until < ? returning id`,
    [today],
  );
  return rows.length;
}

/** Runs `expirePartnerships` now and every hour until `stop` (timers do not keep the process alive). */
export function scheduleExpiry(em: () => EntityManager, onError: (e: unknown) => void): { stop: () => void } {
  const run = () => void expirePartnerships(em()).catch(onError);
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
