"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionStart = exports.LATE_AFTER_MINUTES = exports.LOW_ATTENDANCE_BP = void 0;
exports.lockSession = lockSession;
exports.pickUpProblem = pickUpProblem;
exports.sessionProblem = sessionProblem;
exports.attendanceProblems = attendanceProblems;
exports.attendanceRules = attendanceRules;
const postgresql_1 = require("@mikro-orm/postgresql");
const paging_1 = require("../../common/crud/paging");
const validators_1 = require("../../common/validators");
const errors_1 = require("../../graphql/errors");
const user_entity_1 = require("../account/user.entity");
const consent_service_1 = require("../beneficiary/consent.service");
const guardianship_entity_1 = require("../beneficiary/guardianship.entity");
const class_enums_1 = require("../class/class.enums");
const class_session_entity_1 = require("../class/class-session.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const enrollment_enums_1 = require("../enrollment/enrollment.enums");
const attendance_enums_1 = require("./attendance.enums");
/**
 * The rules of an attendance row (考勤), whatever writes it: the generic create/update (as the
 * resource's validate hook), `recordAttendance`, `checkIn` and `checkOut`. Look-ups are rule inputs,
 * so they ignore the caller's scope: the session and the enrolment were found in scope before.
 * The database backs the two rules that matter most for a child's safety and for the figures
 * (pick-up by an authorised guardian; the enrolment belongs to the session's class) with a trigger.
 */
const NO_SCOPE = { filters: { scope: false } };
const CAME = [attendance_enums_1.AttendanceStatus.PRESENT, attendance_enums_1.AttendanceStatus.LATE];
const MAY_ATTEND = [
    enrollment_enums_1.EnrollmentStatus.ENROLLED,
    enrollment_enums_1.EnrollmentStatus.COMPLETED,
    enrollment_enums_1.EnrollmentStatus.WITHDRAWN,
];
/** Some unions bar an enrolment from the next period under this rate (出勤率低于70%). */
exports.LOW_ATTENDANCE_BP = 7000;
/** A check-in this many minutes after the session starts counts as late (迟到). */
exports.LATE_AFTER_MINUTES = 15;
/** The session's local date of an instant: China has one time zone. */
const chinaDate = (at) => (0, validators_1.todayInChina)(at);
/** The instant a session starts: its date and local time in China (UTC+8, no daylight saving). */
const sessionStart = (s) => new Date(`${s.date}T${s.startsAt.slice(0, 8)}+08:00`);
exports.sessionStart = sessionStart;
/**
 * The session in the caller's scope, locked for the rest of the transaction: attendance writes and
 * verification of one session are served one at a time.
 */
async function lockSession(tx, id) {
    const session = (0, paging_1.isUuid)(id)
        ? await tx.findOne(class_session_entity_1.ClassSession, { id }, { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
    if (!session)
        throw (0, errors_1.notFound)('ClassSession', id);
    return session;
}
/** Why a person may not pick up a ward, or null when they may (a live guardian with mayPickUp). */
async function pickUpProblem(em, guardianId, wardId) {
    const links = await em.find(guardianship_entity_1.Guardianship, { guardian: guardianId, ward: wardId }, NO_SCOPE);
    if (!links.length)
        return '接送人不是该服务对象登记的监护人，不能接走';
    if (!links.some((g) => g.mayPickUp))
        return '该监护人未获授权接送（“可接送”未勾选），不能接走';
    return null;
}
/** Problems of one session for writing attendance, or null. */
function sessionProblem(session, today = (0, validators_1.todayInChina)()) {
    if (session.status === class_enums_1.SessionStatus.CANCELLED)
        return '课次已取消，不能记录考勤';
    if (session.attendanceVerifiedAt)
        return '本课次考勤已核验，不能再修改';
    if (session.date > today)
        return '课次尚未到来，不能提前记录考勤';
    return null;
}
/** Field errors of rows (keyed `prefix + field`); `prefixOf(i)` names the i-th row. */
async function attendanceProblems(em, rows, prefixOf) {
    const errors = {};
    const sessions = await byId(em, class_session_entity_1.ClassSession, rows.map((r) => r.session.id));
    const enrolments = await byId(em, enrollment_entity_1.Enrollment, rows.map((r) => r.enrollment.id), ['beneficiary']);
    for (const [i, row] of rows.entries()) {
        const p = prefixOf(i);
        const session = sessions.get(row.session.id);
        const enrolment = enrolments.get(row.enrollment.id);
        if (!session || !enrolment)
            continue; // reported as a missing reference by the caller
        const problem = sessionProblem(session);
        if (problem)
            errors[`${p}sessionId`] = problem;
        if (enrolment.serviceClass.id !== session.serviceClass.id) {
            errors[`${p}enrollmentId`] = '该报名不属于本课次所在的班级';
        }
        else if (!MAY_ATTEND.includes(enrolment.status)) {
            errors[`${p}enrollmentId`] = '候补中或未通过的报名不能记录考勤';
        }
        else if (enrolment.status === enrollment_enums_1.EnrollmentStatus.WITHDRAWN && withdrawnBefore(enrolment, session.date)) {
            errors[`${p}enrollmentId`] = '该报名在本课次之前已退出';
        }
        Object.assign(errors, timeProblems(row, session, p));
        const pickUp = await pickUpRule(em, row, enrolment, session.date);
        if (pickUp)
            errors[`${p}pickedUpById`] = pickUp;
    }
    return errors;
}
function withdrawnBefore(e, date) {
    return !!e.withdrawnAt && chinaDate(e.withdrawnAt) < date;
}
function timeProblems(row, session, p) {
    const errors = {};
    const came = CAME.includes(row.status);
    if (!came && (row.checkInAt || row.checkOutAt)) {
        errors[`${p}checkInAt`] = '缺勤或请假时不能填写签到、签退时间';
        return errors;
    }
    if (row.checkInAt && chinaDate(row.checkInAt) !== session.date) {
        errors[`${p}checkInAt`] = `签到时间须在课次当天（${session.date}）`;
    }
    if (row.checkOutAt) {
        if (!row.checkInAt)
            errors[`${p}checkOutAt`] = '签退前须先签到';
        else if (row.checkOutAt < row.checkInAt)
            errors[`${p}checkOutAt`] = '签退时间不能早于签到时间';
        else if (chinaDate(row.checkOutAt) !== session.date) {
            errors[`${p}checkOutAt`] = `签退时间须在课次当天（${session.date}）`;
        }
    }
    return errors;
}
async function pickUpRule(em, row, e, date) {
    const guardianId = row.pickedUpBy?.id;
    if (guardianId) {
        if (!CAME.includes(row.status))
            return '缺勤或请假时没有接送人';
        return pickUpProblem(em, guardianId, e.beneficiary.id);
    }
    if (row.checkOutAt && (0, consent_service_1.needsGuardianConsent)(e.beneficiary.birthDate, date)) {
        return '未满14周岁的儿童签退时须登记接走孩子的监护人';
    }
    return null;
}
async function byId(em, entity, ids, populate = []) {
    const rows = await em.find(entity, { id: { $in: [...new Set(ids)] } }, {
        ...NO_SCOPE,
        populate: populate,
    });
    return new Map(rows.map((r) => [r.id, r]));
}
/**
 * The validate hook of the generic create and update: the same rules, and the recorder is the
 * signed-in user (an API key records its creator).
 */
async function attendanceRules(tx, rows, ctx) {
    const errors = await attendanceProblems(tx, rows, (i) => (rows.length > 1 ? `${i}.` : ''));
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors, '考勤记录有误');
    const userId = ctx.principal?.userId;
    for (const row of rows)
        row.recordedBy = userId ? tx.getReference(user_entity_1.User, userId) : null;
}
//# sourceMappingURL=attendance.rules.js.map