"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildAttendance = buildAttendance;
exports.buildVerifications = buildVerifications;
const attendance_enums_1 = require("../../modules/attendance/attendance.enums");
const enrollment_enums_1 = require("../../modules/enrollment/enrollment.enums");
const class_enums_1 = require("../../modules/class/class.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
/**
 * Attendance (考勤) for every held session an enrolled person booked: mostly present, some late, absent or
 * excused; check-in and check-out times around the session's hours; a child is picked up by one of the
 * guardians allowed to (mayPickUp), never by anyone else.
 */
function buildAttendance(ctx, enrolments) {
    const rng = ctx.rng;
    for (const e of enrolments) {
        if (e.status !== enrollment_enums_1.EnrollmentStatus.ENROLLED && e.status !== enrollment_enums_1.EnrollmentStatus.COMPLETED)
            continue;
        const recordedBy = e.cls.def.recorder ? ctx.user(e.cls.def.recorder) : null;
        const pickers = e.person.adult ? [] : e.person.guardians.filter((g) => g.mayPickUp);
        for (const s of e.booked) {
            if (s.status !== class_enums_1.SessionStatus.HELD)
                continue;
            const status = rng.weighted([
                [attendance_enums_1.AttendanceStatus.PRESENT, 86],
                [attendance_enums_1.AttendanceStatus.LATE, 5],
                [attendance_enums_1.AttendanceStatus.ABSENT, 4],
                [attendance_enums_1.AttendanceStatus.EXCUSED, 5],
            ]);
            const start = (0, demo_dates_1.chinaTime)(s.date, s.startsAt);
            const end = (0, demo_dates_1.chinaTime)(s.date, s.endsAt);
            const came = status === attendance_enums_1.AttendanceStatus.PRESENT || status === attendance_enums_1.AttendanceStatus.LATE;
            const checkInAt = came ? (0, demo_dates_1.addMinutes)(start, status === attendance_enums_1.AttendanceStatus.LATE ? rng.int(5, 40) : -rng.int(0, 20)) : null;
            const checkOutAt = came ? (0, demo_dates_1.addMinutes)(end, rng.int(-10, 25)) : null;
            const pickedUpBy = came && pickers.length ? rng.pick(pickers).person.id : null;
            const note = status === attendance_enums_1.AttendanceStatus.EXCUSED ? (e.person.adult ? '本人请假' : '家长请假') : null;
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
                ...demo_context_1.DemoContext.stamp(checkOutAt ?? end),
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
function buildVerifications(ctx, classes) {
    const last = (0, demo_dates_1.addDays)(demo_dates_1.DEMO_TODAY, -VERIFY_LAG_DAYS);
    for (const c of classes) {
        const recorder = c.def.recorder;
        const verifier = recorder && recorder !== 'xiaocao' ? recorder : 'admin';
        for (const s of c.sessions) {
            if (s.status !== class_enums_1.SessionStatus.HELD || s.date > last)
                continue;
            ctx.verifications.push({ session: s.id, at: (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(s.date, 1), '10:00'), by: ctx.user(verifier) });
        }
    }
}
//# sourceMappingURL=demo-attendance.js.map