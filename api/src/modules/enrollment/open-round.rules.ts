import type { EntityManager } from '@mikro-orm/postgresql';

/** What a direct enrollment into a class with an open application round is told. */
export const OPEN_ROUND_MESSAGE = '本班正在报名轮次中，名额将摇号分配：请提交报名申请，不能直接报名';

/**
 * Whether the class is in an application round still collecting applications (modules/lottery). While it
 * has, places are drawn by lot, so `enroll` and a roster import must not hand them out first come, first
 * served. Plain SQL: the lottery module builds on enrollment, not the other way round.
 */
export async function hasOpenRound(tx: EntityManager, classId: string): Promise<boolean> {
  const rows = await tx.execute(
    `select 1 from round_class c join application_round r on r.id = c.round_id
      where c.class_id = ? and r.status = 'OPEN' and r.deleted_at is null and c.deleted_at is null limit 1`,
    [classId],
  );
  return rows.length > 0;
}
