"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revealPersonalInfo = revealPersonalInfo;
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const beneficiary_entity_1 = require("./beneficiary.entity");
const consent_service_1 = require("./consent.service");
const REVEALERS = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER'];
/**
 * Shows one personal value in clear, for a stated reason, and records who saw what and why.
 * The person must be in the caller's scope (the request's EntityManager); a child's data needs a
 * guardian's consent that has not been withdrawn.
 */
async function revealPersonalInfo(em, ctx, beneficiaryId, field, reason) {
    const p = ctx.principal;
    if (!p || !REVEALERS.includes(p.role))
        throw (0, access_1.forbidden)('无权查看个人信息');
    if (reason.trim().length < 4)
        throw (0, errors_1.badInput)({ reason: '请说明查看原因（至少4个字）' });
    return em.transactional(async (tx) => {
        const person = await tx.findOne(beneficiary_entity_1.Beneficiary, { id: beneficiaryId });
        if (!person)
            throw (0, errors_1.notFound)('Beneficiary', beneficiaryId);
        if ((0, consent_service_1.needsGuardianConsent)(person.birthDate) && !(await (0, consent_service_1.hasActiveConsent)(tx, person.id, 'SERVICE_ENROLLMENT'))) {
            throw (0, access_1.forbidden)('未满14周岁且无有效的监护人同意，不能查看');
        }
        const value = field === 'idNumber'
            ? person.idNumberCipher
                ? ctx.pii.decrypt(person.idNumberCipher)
                : null
            : (person.phone ?? null);
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'reveal',
            entityType: 'Beneficiary',
            entityId: person.id,
            fields: [field],
            detail: { reason: reason.trim().slice(0, 200) },
        });
        await tx.flush();
        return value;
    });
}
//# sourceMappingURL=reveal.service.js.map