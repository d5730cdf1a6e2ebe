import { DriverException, LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ApplicationRound } from './application-round.entity';

const NO_SCOPE = { filters: { scope: false } } as const;

/** The round's row, locked to the end of the transaction (found in scope by the caller before). */
export const lockRound = (tx: EntityManager, id: string): Promise<ApplicationRound> =>
  tx.findOneOrFail(ApplicationRound, { id }, { ...NO_SCOPE, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

/**
 * The database's clock now, not the transaction's start: taken after a lock, it says whether a request
 * that waited for the lock still came before the close.
 */
export async function clockNow(tx: EntityManager): Promise<Date> {
  const [row] = await tx.execute<{ now: Date }[]>('select clock_timestamp() as now');
  return new Date(row.now);
}

const CHINA = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment as families read it in messages: 2026/07/01 18:00（北京时间）. */
export const stamp = (d: Date): string => `${CHINA.format(d)}（北京时间）`;

export function isUniqueViolation(e: unknown, constraint: string): boolean {
  return (
    e instanceof DriverException &&
    (e as { code?: string }).code === '23505' &&
    (e as { constraint?: string }).constraint === constraint
  );
}
