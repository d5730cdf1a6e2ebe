"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceClassCapacityRules = serviceClassCapacityRules;
exports.afterEnrollmentRemoved = afterEnrollmentRemoved;
const postgresql_1 = require("@mikro-orm/postgresql");
const errors_1 = require("../../graphql/errors");
const service_class_entity_1 = require("../class/service-class.entity");
const enrollment_waitlist_1 = require("./enrollment.waitlist");
/**
 * A change of a class's capacity (the generic updateServiceClass), under the class row's lock so that
 * no enrolment slips in between the check and the write:
 * - below the number enrolled it is refused on the field the caller changed (the database CHECK
 *   enrolled_count <= capacity refuses it too, but names enrolledCount);
 * - a larger class takes people from its waitlist at once, first come first served (audited). The
 *   class row is written before the enrolment rows in the same flush (MikroORM orders the updates by
 *   dependency), so the CHECK holds after every statement.
 */
async function serviceClassCapacityRules(tx, rows, ctx, mode) {
    if (mode !== 'update')
        return;
    for (const row of rows) {
        const [locked] = await tx.execute('select enrolled_count from service_class where id = ? for update', [row.id]);
        if (!locked)
            continue;
        if (row.capacity < locked.enrolled_count) {
            throw (0, errors_1.badInput)({ capacity: `招收名额不能少于已报名人数（${locked.enrolled_count}人）` }, '招收名额不能少于已报名人数');
        }
        await (0, enrollment_waitlist_1.settleWaitlist)(tx, ctx, row, false);
    }
}
/**
 * A deleted enrolment (the generic deleteEnrollment, a correction) frees its place like a withdrawal:
 * the head of the waitlist moves up and the rest are renumbered, under the class row's lock.
 */
async function afterEnrollmentRemoved(tx, rows, ctx) {
    for (const classId of new Set(rows.map((r) => r.serviceClass.id))) {
        const cls = await tx.findOne(service_class_entity_1.ServiceClass, { id: classId }, { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true, filters: { scope: false } });
        if (cls)
            await (0, enrollment_waitlist_1.settleWaitlist)(tx, ctx, cls, true);
    }
}
//# sourceMappingURL=class-capacity.rules.js.map