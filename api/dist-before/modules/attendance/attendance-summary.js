"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enrollmentAttendance = enrollmentAttendance;
exports.classAttendance = classAttendance;
exports.lowAttendanceIds = lowAttendanceIds;
const attendance_rules_1 = require("./attendance.rules");
const uuidArray = (ids) => `{${ids.join(',')}}`;
/** Per-enrolment counts for the enrolments with these ids, or of the classes with these ids. */
async function stats(em, by, ids) {
    return em.execute(`with e as (
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
      group by c.eid, c.class_id`, [uuidArray(ids)]);
}
const rate = (attended, counted, excused) => counted - excused > 0 ? Math.floor((attended * 10000) / (counted - excused)) : null;
function summary(r) {
    const s = r ?? { counted: 0, attended: 0, late: 0, absent: 0, excused: 0 };
    const rateBp = rate(s.attended, s.counted, s.excused);
    return {
        counted: s.counted,
        attended: s.attended,
        late: s.late,
        absent: s.absent,
        excused: s.excused,
        rateBp,
        belowThreshold: rateBp !== null && rateBp < attendance_rules_1.LOW_ATTENDANCE_BP,
    };
}
async function enrollmentAttendance(em, ids) {
    const rows = new Map((await stats(em, 'id', ids)).map((r) => [r.enrollment_id, r]));
    return ids.map((id) => summary(rows.get(id)));
}
async function classAttendance(em, classIds) {
    const rows = await stats(em, 'class_id', classIds);
    const held = await em.execute(`select class_id, count(*)::int as n from class_session
      where class_id = any(?::uuid[]) and deleted_at is null and status = 'HELD' group by class_id`, [uuidArray(classIds)]);
    const heldBy = new Map(held.map((h) => [h.class_id, h.n]));
    return classIds.map((id) => {
        const mine = rows.filter((r) => r.class_id === id);
        const sum = (k) => mine.reduce((n, r) => n + r[k], 0);
        return {
            heldSessions: heldBy.get(id) ?? 0,
            personTimes: sum('attended'),
            rateBp: rate(sum('attended'), sum('counted'), sum('excused')),
            belowThresholdCount: mine.filter((r) => summary(r).belowThreshold).length,
            thresholdBp: attendance_rules_1.LOW_ATTENDANCE_BP,
        };
    });
}
/** Enrolment ids of a class under the threshold, lowest rate first. */
async function lowAttendanceIds(em, classId) {
    return (await stats(em, 'class_id', [classId]))
        .map((r) => ({ id: r.enrollment_id, s: summary(r) }))
        .filter((x) => x.s.belowThreshold)
        .sort((a, b) => a.s.rateBp - b.s.rateBp || a.id.localeCompare(b.id))
        .map((x) => x.id);
}
//# sourceMappingURL=attendance-summary.js.map