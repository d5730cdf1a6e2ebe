"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONSENT_AGE_YEARS = void 0;
exports.needsGuardianConsent = needsGuardianConsent;
exports.hasActiveConsent = hasActiveConsent;
const validators_1 = require("../../common/validators");
const consent_entity_1 = require("./consent.entity");
/** Personal information of a child under 14 is sensitive (PIPL art. 28, 31): a guardian must consent. */
exports.CONSENT_AGE_YEARS = 14;
function needsGuardianConsent(birthDate, on = (0, validators_1.todayInChina)()) {
    // Without a birth date we cannot tell the person is an adult: treat them as a child.
    if (!birthDate)
        return true;
    return (0, validators_1.ageInMonths)(birthDate, on) < exports.CONSENT_AGE_YEARS * 12;
}
/** A consent for the purpose, given and not withdrawn (a withdrawal takes effect on the next request). */
async function hasActiveConsent(em, beneficiaryId, purpose) {
    const n = await em.count(consent_entity_1.Consent, { beneficiary: beneficiaryId, purpose, withdrawnAt: null, givenAt: { $lte: new Date() } }, { filters: { scope: false } });
    return n > 0;
}
//# sourceMappingURL=consent.service.js.map