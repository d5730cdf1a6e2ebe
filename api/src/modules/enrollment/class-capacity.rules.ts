import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { badInput } from '../../common/errors';
import { ServiceClass } from '../class/service-class.entity';
import type { Enrollment } from './enrollment.entity';
import { settleWaitlist } from './enrollment.waitlist';

/**
 * A change of a class's capacity (the generic updateServiceClass), under the class row's lock so that
 * no enrollment slips in between the check and the write:
 * - below the number enrolled it is refused on the field the caller changed (the database CHECK
 *   enrolled_count <= capacity refuses it too, but names enrolledCount);
 * - a larger class takes people from its waitlist at once, first come first served (audited). The
 *   class row is written before the enrollment rows in the same flush (MikroORM orders the updates by
 *   dependency), so the CHECK holds after every statement.
 */
export async function serviceClassCapacityRules(
  tx: EntityManager,
  rows: ServiceClass[],
  ctx: unknown,
  mode: 'create' | 'update',
): Promise<void> {
  if (mode !== 'update') return;
  for (const row of rows) {
    const [locked] = await tx.execute<{ enrolled_count: number }[]>(
      'select enrolled_count from service_class where id = ? for update',
      [row.id],
    );
    if (!locked) continue;
    if (row.capacity < locked.enrolled_count) {
      throw badInput(
        { capacity: `招收名额不能少于已报名人数（${locked.enrolled_count}人）` },
        '招收名额不能少于已报名人数',
      );
    }
    await settleWaitlist(tx, ctx as CrudContext, row, false);
  }
}

/**
 * A deleted enrollment (the generic deleteEnrollment, a correction) frees its place like a withdrawal:
 * the head of the waitlist moves up and the rest are renumbered, under the class row's lock.
 */
export async function afterEnrollmentRemoved(tx: EntityManager, rows: Enrollment[], ctx: CrudContext): Promise<void> {
  for (const classId of new Set(rows.map((r) => r.serviceClass.id))) {
    const cls = await tx.findOne(
      ServiceClass,
      { id: classId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, filters: { scope: false } },
    );
    if (cls) await settleWaitlist(tx, ctx, cls, true);
  }
}
