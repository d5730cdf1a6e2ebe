"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enrollmentResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const enrollment_entity_1 = require("./enrollment.entity");
const enrollment_rules_1 = require("./enrollment.rules");
const class_capacity_rules_1 = require("./class-capacity.rules");
const enrollment_enums_1 = require("./enrollment.enums");
exports.enrollmentResource = (0, resource_1.defineResource)({
    name: 'Enrollment',
    entity: enrollment_entity_1.Enrollment,
    single: 'enrollment',
    plural: 'enrollments',
    label: ['报名', 'Enrollment'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    defaultOrder: { createdAt: 'DESC' },
    // `enroll` (enrollment.service.ts) is the only way in: it checks the class, age, consent, duplicates
    // and capacity under a lock and prices the place. Update (days, applicant) and delete stay generic.
    operations: { create: false },
    validate: enrollment_rules_1.enrollmentRules,
    afterRemove: class_capacity_rules_1.afterEnrollmentRemoved,
    fields: {
        classId: resource_1.f.ref('ServiceClass', 'serviceClass', '班级', 'Class', { required: true, createOnly: true, filter: true }),
        beneficiaryId: resource_1.f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', {
            required: true,
            createOnly: true,
            filter: true,
            description: 'One live (enrolled or waitlisted) enrollment per class and person',
        }),
        applicantId: resource_1.f.ref('Beneficiary', 'applicant', '申请人', 'Applicant', {
            filter: true,
            description: 'e.g. the parent of a child',
        }),
        status: resource_1.f.enum(enrollment_enums_1.EnrollmentStatus, 'EnrollmentStatus', '状态', 'Status', {
            readOnly: true,
            filter: true,
            sort: true,
        }),
        waitlistPosition: resource_1.f.int('候补顺位', 'Waiting-list position', { readOnly: true, sort: true }),
        daysBooked: resource_1.f.int('预约天数', 'Days booked', { min: 0, sort: true }),
        feeFen: resource_1.f.money('费用', 'Fee', { readOnly: true, sort: true, description: 'subsidyFen + payableFen' }),
        subsidyFen: resource_1.f.money('补贴金额', 'Subsidy', { readOnly: true, sort: true }),
        payableFen: resource_1.f.money('自付金额', 'Payable', { readOnly: true, sort: true }),
        idempotencyKey: resource_1.f.string('幂等键', 'Idempotency key', {
            createOnly: true,
            maxLength: 100,
            description: 'A retried request with the same key returns the first enrollment instead of enrolling twice',
        }),
        enrolledAt: resource_1.f.datetime('报名时间', 'Enrolled at', { readOnly: true, filter: true, sort: true }),
        withdrawnAt: resource_1.f.datetime('退出时间', 'Withdrawn at', { readOnly: true, filter: true, sort: true }),
    },
    toMany: {
        attendanceRecords: { target: 'Attendance', inverse: 'enrollment', label: ['考勤', 'Attendance records'] },
    },
});
//# sourceMappingURL=enrollment.resource.js.map