import {
  type AttendanceRowInput,
  type AttendanceStatus,
  ClassAttendanceSummaryDocument,
  EnrollmentAttendanceSummaryDocument,
  LowAttendanceEnrollmentsDocument,
  RecordAttendanceDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { useWorld } from '../../support/use-app';

/**
 * Attendance rates (出勤率) per enrollment and per class, and the under-70% flag, on a class whose
 * ten held sessions and five people have attendance patterns chosen so each rule shows.
 */
const { app, world } = useWorld();

const DATES = ['14', '15', '16', '17', '18', '21', '22', '23', '24', '25'].map((d) => `2025-07-${d}`);

type Pattern = (i: number) => 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED' | null;

it('counts held sessions from enrollment to withdrawal, excuses excused ones and flags rates under 70%', async () => {
  const k = deliveryKit(app, world);
  const cls = await k.klass({ minAgeMonths: null, maxAgeMonths: null, capacity: 5 });
  const sessions: string[] = [];
  for (const d of DATES) sessions.push(await k.session(cls, d));
  const people: Record<string, string> = {};
  for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) people[name] = await k.enroll(cls, await k.person({ name }));
  // F came sixth to a class of five: waitlisted. Everyone took the place on 1 July, D only on 20 July.
  await app.sql(`update enrollment set enrolled_at = '2025-07-01T02:00:00Z' where class_id = $1`, [cls]);
  await app.sql(`update enrollment set enrolled_at = '2025-07-20T02:00:00Z' where id = $1`, [people.D]);

  const patterns: Record<string, Pattern> = {
    A: () => 'PRESENT', // 10 of 10
    B: (i) => (i < 5 ? 'PRESENT' : i === 5 ? 'LATE' : i === 6 ? 'EXCUSED' : 'ABSENT'), // 6 of 9
    C: (i) => (i < 7 ? 'PRESENT' : 'ABSENT'), // 7 of 10, then one row is deleted below: 6 of 10
    D: (i) => (i >= 5 && i < 8 ? 'PRESENT' : null), // enrolled from the 6th session: 3 of 5
    E: () => null, // never came and no row: 0 of 10
  };
  for (const [i, s] of sessions.entries()) {
    const rows = Object.entries(patterns)
      .map(([p, f]) => ({ enrollmentId: people[p], status: f(i) }))
      .filter((r): r is { enrollmentId: string; status: AttendanceStatus } => Boolean(r.status));
    await app.ok(RecordAttendanceDocument, { s, rows });
  }
  // Neither a cancelled session nor a deleted row counts.
  const extra = await k.session(cls, '2025-07-28');
  await app.ok(RecordAttendanceDocument, { s: extra, rows: [{ enrollmentId: people.E, status: 'PRESENT' }] });
  await app.sql(`update class_session set status = 'CANCELLED' where id = $1`, [extra]);
  await app.sql(`update attendance set deleted_at = now() where session_id = $1 and enrollment_id = $2`, [
    sessions[0],
    people.C,
  ]); // C's first session now has no row: still counted, as an absence

  const res = await app.ok(ClassAttendanceSummaryDocument, { id: cls });
  const byId = new Map(res.serviceClass!.enrollments.map((e) => [e.id, e.attendanceSummary]));
  const summary = (p: string) => byId.get(people[p]);
  expect(summary('A')).toEqual({
    counted: 10,
    attended: 10,
    late: 0,
    absent: 0,
    excused: 0,
    rateBp: 10000,
    belowThreshold: false,
  });
  expect(summary('B')).toEqual({
    counted: 10,
    attended: 6,
    late: 1,
    absent: 3,
    excused: 1,
    rateBp: 6666,
    belowThreshold: true,
  });
  expect(summary('C')).toEqual({
    counted: 10,
    attended: 6,
    late: 0,
    absent: 4,
    excused: 0,
    rateBp: 6000,
    belowThreshold: true,
  });
  expect(summary('D')).toEqual({
    counted: 5,
    attended: 3,
    late: 0,
    absent: 2,
    excused: 0,
    rateBp: 6000,
    belowThreshold: true,
  });
  expect(summary('E')).toEqual({
    counted: 10,
    attended: 0,
    late: 0,
    absent: 10,
    excused: 0,
    rateBp: 0,
    belowThreshold: true,
  });
  expect(summary('F')).toEqual({
    counted: 0,
    attended: 0,
    late: 0,
    absent: 0,
    excused: 0,
    rateBp: null,
    belowThreshold: false,
  });

  // 10 + 6 + 6 + 3 + 0 attended over (10 + 9 + 10 + 5 + 10) that count.
  expect(res.serviceClass!.attendanceSummary).toEqual({
    heldSessions: 10,
    personTimes: 25,
    rateBp: Math.floor((25 * 10000) / 44),
    belowThresholdCount: 4,
    thresholdBp: 7000,
  });

  const low = await app.ok(LowAttendanceEnrollmentsDocument, { c: cls });
  // Lowest rate first; C and D tie at 60% and are ordered by id.
  const tie = [people.C, people.D].sort();
  expect(low.lowAttendanceEnrollments.map((e) => e.id)).toEqual([people.E, ...tie, people.B]);
});

it('exactly 70% is not flagged; after a withdrawal sessions stop counting', async () => {
  const k = deliveryKit(app, world);
  const cls = await k.klass({ minAgeMonths: null, maxAgeMonths: null });
  const e = await k.enroll(cls, await k.person());
  const left = await k.enroll(cls, await k.person());
  await app.sql(`update enrollment set enrolled_at = '2025-07-01T02:00:00Z' where class_id = $1`, [cls]);
  for (const [i, d] of DATES.entries()) {
    const rows: AttendanceRowInput[] = [{ enrollmentId: e, status: i < 7 ? 'PRESENT' : 'ABSENT' }];
    if (i < 5) rows.push({ enrollmentId: left, status: 'PRESENT' });
    await app.ok(RecordAttendanceDocument, { s: await k.session(cls, d), rows });
  }
  // Withdrawn on the evening of Friday 18 July (China time): the five sessions up to then count.
  await app.sql(`update enrollment set status = 'WITHDRAWN', withdrawn_at = '2025-07-18T12:00:00Z' where id = $1`, [
    left,
  ]);
  const gone = await app.ok(EnrollmentAttendanceSummaryDocument, { id: left });
  expect(gone.enrollment!.attendanceSummary).toMatchObject({ counted: 5, attended: 5, rateBp: 10000 });
  const res = await app.ok(EnrollmentAttendanceSummaryDocument, { id: e });
  expect(res.enrollment!.attendanceSummary).toMatchObject({
    counted: 10,
    attended: 7,
    rateBp: 7000,
    belowThreshold: false,
  });
});
