"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordAttendance = recordAttendance;
exports.checkIn = checkIn;
exports.checkOut = checkOut;
const crud_service_1 = require("../../common/crud/crud-service");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const user_entity_1 = require("../account/user.entity");
const audit_service_1 = require("../audit/audit.service");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const attendance_entity_1 = require("./attendance.entity");
const attendance_enums_1 = require("./attendance.enums");
const attendance_resource_1 = require("./attendance.resource");
const attendance_rules_1 = require("./attendance.rules");
const spec = attendance_resource_1.attendanceResource;
const crud = new crud_service_1.CrudService(spec);
const MAX_ROWS = 500;
async function recordAttendance(ctx, sessionId, rows) {
    (0, access_1.assertCanWrite)(ctx, spec);
    if (!rows.length)
        throw (0, errors_1.badInput)({ rows: '至少需要一条考勤' });
    if (rows.length > MAX_ROWS)
        throw (0, errors_1.badInput)({ rows: `一次最多保存${MAX_ROWS}条考勤` });
    const seen = new Map();
    const dup = {};
    rows.forEach((r, i) => {
        if (seen.has(r.enrollmentId))
            dup[`${i}.enrollmentId`] = `与第${seen.get(r.enrollmentId) + 1}行重复`;
        else
            seen.set(r.enrollmentId, i);
    });
    if (Object.keys(dup).length)
        throw (0, errors_1.badInput)(dup, '考勤名单有重复');
    return write(ctx, sessionId, 'recordAttendance', async (tx, session) => {
        const existing = await liveRows(tx, session.id, rows.map((r) => r.enrollmentId));
        const enrolments = await visibleEnrolments(tx, rows.map((r) => r.enrollmentId));
        const errors = {};
        const out = rows.map((input, i) => {
            if (!enrolments.has(input.enrollmentId))
                errors[`${i}.enrollmentId`] = '报名记录不存在';
            const row = existing.get(input.enrollmentId) ?? newRow(tx, session, input.enrollmentId);
            apply(tx, row, input);
            return row;
        });
        return { rows: out, errors };
    }, (i) => `${i}.`);
}
async function checkIn(ctx, args) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const at = args.at ?? new Date();
    const [row] = await write(ctx, args.sessionId, 'checkIn', async (tx, session) => {
        const found = await one(tx, session, args.enrollmentId);
        if (found?.checkInAt)
            throw (0, errors_1.conflict)('已签到，不能重复签到');
        const row = found ?? newRow(tx, session, args.enrollmentId);
        const late = at.getTime() - (0, attendance_rules_1.sessionStart)(session).getTime() > attendance_rules_1.LATE_AFTER_MINUTES * 60_000;
        apply(tx, row, { status: late ? attendance_enums_1.AttendanceStatus.LATE : attendance_enums_1.AttendanceStatus.PRESENT, checkInAt: at });
        return { rows: [row] };
    });
    return row;
}
async function checkOut(ctx, args) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const [row] = await write(ctx, args.sessionId, 'checkOut', async (tx, session) => {
        const row = await one(tx, session, args.enrollmentId);
        if (!row?.checkInAt)
            throw (0, errors_1.badInput)({ enrollmentId: '尚未签到，不能签退' }, '尚未签到');
        if (row.checkOutAt)
            throw (0, errors_1.conflict)('已签退，不能重复签退');
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
async function write(ctx, sessionId, action, change, prefixOf = () => '') {
    return ctx.em.transactional(async (tx) => {
        const session = await (0, attendance_rules_1.lockSession)(tx, sessionId);
        const problem = (0, attendance_rules_1.sessionProblem)(session);
        if (problem)
            throw (0, errors_1.badInput)({ sessionId: problem }, problem);
        const { rows, errors: found = {} } = await change(tx, session);
        const errors = { ...(await (0, attendance_rules_1.attendanceProblems)(tx, rows, prefixOf)), ...found };
        if (Object.keys(errors).length)
            throw (0, errors_1.badInput)(errors, '考勤记录有误');
        const userId = ctx.principal?.userId;
        for (const row of rows) {
            row.recordedBy = userId ? tx.getReference(user_entity_1.User, userId) : null;
            (0, audit_service_1.recordAudit)(tx, ctx, {
                action,
                entityType: 'Attendance',
                entityId: row.id,
                fields: ['status', 'checkInAt', 'checkOutAt', 'pickedUpById', 'note', 'recordedById'],
                detail: { sessionId: session.id, status: row.status },
            });
        }
        try {
            await tx.flush();
        }
        catch (e) {
            throw crud.mapDriverError(e);
        }
        return rows;
    });
}
/** The live rows of a session for these enrolments, by enrolment id. */
async function liveRows(tx, sessionId, enrollmentIds) {
    const ids = enrollmentIds.filter(paging_1.isUuid);
    const rows = await tx.find(attendance_entity_1.Attendance, { session: sessionId, enrollment: { $in: ids } });
    return new Map(rows.map((r) => [r.enrollment.id, r]));
}
/** Enrolments the caller can see (a session in scope shows its class's enrolments). */
async function visibleEnrolments(tx, ids) {
    const found = await tx.find(enrollment_entity_1.Enrollment, { id: { $in: ids.filter(paging_1.isUuid) } }, { fields: ['id'] });
    return new Set(found.map((e) => e.id));
}
async function one(tx, session, enrollmentId) {
    if (!(await visibleEnrolments(tx, [enrollmentId])).has(enrollmentId))
        throw (0, errors_1.notFound)('Enrollment', enrollmentId);
    return (await liveRows(tx, session.id, [enrollmentId])).get(enrollmentId) ?? null;
}
function newRow(tx, session, enrollmentId) {
    const ref = (0, paging_1.isUuid)(enrollmentId) ? tx.getReference(enrollment_entity_1.Enrollment, enrollmentId) : null;
    return tx.create(attendance_entity_1.Attendance, { session, enrollment: ref, status: attendance_enums_1.AttendanceStatus.ABSENT });
}
/** Input onto a row: undefined keeps a value, null clears it. */
function apply(tx, row, input) {
    if (input.status !== undefined)
        row.status = input.status;
    if (input.checkInAt !== undefined)
        row.checkInAt = input.checkInAt;
    if (input.checkOutAt !== undefined)
        row.checkOutAt = input.checkOutAt;
    if (input.note !== undefined)
        row.note = input.note?.trim() || null;
    if (input.pickedUpById !== undefined) {
        const id = input.pickedUpById;
        // An id that is no uuid cannot be a guardian: the rules say so in words, not a database error.
        row.pickedUpBy = id ? tx.getReference(beneficiary_entity_1.Beneficiary, (0, paging_1.isUuid)(id) ? id : '00000000-0000-0000-0000-000000000000') : null;
    }
}
//# sourceMappingURL=attendance.service.js.map