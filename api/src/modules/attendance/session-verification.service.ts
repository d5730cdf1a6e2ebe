import type { CrudContext } from '../../common/crud/crud-service';
import { forbidden, unauthenticated } from '../../common/scope/access';
import { badInput, conflict } from '../../common/errors';
import type { UserRole } from '../account/account.enums';
import { User } from '../account/user.entity';
import { recordAudit } from '../audit/audit.service';
import { SessionStatus } from '../class/class.enums';
import type { ClassSession } from '../class/class-session.entity';
import { lockSession } from './attendance.rules';

/**
 * 考勤核验: the sponsor's staff confirm a held session's roster. The partner who delivers the service
 * records attendance; the union that pays checks it, so a partner cannot verify its own figures.
 * Settlement pays verified sessions only, and their attendance is frozen (a trigger refuses changes).
 */
const VERIFIERS: readonly UserRole[] = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'];

export async function verifySessionAttendance(ctx: CrudContext, sessionId: string): Promise<ClassSession> {
  if (!ctx.principal) throw unauthenticated();
  if (!VERIFIERS.includes(ctx.principal.role)) throw forbidden('只有主办单位的工作人员可以核验考勤');
  return ctx.em.transactional(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (session.attendanceVerifiedAt) throw conflict('本课次考勤已核验');
    if (session.status !== SessionStatus.HELD) {
      throw badInput({ sessionId: '课次尚未开展（没有考勤记录）或已取消，不能核验' }, '课次不能核验');
    }
    session.attendanceVerifiedAt = new Date();
    session.attendanceVerifiedBy = ctx.principal!.userId ? tx.getReference(User, ctx.principal!.userId) : null;
    recordAudit(tx, ctx, {
      action: 'verifyAttendance',
      entityType: 'ClassSession',
      entityId: session.id,
      fields: ['attendanceVerifiedAt', 'attendanceVerifiedById'],
    });
    await tx.flush();
    return session;
  });
}
