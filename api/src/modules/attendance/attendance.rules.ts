import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/crud/paging';
import { todayInChina } from '../../common/validators';
import type { Principal } from '../../common/principal';
import { badInput, notFound, type FieldErrors } from '../../common/errors';
import { User } from '../account/user.entity';
import { needsGuardianConsent } from '../beneficiary/consent.service';
import { Guardianship } from '../beneficiary/guardianship.entity';
import { SessionStatus } from '../class/class.enums';
import { ClassSession } from '../class/class-session.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import type { Attendance } from './attendance.entity';
import { AttendanceStatus } from './attendance.enums';

/**
 * The rules of an attendance row (考勤), whatever writes it: the generic create/update (as the
 * resource's validate hook), `recordAttendance`, `checkIn` and `checkOut`. Look-ups are rule inputs,
 * so they ignore the caller's scope: the session and the enrollment were found in scope before.
 * The database backs the two rules that matter most for a child's safety and for the figures
 * (pick-up by an authorised guardian; the enrollment belongs to the session's class) with a trigger.
 */
const NO_SCOPE = { filters: { scope: false } } as const;
const CAME: AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];
const MAY_ATTEND: EnrollmentStatus[] = [
  EnrollmentStatus.ENROLLED,
  EnrollmentStatus.COMPLETED,
  EnrollmentStatus.WITHDRAWN,
];

/** Some unions bar an enrollment from the next period under this rate (出勤率低于70%). */
export const LOW_ATTENDANCE_BP = 7000;
/** A check-in this many minutes after the session starts counts as late (迟到). */
export const LATE_AFTER_MINUTES = 15;
/** A check-out this many minutes before the session ends counts as leaving early (早退). */
export const EARLY_BEFORE_MINUTES = 15;
/** Check-in opens this many minutes before the start (children dropped off early) and closes at the end. */
export const CHECK_IN_OPENS_MINUTES = 60;
/** Check-out closes this many minutes after the end (a late pick-up is still recorded). */
export const CHECK_OUT_CLOSES_MINUTES = 180;
const MINUTE = 60_000;

/** The session's local date of an instant: China has one time zone. */
const chinaDate = (at: Date): string => todayInChina(at);
/** The instant a session starts: its date and local time in China (UTC+8, no daylight saving). */
export const sessionStart = (s: Pick<ClassSession, 'date' | 'startsAt'>): Date =>
  new Date(`${s.date}T${s.startsAt.slice(0, 8)}+08:00`);
/** The instant a session ends. */
export const sessionEnd = (s: Pick<ClassSession, 'date' | 'endsAt'>): Date =>
  new Date(`${s.date}T${s.endsAt.slice(0, 8)}+08:00`);
const hhmm = (d: Date): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

/**
 * The session in the caller's scope, locked for the rest of the transaction: attendance writes and
 * verification of one session are served one at a time.
 */
export async function lockSession(tx: EntityManager, id: string): Promise<ClassSession> {
  const session = isUuid(id)
    ? await tx.findOne(ClassSession, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!session) throw notFound('ClassSession', id);
  return session;
}

/** Why a person may not pick up a ward, or null when they may (a live guardian with mayPickUp). */
export async function pickUpProblem(em: EntityManager, guardianId: string, wardId: string): Promise<string | null> {
  const links = await em.find(Guardianship, { guardian: guardianId, ward: wardId }, NO_SCOPE);
  if (!links.length) return '接送人不是该服务对象登记的监护人，不能接走';
  if (!links.some((g) => g.mayPickUp)) return '该监护人未获授权接送（“可接送”未勾选），不能接走';
  return null;
}

/** Problems of one session for writing attendance, or null. */
export function sessionProblem(session: ClassSession, today = todayInChina()): string | null {
  if (session.status === SessionStatus.CANCELLED) return '课次已取消，不能记录考勤';
  if (session.attendanceVerifiedAt) return '本课次考勤已核验，不能再修改';
  if (session.date > today) return '课次尚未到来，不能提前记录考勤';
  return null;
}

/** Field errors of rows (keyed `prefix + field`); `prefixOf(i)` names the i-th row. */
export async function attendanceProblems(
  em: EntityManager,
  rows: Attendance[],
  prefixOf: (i: number) => string,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const sessions = await byId(
    em,
    ClassSession,
    rows.map((r) => r.session.id),
  );
  const enrollments = await byId(
    em,
    Enrollment,
    rows.map((r) => r.enrollment.id),
    ['beneficiary'],
  );
  for (const [i, row] of rows.entries()) {
    const p = prefixOf(i);
    const session = sessions.get(row.session.id);
    const enrollment = enrollments.get(row.enrollment.id);
    if (!session || !enrollment) continue; // reported as a missing reference by the caller
    const problem = sessionProblem(session);
    if (problem) errors[`${p}sessionId`] = problem;
    if (enrollment.serviceClass.id !== session.serviceClass.id) {
      errors[`${p}enrollmentId`] = '该报名不属于本课次所在的班级';
    } else if (!MAY_ATTEND.includes(enrollment.status)) {
      errors[`${p}enrollmentId`] = '候补中或未通过的报名不能记录考勤';
    } else if (enrollment.status === EnrollmentStatus.WITHDRAWN && withdrawnBefore(enrollment, session.date)) {
      errors[`${p}enrollmentId`] = '该报名在本课次之前已退出';
    }
    Object.assign(errors, timeProblems(row, session, p));
    const pickUp = await pickUpRule(em, row, enrollment, session.date);
    if (pickUp) errors[`${p}pickedUpById`] = pickUp;
  }
  return errors;
}

function withdrawnBefore(e: Enrollment, date: string): boolean {
  return !!e.withdrawnAt && chinaDate(e.withdrawnAt) < date;
}

/**
 * Check-in and check-out times within the session's window (tolerances above), and what they mean
 * marked on the row: a check-in after the start's grace is late (LATE, whatever the writer said), a
 * check-out before the end's grace is leaving early (leftEarly).
 */
function timeProblems(row: Attendance, session: ClassSession, p: string): FieldErrors {
  const errors: FieldErrors = {};
  const came = CAME.includes(row.status);
  if (!came && (row.checkInAt || row.checkOutAt)) {
    errors[`${p}checkInAt`] = '缺勤或请假时不能填写签到、签退时间';
    return errors;
  }
  const start = sessionStart(session).getTime();
  const end = sessionEnd(session).getTime();
  const window = `${hhmm(new Date(start - CHECK_IN_OPENS_MINUTES * MINUTE))}–${hhmm(new Date(end))}`;
  if (row.checkInAt) {
    const at = row.checkInAt.getTime();
    if (chinaDate(row.checkInAt) !== session.date) errors[`${p}checkInAt`] = `签到时间须在课次当天（${session.date}）`;
    else if (at < start - CHECK_IN_OPENS_MINUTES * MINUTE || at > end)
      errors[`${p}checkInAt`] = `签到时间须在 ${window} 之间（课次 ${hhmm(new Date(start))}–${hhmm(new Date(end))}）`;
    else if (at - start > LATE_AFTER_MINUTES * MINUTE) row.status = AttendanceStatus.LATE;
  }
  row.leftEarly = false;
  if (row.checkOutAt) {
    const at = row.checkOutAt.getTime();
    const closes = end + CHECK_OUT_CLOSES_MINUTES * MINUTE;
    if (!row.checkInAt) errors[`${p}checkOutAt`] = '签退前须先签到';
    else if (row.checkOutAt < row.checkInAt) errors[`${p}checkOutAt`] = '签退时间不能早于签到时间';
    else if (chinaDate(row.checkOutAt) !== session.date) {
      errors[`${p}checkOutAt`] = `签退时间须在课次当天（${session.date}）`;
    } else if (at > closes) errors[`${p}checkOutAt`] = `签退时间不能晚于 ${hhmm(new Date(closes))}（课次结束后3小时）`;
    else row.leftEarly = end - at > EARLY_BEFORE_MINUTES * MINUTE;
  }
  return errors;
}

async function pickUpRule(em: EntityManager, row: Attendance, e: Enrollment, date: string): Promise<string | null> {
  const guardianId = row.pickedUpBy?.id;
  if (guardianId) {
    if (!CAME.includes(row.status)) return '缺勤或请假时没有接送人';
    return pickUpProblem(em, guardianId, e.beneficiary.id);
  }
  if (row.checkOutAt && needsGuardianConsent(e.beneficiary.birthDate, date)) {
    return '未满14周岁的儿童签退时须登记接走孩子的监护人';
  }
  return null;
}

async function byId<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  ids: string[],
  populate: string[] = [],
): Promise<Map<string, T>> {
  const rows = await em.find(
    entity,
    { id: { $in: [...new Set(ids)] } },
    {
      ...NO_SCOPE,
      populate: populate as never,
    },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The validate hook of the generic create and update: the same rules, and the recorder is the
 * signed-in user (an API key records its creator).
 */
export async function attendanceRules(
  tx: EntityManager,
  rows: Attendance[],
  ctx: { principal: Principal | null },
): Promise<void> {
  const errors = await attendanceProblems(tx, rows, (i) => (rows.length > 1 ? `${i}.` : ''));
  if (Object.keys(errors).length) throw badInput(errors, '考勤记录有误');
  const userId = ctx.principal?.userId;
  for (const row of rows) row.recordedBy = userId ? tx.getReference(User, userId) : null;
}
