import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { recordAudit } from '../audit/audit.service';
import type { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from './enrollment.entity';
import { EnrollmentStatus } from './enrollment.enums';

const NO_SCOPE = { filters: { scope: false } } as const;

/**
 * Under the class lock: fills free places from the head of the waitlist and numbers the rest of the
 * waitlist 1, 2, 3 … in their order. With `always` false it reads the waitlist only when there is a
 * free place. Returns the number enrolled and the last waitlist position afterwards.
 */
export async function settleWaitlist(
  tx: EntityManager,
  ctx: CrudContext,
  cls: ServiceClass,
  always: boolean,
): Promise<{ enrolled: number; lastPosition: number }> {
  let enrolled = await tx.count(Enrollment, { serviceClass: cls.id, status: EnrollmentStatus.ENROLLED }, NO_SCOPE);
  if (enrolled >= cls.capacity && !always) {
    const [r] = await tx.execute<{ top: number | null }[]>(
      `select max(waitlist_position) as top from enrollment
        where class_id = ? and status = 'WAITLISTED' and deleted_at is null`,
      [cls.id],
    );
    return { enrolled, lastPosition: r.top ?? 0 };
  }
  const waiting = await tx.find(
    Enrollment,
    { serviceClass: cls.id, status: EnrollmentStatus.WAITLISTED },
    { ...NO_SCOPE, orderBy: { waitlistPosition: 'ASC', createdAt: 'ASC', id: 'ASC' } },
  );
  const now = new Date();
  let position = 0;
  for (const w of waiting) {
    if (enrolled < cls.capacity) {
      w.status = EnrollmentStatus.ENROLLED;
      w.waitlistPosition = null;
      w.enrolledAt = now;
      enrolled++;
      recordAudit(tx, ctx, {
        action: 'promote',
        entityType: 'Enrollment',
        entityId: w.id,
        fields: ['status', 'waitlistPosition', 'enrolledAt'],
      });
    } else if (w.waitlistPosition !== ++position) {
      w.waitlistPosition = position;
      recordAudit(tx, ctx, {
        action: 'renumber',
        entityType: 'Enrollment',
        entityId: w.id,
        fields: ['waitlistPosition'],
      });
    }
  }
  return { enrolled, lastPosition: position };
}
