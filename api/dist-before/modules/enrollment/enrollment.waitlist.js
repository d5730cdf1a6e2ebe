"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.settleWaitlist = settleWaitlist;
const audit_service_1 = require("../audit/audit.service");
const enrollment_entity_1 = require("./enrollment.entity");
const enrollment_enums_1 = require("./enrollment.enums");
const NO_SCOPE = { filters: { scope: false } };
/**
 * Under the class lock: fills free places from the head of the waitlist and numbers the rest of the
 * waitlist 1, 2, 3 … in their order. With `always` false it reads the waitlist only when there is a
 * free place. Returns the number enrolled and the last waitlist position afterwards.
 */
async function settleWaitlist(tx, ctx, cls, always) {
    let enrolled = await tx.count(enrollment_entity_1.Enrollment, { serviceClass: cls.id, status: enrollment_enums_1.EnrollmentStatus.ENROLLED }, NO_SCOPE);
    if (enrolled >= cls.capacity && !always) {
        const [r] = await tx.execute(`select max(waitlist_position) as top from enrollment
        where class_id = ? and status = 'WAITLISTED' and deleted_at is null`, [cls.id]);
        return { enrolled, lastPosition: r.top ?? 0 };
    }
    const waiting = await tx.find(enrollment_entity_1.Enrollment, { serviceClass: cls.id, status: enrollment_enums_1.EnrollmentStatus.WAITLISTED }, { ...NO_SCOPE, orderBy: { waitlistPosition: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const now = new Date();
    let position = 0;
    for (const w of waiting) {
        if (enrolled < cls.capacity) {
            w.status = enrollment_enums_1.EnrollmentStatus.ENROLLED;
            w.waitlistPosition = null;
            w.enrolledAt = now;
            enrolled++;
            (0, audit_service_1.recordAudit)(tx, ctx, {
                action: 'promote',
                entityType: 'Enrollment',
                entityId: w.id,
                fields: ['status', 'waitlistPosition', 'enrolledAt'],
            });
        }
        else if (w.waitlistPosition !== ++position) {
            w.waitlistPosition = position;
            (0, audit_service_1.recordAudit)(tx, ctx, {
                action: 'renumber',
                entityType: 'Enrollment',
                entityId: w.id,
                fields: ['waitlistPosition'],
            });
        }
    }
    return { enrolled, lastPosition: position };
}
//# sourceMappingURL=enrollment.waitlist.js.map