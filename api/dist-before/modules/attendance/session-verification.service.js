"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifySessionAttendance = verifySessionAttendance;
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const user_entity_1 = require("../account/user.entity");
const audit_service_1 = require("../audit/audit.service");
const class_enums_1 = require("../class/class.enums");
const attendance_rules_1 = require("./attendance.rules");
/**
 * 考勤核验: the sponsor's staff confirm a held session's roster. The partner who delivers the service
 * records attendance; the union that pays checks it, so a partner cannot verify its own figures.
 * Settlement pays verified sessions only, and their attendance is frozen (a trigger refuses changes).
 */
const VERIFIERS = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'];
async function verifySessionAttendance(ctx, sessionId) {
    if (!ctx.principal)
        throw (0, access_1.unauthenticated)();
    if (!VERIFIERS.includes(ctx.principal.role))
        throw (0, access_1.forbidden)('只有主办单位的工作人员可以核验考勤');
    return ctx.em.transactional(async (tx) => {
        const session = await (0, attendance_rules_1.lockSession)(tx, sessionId);
        if (session.attendanceVerifiedAt)
            throw (0, errors_1.conflict)('本课次考勤已核验');
        if (session.status !== class_enums_1.SessionStatus.HELD) {
            throw (0, errors_1.badInput)({ sessionId: '课次尚未开展（没有考勤记录）或已取消，不能核验' }, '课次不能核验');
        }
        session.attendanceVerifiedAt = new Date();
        session.attendanceVerifiedBy = ctx.principal.userId ? tx.getReference(user_entity_1.User, ctx.principal.userId) : null;
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'verifyAttendance',
            entityType: 'ClassSession',
            entityId: session.id,
            fields: ['attendanceVerifiedAt', 'attendanceVerifiedById'],
        });
        await tx.flush();
        return session;
    });
}
//# sourceMappingURL=session-verification.service.js.map