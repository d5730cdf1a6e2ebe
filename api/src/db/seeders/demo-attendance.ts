import { AttendanceStatus as AS } from '../../modules/attendance/attendance.enums';
import { EnrollmentStatus as ES } from '../../modules/enrollment/enrollment.enums';
import { SessionStatus } from '../../modules/class/class.enums';
import { DemoContext } from './demo-context';
import { addMinutes, chinaTime } from './demo-dates';
import type { EnrolmentInfo } from './demo-enrollments';

/**
 * Attendance (考勤) for every held session an enrolled person booked: mostly present, some late, absent or
 * excused; check-in and check-out times around the session's hours; a child is picked up by one of the
 * guardians allowed to (mayPickUp), never by anyone else.
 */
export function buildAttendance(ctx: DemoContext, enrolments: EnrolmentInfo[]): void {
  const rng = ctx.rng;
  for (const e of enrolments) {
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
