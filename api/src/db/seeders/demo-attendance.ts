import { AttendanceStatus as AS } from '../../modules/attendance/attendance.enums';
import { EnrollmentStatus as ES } from '../../modules/enrollment/enrollment.enums';
import { SessionStatus } from '../../modules/class/class.enums';
import { DemoContext } from './demo-context';
import { addDays, addMinutes, chinaTime } from './demo-dates';
import type { BuiltClass } from './demo-classes';
import type { EnrollmentInfo } from './demo-enrollments';

/**
 * Attendance (考勤) for every held session an enrolled person booked: mostly present, some late, absent or
 * excused; check-in and check-out times around the session's hours; a child is picked up by one of the
 * guardians allowed to (mayPickUp), never by anyone else.
 */
export function buildAttendance(ctx: DemoContext, enrollments: EnrollmentInfo[]): void {
  const rng = ctx.rng;
  for (const e of enrollments) {
    if (e.status !== ES.ENROLLED && e.status !== ES.COMPLETED) continue;
    const recordedBy = e.cls.def.recorder ? ctx.user(e.cls.def.recorder) : null;
    const pickers = e.person.adult ? [] : e.person.guardians.filter((g) => g.mayPickUp);
    for (const s of e.booked) {
      if (s.status !== SessionStatus.HELD) continue;
      const status = rng.weighted([
        [AS.PRESENT, 86],
        [AS.LATE, 5],
        [AS.ABSENT, 4],
        [AS.EXCUSED, 5],
      ] as const);
      const start = chinaTime(s.date, s.startsAt);
      const end = chinaTime(s.date, s.endsAt);
      const came = status === AS.PRESENT || status === AS.LATE;
      const checkInAt = came ? addMinutes(start, status === AS.LATE ? rng.int(5, 40) : -rng.int(0, 20)) : null;
      const checkOutAt = came ? addMinutes(end, rng.int(-10, 25)) : null;
      const pickedUpBy = came && pickers.length ? rng.pick(pickers).person.id : null;
      const note = status === AS.EXCUSED ? (e.person.adult ? '本人请假' : '家长请假') : null;
      ctx.rows.attendance.push({
        id: ctx.id(),
        session: s.id,
        enrollment: e.id,
        status,
        checkInAt,
        checkOutAt,
        pickedUpBy,
        recordedBy,
        note,
        ...DemoContext.stamp(checkOutAt ?? end),
      });
    }
  }
}

/** The sponsor's staff verify a session's roster the day after; the last three days still wait. */
const VERIFY_LAG_DAYS = 3;

/**
 * 考勤核验 of every held session up to three days before the demo's today, by the class's recorder
 * when that is union or federation staff, else by the platform admin (兰州's unions have no demo account;
 * a partner such as 小草 may record but never verify its own attendance).
 */
export function buildVerifications(ctx: DemoContext, classes: BuiltClass[]): void {
  const last = addDays(ctx.today, -VERIFY_LAG_DAYS);
  for (const c of classes) {
    const recorder = c.def.recorder;
    const verifier = recorder && recorder !== 'xiaocao' ? recorder : 'admin';
    for (const s of c.sessions) {
      if (s.status !== SessionStatus.HELD || s.date > last) continue;
      ctx.verifications.push({ session: s.id, at: chinaTime(addDays(s.date, 1), '10:00'), by: ctx.user(verifier) });
    }
  }
}
