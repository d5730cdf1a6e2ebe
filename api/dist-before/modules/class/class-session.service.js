"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CANCEL_REASON_MAX = void 0;
exports.cancelClassSession = cancelClassSession;
const postgresql_1 = require("@mikro-orm/postgresql");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const class_session_entity_1 = require("./class-session.entity");
const class_session_resource_1 = require("./class-session.resource");
const class_enums_1 = require("./class.enums");
const spec = class_session_resource_1.classSessionResource;
exports.CANCEL_REASON_MAX = 500;
/**
 * 停课: a session becomes CANCELLED, with the reason and time. Nothing is deleted: its attendance
 * records stay as they are (the first one already made it HELD), regenerating the class's sessions
 * keeps it cancelled, and settlement and new attendance leave it out. Refused (CONFLICT) twice, and
 * once its attendance is verified (考勤核验): settlement has counted it. Under the session row's lock,
 * so two cancellations, or a cancellation and a verification, cannot both pass the check.
 */
async function cancelClassSession(ctx, id, reason) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const text = (reason ?? '').trim() || null;
    if (text && text.length > exports.CANCEL_REASON_MAX)
        throw (0, errors_1.badInput)({ reason: `原因不能超过${exports.CANCEL_REASON_MAX}个字` });
    return ctx.em.transactional(async (tx) => {
        const session = (0, paging_1.isUuid)(id)
            ? await tx.findOne(class_session_entity_1.ClassSession, { id }, { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true })
            : null;
        if (!session)
            throw (0, errors_1.notFound)('ClassSession', id);
        if (session.status === class_enums_1.SessionStatus.CANCELLED)
            throw (0, errors_1.conflict)('该课次已取消，不能重复取消', { status: session.status });
        if (session.attendanceVerifiedAt)
            throw (0, errors_1.conflict)('该课次考勤已核验，不能取消', { status: session.status });
        session.status = class_enums_1.SessionStatus.CANCELLED;
        session.cancelReason = text;
        session.cancelledAt = new Date();
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'cancel',
            entityType: 'ClassSession',
            entityId: session.id,
            fields: ['status', 'cancelReason', 'cancelledAt'],
        });
        await tx.flush();
        return session;
    });
}
//# sourceMappingURL=class-session.service.js.map