import type { EntityManager } from '@mikro-orm/postgresql';
import { LOW_ATTENDANCE_BP } from './attendance.rules';

/**
 * Attendance rates (出勤率). For an enrollment, the sessions that count are the class's HELD sessions
 * from the day the place was taken (enrolledAt, China time) to the day it was given up (withdrawnAt),
 * plus any HELD session the person has a row for; a counted session without a row is an absence.
 * rate = (PRESENT + LATE) / (counted − EXCUSED), in basis points rounded down; null when nothing counts.
 * A waitlisted or rejected enrollment, or one withdrawn from the waitlist, counts nothing.
 * An enrollment under LOW_ATTENDANCE_BP is flagged. Soft-deleted sessions and rows never count.
 */
export interface EnrollmentAttendance {
  counted: number;
  attended: number;
  late: number;
  absent: number;
  excused: number;
  rateBp: number | null;
  belowThreshold: boolean;
}

export interface ClassAttendance {
  heldSessions: number;
  personTimes: number;
  rateBp: number | null;
  belowThresholdCount: number;
  thresholdBp: number;
}

type StatRow = { enrollment_id: string; class_id: string } & Record<
  'counted' | 'attended' | 'late' | 'absent' | 'excused',
  number
>;

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Per-enrollment counts for the enrollments with these ids, or of the classes with these ids. */
async function stats(em: EntityManager, by: 'id' | 'class_id', ids: readonly string[]): Promise<StatRow[]> {
  return em.execute<StatRow[]>(
    `with e as (
       select id, class_id, status, enrolled_at,
              (enrolled_at at time zone 'Asia/Shanghai')::date as from_d,
              (withdrawn_at at time zone 'Asia/Shanghai')::date as to_d
         from enrollment where ${by} = any(?::uuid[]) and deleted_at is null
     ), counted as (
       select e.id as eid, e.class_id, s.id as sid
         from e join class_session s on s.class_id = e.class_id and s.deleted_at is null and s.status = 'HELD'
        where (e.status in ('ENROLLED', 'COMPLETED') or (e.status = 'WITHDRAWN' and e.enrolled_at is not null))
          and (e.from_d is null or s.date >= e.from_d) and (e.to_d is null or s.date <= e.to_d)
       union
       select e.id, e.class_id, a.session_id
         from e join attendance a on a.enrollment_id = e.id and a.deleted_at is null
         join class_session s on s.id = a.session_id and s.deleted_at is null and s.status = 'HELD'
     )
     select c.eid as enrollment_id, c.class_id, count(*)::int as counted,
            count(*) filter (where a.status in ('PRESENT', 'LATE'))::int as attended,
            count(*) filter (where a.status = 'LATE')::int as late,
            count(*) filter (where a.status = 'ABSENT' or a.id is null)::int as absent,
            count(*) filter (where a.status = 'EXCUSED')::int as excused
       from counted c
       left join attendance a on a.session_id = c.sid and a.enrollment_id = c.eid and a.deleted_at is null
      group by c.eid, c.class_id`,
    [uuidArray(ids)],
  );
}

const rate = (attended: number, counted: number, excused: number): number | null =>
  counted - excused > 0 ? Math.floor((attended * 10000) / (counted - excused)) : null;

function summary(r: StatRow | undefined): EnrollmentAttendance {
  const s = r ?? { counted: 0, attended: 0, late: 0, absent: 0, excused: 0 };
  const rateBp = rate(s.attended, s.counted, s.excused);
  return {
    counted: s.counted,
    attended: s.attended,
    late: s.late,
    absent: s.absent,
    excused: s.excused,
    rateBp,
    belowThreshold: rateBp !== null && rateBp < LOW_ATTENDANCE_BP,
  };
}

export async function enrollmentAttendance(em: EntityManager, ids: readonly string[]): Promise<EnrollmentAttendance[]> {
  const rows = new Map((await stats(em, 'id', ids)).map((r) => [r.enrollment_id, r]));
  return ids.map((id) => summary(rows.get(id)));
}

export async function classAttendance(em: EntityManager, classIds: readonly string[]): Promise<ClassAttendance[]> {
  const rows = await stats(em, 'class_id', classIds);
  const held = await em.execute<{ class_id: string; n: number }[]>(
    `select class_id, count(*)::int as n from class_session
      where class_id = any(?::uuid[]) and deleted_at is null and status = 'HELD' group by class_id`,
    [uuidArray(classIds)],
  );
  const heldBy = new Map(held.map((h) => [h.class_id, h.n]));
  return classIds.map((id) => {
    const mine = rows.filter((r) => r.class_id === id);
    const sum = (k: 'attended' | 'counted' | 'excused') => mine.reduce((n, r) => n + r[k], 0);
    return {
      heldSessions: heldBy.get(id) ?? 0,
      personTimes: sum('attended'),
      rateBp: rate(sum('attended'), sum('counted'), sum('excused')),
      belowThresholdCount: mine.filter((r) => summary(r).belowThreshold).length,
      thresholdBp: LOW_ATTENDANCE_BP,
    };
  });
}

/** Enrollment ids of a class under the threshold, lowest rate first. */
export async function lowAttendanceIds(em: EntityManager, classId: string): Promise<string[]> {
  return (await stats(em, 'class_id', [classId]))
    .map((r) => ({ id: r.enrollment_id, s: summary(r) }))
    .filter((x) => x.s.belowThreshold)
    .sort((a, b) => a.s.rateBp! - b.s.rateBp! || a.id.localeCompare(b.id))
    .map((x) => x.id);
}
