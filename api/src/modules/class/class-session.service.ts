import { LockMode } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { ClassSession } from './class-session.entity';
import { classSessionResource } from './class-session.resource';
import { SessionStatus } from './class.enums';

const spec = classSessionResource as unknown as ResourceSpec;
export const CANCEL_REASON_MAX = 500;

/**
 * 停课: a session becomes CANCELLED, with the reason and time. Nothing is deleted: its attendance
 * records stay as they are (the first one already made it HELD), regenerating the class's sessions
 * keeps it cancelled, and settlement and new attendance leave it out. Refused (CONFLICT) twice, and
 * once its attendance is verified (考勤核验): settlement has counted it. Under the session row's lock,
 * so two cancellations, or a cancellation and a verification, cannot both pass the check.
 */
export async function cancelClassSession(ctx: CrudContext, id: string, reason?: string | null) {
  assertCanWrite(ctx, spec);
  const text = (reason ?? '').trim() || null;
  if (text && text.length > CANCEL_REASON_MAX) throw badInput({ reason: `原因不能超过${CANCEL_REASON_MAX}个字` });
  return ctx.em.transactional(async (tx) => {
    const session = isUuid(id)
      ? await tx.findOne(ClassSession, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
      : null;
    if (!session) throw notFound('ClassSession', id);
    if (session.status === SessionStatus.CANCELLED)
      throw conflict('该课次已取消，不能重复取消', { status: session.status });
    if (session.attendanceVerifiedAt) throw conflict('该课次考勤已核验，不能取消', { status: session.status });
    session.status = SessionStatus.CANCELLED;
    session.cancelReason = text;
    session.cancelledAt = new Date();
    recordAudit(tx, ctx, {
      action: 'cancel',
      entityType: 'ClassSession',
      entityId: session.id,
      fields: ['status', 'cancelReason', 'cancelledAt'],
    });
    await tx.flush();
    return session;
  });
}
