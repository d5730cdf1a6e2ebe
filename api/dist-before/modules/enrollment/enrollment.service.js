"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enroll = enroll;
exports.enrollInTransaction = enrollInTransaction;
exports.withdrawEnrollment = withdrawEnrollment;
const postgresql_1 = require("@mikro-orm/postgresql");
const crud_service_1 = require("../../common/crud/crud-service");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const class_enums_1 = require("../class/class.enums");
const service_class_entity_1 = require("../class/service-class.entity");
const enrollment_entity_1 = require("./enrollment.entity");
const enrollment_enums_1 = require("./enrollment.enums");
const enrollment_resource_1 = require("./enrollment.resource");
const enrollment_terms_1 = require("./enrollment.terms");
const enrollment_waitlist_1 = require("./enrollment.waitlist");
const LIVE = [enrollment_enums_1.EnrollmentStatus.ENROLLED, enrollment_enums_1.EnrollmentStatus.WAITLISTED];
const NO_SCOPE = { filters: { scope: false } };
/** The declaration as the generic code takes it (its validate hook is typed for enrolments). */
const spec = enrollment_resource_1.enrollmentResource;
const crud = new crud_service_1.CrudService(spec);
const ENROLL_FIELDS = [
    'classId',
    'beneficiaryId',
    'applicantId',
    'daysBooked',
    'idempotencyKey',
    'status',
    'waitlistPosition',
    'feeFen',
    'subsidyFen',
    'payableFen',
    'enrolledAt',
];
async function enroll(ctx, args) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const key = (args.idempotencyKey ?? '').trim();
    if (!key || key.length > 100)
        throw (0, errors_1.badInput)({ idempotencyKey: '幂等键须为1～100个字符' });
    const input = { ...args, applicantId: args.applicantId || null, idempotencyKey: key };
    try {
        return await enrollOnce(ctx, input);
    }
    catch (e) {
        // Two requests with one key for different classes are not serialized by a class lock: the loser
        // hits the unique key; once the winner has committed, the key's enrolment answers the retry.
        if (isUniqueViolation(e, 'enrollment_idempotency_key_unique'))
            return enrollOnce(ctx, input);
        throw e;
    }
}
async function enrollOnce(ctx, args) {
    return ctx.em.transactional((tx) => enrollInTransaction(tx, ctx, args));
}
/**
 * The enrolment itself, inside a transaction the caller owns (`enroll`, or a roster import that
 * enrols many people all or nothing). The caller must have checked write access; the class row lock
 * is held until the caller's transaction ends.
 */
async function enrollInTransaction(tx, ctx, args) {
    const cls = await lockClass(tx, args.classId, true);
    if (!cls)
        throw (0, errors_1.notFound)('ServiceClass', args.classId);
    const prior = await tx.findOne(enrollment_entity_1.Enrollment, { idempotencyKey: args.idempotencyKey }, {
        filters: { scope: false, notDeleted: false },
    });
    if (prior)
        return replay(prior, args);
    const person = (0, paging_1.isUuid)(args.beneficiaryId) ? await tx.findOne(beneficiary_entity_1.Beneficiary, { id: args.beneficiaryId }) : null;
    if (!person)
        throw (0, errors_1.notFound)('Beneficiary', args.beneficiaryId);
    let applicant = null;
    if (args.applicantId && args.applicantId !== person.id) {
        applicant = (0, paging_1.isUuid)(args.applicantId) ? await tx.findOne(beneficiary_entity_1.Beneficiary, { id: args.applicantId }) : null;
        if (!applicant)
            throw (0, errors_1.notFound)('Beneficiary', args.applicantId);
    }
    const errors = await (0, enrollment_terms_1.enrollmentProblems)(tx, cls, person, applicant, args.days);
    if (cls.status !== class_enums_1.ClassStatus.OPEN) {
        errors.classId = cls.status === class_enums_1.ClassStatus.CLOSED ? '班级已截止报名' : '班级已取消，不能报名';
    }
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors, '报名条件不符');
    const live = await tx.count(enrollment_entity_1.Enrollment, { serviceClass: cls.id, beneficiary: person.id, status: { $in: LIVE } }, NO_SCOPE);
    if (live > 0) {
        throw (0, errors_1.conflict)('该服务对象已报名本班（或已在候补名单中），不能重复报名', {
            fieldErrors: { beneficiaryId: '已报名本班或在候补中' },
        });
    }
    const price = await (0, enrollment_terms_1.priceEnrollment)(tx, cls, person, applicant, args.days);
    const { enrolled, lastPosition } = await (0, enrollment_waitlist_1.settleWaitlist)(tx, ctx, cls, false);
    const now = new Date();
    const hasPlace = enrolled < cls.capacity;
    const row = tx.create(enrollment_entity_1.Enrollment, {
        serviceClass: cls,
        beneficiary: person,
        applicant: applicant ?? (args.applicantId ? person : null),
        status: hasPlace ? enrollment_enums_1.EnrollmentStatus.ENROLLED : enrollment_enums_1.EnrollmentStatus.WAITLISTED,
        waitlistPosition: hasPlace ? null : lastPosition + 1,
        daysBooked: args.days,
        feeFen: price.feeFen,
        subsidyFen: price.subsidyFen,
        payableFen: price.payableFen,
        idempotencyKey: args.idempotencyKey,
        enrolledAt: hasPlace ? now : null,
    });
    (0, audit_service_1.recordAudit)(tx, ctx, {
        action: 'enroll',
        entityType: 'Enrollment',
        entityId: row.id,
        fields: ENROLL_FIELDS,
        detail: { status: row.status, waitlistPosition: row.waitlistPosition ?? null },
    });
    await flush(tx);
    return row;
}
/** The same key again: the first result if the request is the same, CONFLICT if it is not. */
function replay(prior, args) {
    const same = !prior.deletedAt &&
        prior.serviceClass.id === args.classId &&
        prior.beneficiary.id === args.beneficiaryId &&
        (prior.applicant?.id ?? null) === (args.applicantId ?? null) &&
        prior.daysBooked === args.days;
    if (!same) {
        throw (0, errors_1.conflict)('此幂等键已用于另一份报名请求，请换一个新的幂等键', {
            fieldErrors: { idempotencyKey: '已用于另一份报名请求' },
        });
    }
    return prior;
}
async function withdrawEnrollment(ctx, id) {
    (0, access_1.assertCanWrite)(ctx, spec);
    if (!(0, paging_1.isUuid)(id))
        throw (0, errors_1.notFound)('Enrollment', id);
    return ctx.em.transactional(async (tx) => {
        const seen = await tx.findOne(enrollment_entity_1.Enrollment, { id }, { fields: ['id', 'serviceClass'] });
        if (!seen)
            throw (0, errors_1.notFound)('Enrollment', id);
        const cls = await lockClass(tx, seen.serviceClass.id, false);
        // Read again under the lock: a concurrent withdrawal or promotion may have changed it.
        const row = await tx.findOne(enrollment_entity_1.Enrollment, { id }, { ...NO_SCOPE, refresh: true });
        if (!cls || !row)
            throw (0, errors_1.notFound)('Enrollment', id);
        if (row.status === enrollment_enums_1.EnrollmentStatus.WITHDRAWN)
            throw (0, errors_1.conflict)('该报名已退出，不能重复退出');
        if (!LIVE.includes(row.status))
            throw (0, errors_1.conflict)('已结业或未通过的报名不能退出');
        row.status = enrollment_enums_1.EnrollmentStatus.WITHDRAWN;
        row.withdrawnAt = new Date();
        row.waitlistPosition = null;
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'withdraw',
            entityType: 'Enrollment',
            entityId: row.id,
            fields: ['status', 'withdrawnAt', 'waitlistPosition'],
        });
        // The place is freed (the trigger lowers enrolled_count) before anyone takes it: the CHECK
        // enrolled_count <= capacity holds after every statement.
        await flush(tx);
        await (0, enrollment_waitlist_1.settleWaitlist)(tx, ctx, cls, true);
        await flush(tx);
        return row;
    });
}
/**
 * The class row, locked for the rest of the transaction. `scoped`: found only if the caller may see
 * it (then locked); otherwise by id, for a row already found in scope.
 */
async function lockClass(tx, id, scoped) {
    if (!(0, paging_1.isUuid)(id))
        return null;
    return tx.findOne(service_class_entity_1.ServiceClass, { id }, {
        lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        ...(scoped ? {} : NO_SCOPE),
    });
}
async function flush(tx) {
    try {
        await tx.flush();
    }
    catch (e) {
        if (isUniqueViolation(e, 'enrollment_idempotency_key_unique'))
            throw e; // retried by enroll()
        if (isUniqueViolation(e, 'enrollment_live_unique')) {
            throw (0, errors_1.conflict)('该服务对象已报名本班（或已在候补名单中），不能重复报名', {
                fieldErrors: { beneficiaryId: '已报名本班或在候补中' },
            });
        }
        throw crud.mapDriverError(e);
    }
}
function isUniqueViolation(e, constraint) {
    return (e instanceof postgresql_1.DriverException &&
        e.code === '23505' &&
        e.constraint === constraint);
}
//# sourceMappingURL=enrollment.service.js.map