"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROSTER_CONSENT_NOTICE = exports.MAX_ROSTER_ROWS = void 0;
exports.importRoster = importRoster;
const postgresql_1 = require("@mikro-orm/postgresql");
const node_crypto_1 = require("node:crypto");
const crud_service_1 = require("../../common/crud/crud-service");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const beneficiary_resource_1 = require("../beneficiary/beneficiary.resource");
const consent_resource_1 = require("../beneficiary/consent.resource");
const consent_service_1 = require("../beneficiary/consent.service");
const guardianship_entity_1 = require("../beneficiary/guardianship.entity");
const guardianship_resource_1 = require("../beneficiary/guardianship.resource");
const class_enums_1 = require("../class/class.enums");
const service_class_entity_1 = require("../class/service-class.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const enrollment_enums_1 = require("../enrollment/enrollment.enums");
const enrollment_resource_1 = require("../enrollment/enrollment.resource");
const enrollment_service_1 = require("../enrollment/enrollment.service");
const service_project_entity_1 = require("../project/service-project.entity");
const roster_rows_1 = require("./roster-rows");
const roster_registered_1 = require("./roster-registered");
/**
 * 名单导入: registers the people of a roster file and enrols them in a class.
 *
 * Every call checks every row (roster-rows.ts, then against the database: a registered person with
 * the same ID number through the keyed hash, a live enrolment in this class, consent). A dry run
 * stops there and writes nothing. A commit runs the same checks and, only if no row has an error,
 * in ONE transaction registers the new people and guardians, their guardianships and written
 * consents (through the generic CRUD service, so the usual rules and audit events apply) and enrols
 * each row through the enrolment service (capacity, waitlist, price); any failure rolls all of it back.
 */
exports.MAX_ROSTER_ROWS = 2000;
/** The consent's notice version: the written form the guardian signed on paper. */
exports.ROSTER_CONSENT_NOTICE = 'roster-paper-v1';
const NO_SCOPE = { filters: { scope: false } };
const LIVE = [enrollment_enums_1.EnrollmentStatus.ENROLLED, enrollment_enums_1.EnrollmentStatus.WAITLISTED];
const people = new crud_service_1.CrudService(beneficiary_resource_1.beneficiaryResource);
const guardianships = new crud_service_1.CrudService(guardianship_resource_1.guardianshipResource);
const consents = new crud_service_1.CrudService(consent_resource_1.consentResource);
async function importRoster(ctx, classId, rows, dryRun) {
    (0, access_1.assertCanWrite)(ctx, enrollment_resource_1.enrollmentResource);
    (0, access_1.assertCanWrite)(ctx, beneficiary_resource_1.beneficiaryResource);
    if (rows.length === 0)
        throw (0, errors_1.badInput)({ rows: '名单为空' });
    if (rows.length > exports.MAX_ROSTER_ROWS)
        throw (0, errors_1.badInput)({ rows: `一次最多导入${exports.MAX_ROSTER_ROWS}行` });
    if (dryRun)
        return check(ctx.em, ctx, classId, rows).then(({ checked, cls }) => (0, roster_registered_1.summary)(checked, cls, true));
    return ctx.em.transactional(async (tx) => {
        const txCtx = { ...ctx, em: tx };
        const { checked, cls } = await check(tx, txCtx, classId, rows, true);
        const errors = {};
        for (const row of checked)
            for (const [f, m] of Object.entries(row.errors))
                errors[`rows.${row.index}.${f}`] = m;
        if (Object.keys(errors).length)
            throw (0, errors_1.badInput)(errors, '名单有误，未导入任何记录');
        return commit(tx, txCtx, cls, checked);
    });
}
async function check(em, ctx, classId, inputs, lock = false) {
    const cls = (0, paging_1.isUuid)(classId)
        ? await em.findOne(service_class_entity_1.ServiceClass, { id: classId }, lock ? { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true } : {})
        : null;
    if (!cls)
        throw (0, errors_1.notFound)('ServiceClass', classId);
    if (cls.status !== class_enums_1.ClassStatus.OPEN)
        throw (0, errors_1.badInput)({ classId: '班级未开放报名，不能导入名单' });
    const parsed = inputs.map((row, i) => (0, roster_rows_1.parseRow)(row, i, cls));
    (0, roster_rows_1.markFileDuplicates)(parsed);
    const checked = await (0, roster_registered_1.withRegistered)(em, ctx, parsed);
    const existingIds = checked.map((r) => r.existingId).filter((id) => !!id);
    if (existingIds.length) {
        const live = await em.find(enrollment_entity_1.Enrollment, { serviceClass: cls.id, beneficiary: { $in: existingIds }, status: { $in: LIVE } }, { ...NO_SCOPE, fields: ['beneficiary'] });
        const enrolled = new Set(live.map((e) => e.beneficiary.id));
        for (const row of checked) {
            if (row.existingId && enrolled.has(row.existingId))
                row.errors.idNumber = '该服务对象已报名本班或在候补名单中';
        }
    }
    for (const row of checked) {
        // A registered child may already have a consent on record; otherwise the file must carry one.
        if (row.existingId && row.needsConsent && !row.consent && row.errors.guardianConsent) {
            if (await (0, consent_service_1.hasActiveConsent)(em, row.existingId, 'SERVICE_ENROLLMENT'))
                delete row.errors.guardianConsent;
        }
    }
    return { checked, cls };
}
const toInput = (p, registeredById, groupId) => ({
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idNumber: p.idNumber,
    phone: p.phone,
    categories: p.categories,
    registeredById,
    registeredByGroupId: groupId,
});
async function commit(tx, ctx, cls, rows) {
    // New people belong to the sponsor's subtree (and to the partner that imported them).
    const project = await tx.findOneOrFail(service_project_entity_1.ServiceProject, { id: cls.project.id }, NO_SCOPE);
    const sponsorId = project.sponsor.id;
    const groupId = ctx.principal?.role === 'PARTNER' ? ctx.principal.socialGroupId : null;
    let created = 0;
    // Guardians first (one per ID number, or per name and phone without one), then the people.
    const guardianKey = (g) => g.idNumber ?? `${g.name}|${g.phone}`;
    const newGuardians = new Map();
    for (const r of rows)
        if (r.guardian && !r.guardianExistingId)
            newGuardians.set(guardianKey(r.guardian), r.guardian);
    const gRows = await createPeople(ctx, [...newGuardians.values()], sponsorId, groupId);
    const guardianIds = new Map([...newGuardians.keys()].map((k, i) => [k, gRows[i]]));
    const childRows = await createPeople(ctx, rows.filter((r) => !r.existingId).map((r) => r.person), sponsorId, groupId);
    created += gRows.length + childRows.length;
    let next = 0;
    const ids = rows.map((r) => ({
        person: r.existingId ?? childRows[next++],
        guardian: r.guardian ? (r.guardianExistingId ?? guardianIds.get(guardianKey(r.guardian))) : null,
    }));
    const pairs = ids.filter((x) => x.guardian).map((x) => ({ guardian: x.guardian, ward: x.person }));
    const known = pairs.length
        ? await tx.find(guardianship_entity_1.Guardianship, { $or: pairs.map((p) => ({ guardian: p.guardian, ward: p.ward })) }, NO_SCOPE)
        : [];
    const links = rows
        .map((r, i) => ({ r, i }))
        .filter(({ i }) => ids[i].guardian && !known.some((k) => k.guardian.id === ids[i].guardian && k.ward.id === ids[i].person))
        .map(({ r, i }) => ({
        guardianId: ids[i].guardian,
        wardId: ids[i].person,
        relation: r.guardian.relation,
        isPrimary: true,
        mayPickUp: true,
    }));
    if (links.length)
        await guardianships.createMany(ctx, links);
    const givenAt = new Date().toISOString();
    const consentRows = rows
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.consent)
        .map(({ r, i }) => ({
        beneficiaryId: ids[i].person,
        givenById: ids[i].guardian,
        relation: r.guardian.relation,
        purpose: 'SERVICE_ENROLLMENT',
        noticeVersion: exports.ROSTER_CONSENT_NOTICE,
        givenAt,
    }));
    if (consentRows.length)
        await consents.createMany(ctx, consentRows);
    const results = [];
    for (const [i, r] of rows.entries()) {
        const e = await (0, enrollment_service_1.enrollInTransaction)(tx, ctx, {
            classId: cls.id,
            beneficiaryId: ids[i].person,
            applicantId: ids[i].guardian,
            days: r.days,
            idempotencyKey: `roster:${(0, node_crypto_1.randomUUID)()}`,
        });
        results.push({
            index: r.index,
            errors: [],
            existing: Boolean(r.existingId),
            status: e.status,
            beneficiaryId: ids[i].person,
        });
    }
    const enrolled = results.filter((x) => x.status === enrollment_enums_1.EnrollmentStatus.ENROLLED).length;
    (0, audit_service_1.recordAudit)(tx, ctx, {
        action: 'importRoster',
        entityType: 'ServiceClass',
        entityId: cls.id,
        fields: ['enrollments'],
        detail: { rows: rows.length, created, enrolled, waitlisted: rows.length - enrolled },
    });
    await tx.flush();
    return {
        dryRun: false,
        total: rows.length,
        valid: rows.length,
        created,
        enrolled,
        waitlisted: rows.length - enrolled,
        rows: results,
    };
}
async function createPeople(ctx, list, sponsorId, groupId) {
    if (!list.length)
        return [];
    const created = await people.createMany(ctx, list.map((p) => toInput(p, sponsorId, groupId)));
    return created.map((c) => c.id);
}
//# sourceMappingURL=roster-import.service.js.map