import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, type CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound, type FieldErrors } from '../../common/errors';
import { User } from '../account/user.entity';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import type { ClassSession } from '../class/class-session.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Attendance } from './attendance.entity';
import { AttendanceStatus } from './attendance.enums';
import { attendanceResource } from './attendance.resource';
import { attendanceProblems, LATE_AFTER_MINUTES, lockSession, sessionProblem, sessionStart } from './attendance.rules';
import type { AuditAction } from '../audit/audit-actions';

/**
 * Attendance as domain actions, each one transaction under a lock on the session row, so a roster
 * save and a check-in at the same desk cannot interleave:
 * - `recordAttendance` saves a whole session's roster (点名): one row per listed enrollment, created
 *   or updated; an omitted optional field keeps its value, null clears it.
 * - `checkIn` / `checkOut` (签到 / 签退) stamp one person; a child's check-out names the guardian
 *   who picked them up, who must be registered with mayPickUp (attendance.rules.ts).
 * Every written row gets one audit event; the recorder is the signed-in user.
 */
export interface AttendanceRowInput {
  enrollmentId: string;
  status: AttendanceStatus;
  checkInAt?: Date | null;
  checkOutAt?: Date | null;
  pickedUpById?: string | null;
  note?: string | null;
}

const spec = attendanceResource as unknown as ResourceSpec;
const crud = new CrudService(spec);
const MAX_ROWS = 500;

export async function recordAttendance(
  ctx: CrudContext,
  sessionId: string,
  rows: AttendanceRowInput[],
): Promise<Attendance[]> {
  assertCanWrite(ctx, spec);
  if (!rows.length) throw badInput({ rows: '至少需要一条考勤' });
  if (rows.length > MAX_ROWS) throw badInput({ rows: `一次最多保存${MAX_ROWS}条考勤` });
  const seen = new Map<string, number>();
  const dup: FieldErrors = {};
  rows.forEach((r, i) => {
    if (seen.has(r.enrollmentId)) dup[`${i}.enrollmentId`] = `与第${seen.get(r.enrollmentId)! + 1}行重复`;
    else seen.set(r.enrollmentId, i);
  });
  if (Object.keys(dup).length) throw badInput(dup, '考勤名单有重复');
  return write(
    ctx,
    sessionId,
    'recordAttendance',
    async (tx, session) => {
      const existing = await liveRows(
        tx,
        session.id,
        rows.map((r) => r.enrollmentId),
      );
      const enrollments = await visibleEnrollments(
        tx,
        rows.map((r) => r.enrollmentId),
      );
      const errors: FieldErrors = {};
      const out = rows.map((input, i) => {
        if (!enrollments.has(input.enrollmentId)) errors[`${i}.enrollmentId`] = '报名记录不存在';
        const row = existing.get(input.enrollmentId) ?? newRow(tx, session, input.enrollmentId);
        apply(tx, row, input);
        return row;
      });
      return { rows: out, errors };
    },
    (i) => `${i}.`,
  );
}

export async function checkIn(
  ctx: CrudContext,
  args: { sessionId: string; enrollmentId: string; at?: Date | null },
): Promise<Attendance> {
  assertCanWrite(ctx, spec);
  const at = args.at ?? new Date();
  const [row] = await write(ctx, args.sessionId, 'checkIn', async (tx, session) => {
    const found = await one(tx, session, args.enrollmentId);
    if (found?.checkInAt) throw conflict('已签到，不能重复签到');
    const row = found ?? newRow(tx, session, args.enrollmentId);
    const late = at.getTime() - sessionStart(session).getTime() > LATE_AFTER_MINUTES * 60_000;
    apply(tx, row, { status: late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, checkInAt: at });
    return { rows: [row] };
  });
  return row;
}

export async function checkOut(
  ctx: CrudContext,
  args: { sessionId: string; enrollmentId: string; pickedUpById?: string | null; at?: Date | null },
): Promise<Attendance> {
  assertCanWrite(ctx, spec);
  const [row] = await write(ctx, args.sessionId, 'checkOut', async (tx, session) => {
    const row = await one(tx, session, args.enrollmentId);
    if (!row?.checkInAt) throw badInput({ enrollmentId: '尚未签到，不能签退' }, '尚未签到');
    if (row.checkOutAt) throw conflict('已签退，不能重复签退');
    apply(tx, row, { checkOutAt: args.at ?? new Date(), pickedUpById: args.pickedUpById ?? null });
    return { rows: [row] };
  });
  return row;
}

/**
 * The frame of every attendance write: the session found in the caller's scope and locked, its
 * state checked, the rows changed by `change` (with the errors it found), the shared rules, audit
 * events and the flush.
 */
async function write(
  ctx: CrudContext,
  sessionId: string,
  action: AuditAction,
  change: (tx: EntityManager, session: ClassSession) => Promise<{ rows: Attendance[]; errors?: FieldErrors }>,
  prefixOf: (i: number) => string = () => '',
): Promise<Attendance[]> {
  return ctx.em.transactional(async (tx) => {
    const session = await lockSession(tx, sessionId);
    const problem = sessionProblem(session);
    if (problem) throw badInput({ sessionId: problem }, problem);
    const { rows, errors: found = {} } = await change(tx, session);
    const errors = { ...(await attendanceProblems(tx, rows, prefixOf)), ...found };
    if (Object.keys(errors).length) throw badInput(errors, '考勤记录有误');
    const userId = ctx.principal?.userId;
    for (const row of rows) {
      row.recordedBy = userId ? tx.getReference(User, userId) : null;
      recordAudit(tx, ctx, {
        action,
        entityType: 'Attendance',
        entityId: row.id,
        fields: ['status', 'checkInAt', 'checkOutAt', 'pickedUpById', 'note', 'recordedById'],
        detail: { sessionId: session.id, status: row.status },
      });
    }
    try {
      await tx.flush();
    } catch (e) {
      throw crud.mapDriverError(e);
    }
    return rows;
  });
}

/** The live rows of a session for these enrollments, by enrollment id. */
async function liveRows(
  tx: EntityManager,
  sessionId: string,
  enrollmentIds: string[],
): Promise<Map<string, Attendance>> {
  const ids = enrollmentIds.filter(isUuid);
  const rows = await tx.find(Attendance, { session: sessionId, enrollment: { $in: ids } });
  return new Map(rows.map((r) => [r.enrollment.id, r]));
}

/** Enrollments the caller can see (a session in scope shows its class's enrollments). */
async function visibleEnrollments(tx: EntityManager, ids: string[]): Promise<Set<string>> {
  const found = await tx.find(Enrollment, { id: { $in: ids.filter(isUuid) } }, { fields: ['id'] });
  return new Set(found.map((e) => e.id));
}

async function one(tx: EntityManager, session: ClassSession, enrollmentId: string): Promise<Attendance | null> {
  if (!(await visibleEnrollments(tx, [enrollmentId])).has(enrollmentId)) throw notFound('Enrollment', enrollmentId);
  return (await liveRows(tx, session.id, [enrollmentId])).get(enrollmentId) ?? null;
}

function newRow(tx: EntityManager, session: ClassSession, enrollmentId: string): Attendance {
  const ref = isUuid(enrollmentId) ? tx.getReference(Enrollment, enrollmentId) : null;
  return tx.create(Attendance, { session, enrollment: ref as never, status: AttendanceStatus.ABSENT });
}

/** Input onto a row: undefined keeps a value, null clears it. */
function apply(tx: EntityManager, row: Attendance, input: Partial<AttendanceRowInput>): void {
  if (input.status !== undefined) row.status = input.status;
  if (input.checkInAt !== undefined) row.checkInAt = input.checkInAt;
  if (input.checkOutAt !== undefined) row.checkOutAt = input.checkOutAt;
  if (input.note !== undefined) row.note = input.note?.trim() || null;
  if (input.pickedUpById !== undefined) {
    const id = input.pickedUpById;
    // An id that is no uuid cannot be a guardian: the rules say so in words, not a database error.
    row.pickedUpBy = id ? tx.getReference(Beneficiary, isUuid(id) ? id : '00000000-0000-0000-0000-000000000000') : null;
  }
}
