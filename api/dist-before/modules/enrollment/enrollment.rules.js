"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enrollmentRules = enrollmentRules;
const errors_1 = require("../../graphql/errors");
const service_class_entity_1 = require("../class/service-class.entity");
const enrollment_terms_1 = require("./enrollment.terms");
const NO_SCOPE = { filters: { scope: false } };
/**
 * Rules of the generic writes of an enrolment (`enroll` in enrollment.service.ts is the only way in):
 * a change of the days booked or of the applicant is checked like a new enrolment (days within the
 * class's meeting days, the applicant a guardian) and the fee, subsidy and payable are priced again,
 * so that fee = subsidy + payable always follows days × fee per day and the project's policy.
 */
async function enrollmentRules(tx, rows, _ctx, mode) {
    for (const row of rows) {
        const person = await (0, enrollment_terms_1.loadPerson)(tx, row.beneficiary.id);
        if (!person)
            continue;
        if (mode === 'create') {
            // Not offered as a mutation; kept so that no generic path can enrol a child without consent.
            const consent = await (0, enrollment_terms_1.consentProblem)(tx, person);
            if (consent)
                throw (0, errors_1.badInput)({ beneficiaryId: consent }, '缺少监护人同意');
            continue;
        }
        const cls = await tx.findOne(service_class_entity_1.ServiceClass, { id: row.serviceClass.id }, NO_SCOPE);
        const applicant = row.applicant ? await (0, enrollment_terms_1.loadPerson)(tx, row.applicant.id) : null;
        if (!cls)
            continue;
        const errors = {};
        const days = (0, enrollment_terms_1.daysProblem)(cls, row.daysBooked);
        if (days)
            errors.daysBooked = days;
        const who = await (0, enrollment_terms_1.applicantProblem)(tx, person, applicant);
        if (who)
            errors.applicantId = who;
        if (Object.keys(errors).length)
            throw (0, errors_1.badInput)(errors);
        const { feeFen, subsidyFen, payableFen } = await (0, enrollment_terms_1.priceEnrollment)(tx, cls, person, applicant, row.daysBooked);
        Object.assign(row, { feeFen, subsidyFen, payableFen });
    }
}
//# sourceMappingURL=enrollment.rules.js.map