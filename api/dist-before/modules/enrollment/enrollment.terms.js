"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadPerson = exports.CONSENT_MESSAGE = exports.MAX_FEE_FEN = void 0;
exports.meetingDays = meetingDays;
exports.ageProblem = ageProblem;
exports.daysProblem = daysProblem;
exports.consentProblem = consentProblem;
exports.applicantProblem = applicantProblem;
exports.enrollmentProblems = enrollmentProblems;
exports.priceEnrollment = priceEnrollment;
const validators_1 = require("../../common/validators");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const consent_service_1 = require("../beneficiary/consent.service");
const guardianship_entity_1 = require("../beneficiary/guardianship.entity");
const organization_entity_1 = require("../organization/organization.entity");
const subsidy_1 = require("../project/subsidy");
const subsidy_policy_entity_1 = require("../project/subsidy-policy.entity");
/**
 * Who may take a place in a class and at what price: the rules shared by `enroll` and by a change of
 * an enrolment's days or applicant. Look-ups here are rule inputs, not data shown to the caller, so
 * they ignore the caller's scope (the class and the person were found in scope before).
 */
const NO_SCOPE = { filters: { scope: false } };
/** The largest fee a row can hold (the money columns are 32-bit integers of fen). */
exports.MAX_FEE_FEN = 2_147_483_647;
exports.CONSENT_MESSAGE = '未满14周岁的儿童报名前须有监护人的同意记录';
/** Days the class meets: dates from startsOn to endsOn whose ISO weekday is one of its weekdays. */
function meetingDays(cls) {
    const start = Date.parse(`${cls.startsOn}T00:00:00Z`);
    const end = Date.parse(`${cls.endsOn}T00:00:00Z`);
    const days = new Set(cls.weekdays);
    let n = 0;
    for (let t = start; t <= end; t += 86_400_000) {
        const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1; // Monday = 1 … Sunday = 7
        if (days.has(iso))
            n++;
    }
    return n;
}
/** Age in months on the class start date, inside the class's range (a missing bound is no bound). */
function ageProblem(cls, birthDate) {
    const min = cls.minAgeMonths ?? null;
    const max = cls.maxAgeMonths ?? null;
    if (min === null && max === null)
        return null;
    if (!birthDate)
        return '缺少出生日期，无法核对是否符合班级的年龄要求';
    const age = (0, validators_1.ageInMonths)(birthDate, cls.startsOn);
    if ((min !== null && age < min) || (max !== null && age > max)) {
        const range = `${min ?? 0}～${max ?? '不限'}个月`;
        return `开班时月龄为${age}个月，不在本班招收范围（${range}）内`;
    }
    return null;
}
/** The days booked: at least one and no more than the class meets. */
function daysProblem(cls, days) {
    if (!Number.isInteger(days) || days < 1)
        return '预约天数至少为1天';
    const most = meetingDays(cls);
    if (days > most)
        return `预约天数不能超过本班的上课天数（${most}天）`;
    if (days * cls.feePerDayFen > exports.MAX_FEE_FEN)
        return '费用超出可记录的范围';
    return null;
}
/** A child under 14 is enrolled only with a guardian's consent on record and not withdrawn. */
async function consentProblem(tx, person) {
    if (!(0, consent_service_1.needsGuardianConsent)(person.birthDate))
        return null;
    return (await (0, consent_service_1.hasActiveConsent)(tx, person.id, 'SERVICE_ENROLLMENT')) ? null : exports.CONSENT_MESSAGE;
}
/** Someone applying for another person must be that person's guardian (a live guardianship). */
async function applicantProblem(tx, person, applicant) {
    if (!applicant || applicant.id === person.id)
        return null;
    const n = await tx.count(guardianship_entity_1.Guardianship, { guardian: applicant.id, ward: person.id }, NO_SCOPE);
    return n > 0 ? null : '申请人须是该服务对象登记在册的监护人';
}
/** Days, age, consent and applicant, as field errors (empty when the person may take the place). */
async function enrollmentProblems(tx, cls, person, applicant, days) {
    const errors = {};
    const d = daysProblem(cls, days);
    if (d)
        errors.days = d;
    const who = ageProblem(cls, person.birthDate) ?? (await consentProblem(tx, person));
    if (who)
        errors.beneficiaryId = who;
    const a = await applicantProblem(tx, person, applicant);
    if (a)
        errors.applicantId = a;
    return errors;
}
/**
 * fee = days × the class's fee per day; the subsidy follows the project's policy (project/subsidy.ts):
 * the beneficiary's categories and union membership count, and those of the applying guardian.
 */
async function priceEnrollment(tx, cls, person, applicant, days) {
    const policy = await tx.findOne(subsidy_policy_entity_1.SubsidyPolicy, { project: cls.project.id }, NO_SCOPE);
    const people = applicant && applicant.id !== person.id ? [person, applicant] : [person];
    const orgIds = [
        ...new Set([policy?.membershipOrganization?.id, ...people.map((p) => p.unionOrganization?.id)].filter((id) => !!id)),
    ];
    const orgs = orgIds.length
        ? await tx.find(organization_entity_1.Organization, { id: { $in: orgIds } }, { ...NO_SCOPE, fields: ['id', 'path'] })
        : [];
    const pathOf = (id) => (id ? (orgs.find((o) => o.id === id)?.path ?? null) : null);
    const membershipId = policy?.membershipOrganization?.id;
    const membershipPath = pathOf(membershipId);
    return (0, subsidy_1.computeFee)({
        days,
        feePerDayFen: cls.feePerDayFen,
        policy: policy && {
            rateBp: policy.rateBp,
            capPerPersonFen: policy.capPerPersonFen ?? null,
            eligibleCategories: policy.eligibleCategories,
            // A membership organization that is gone (deleted) admits no one rather than everyone.
            membershipPath: membershipId ? (membershipPath ?? '\u0000') : null,
        },
        people: people.map((p) => ({
            categories: p.categories,
            unionPath: pathOf(p.unionOrganization?.id),
        })),
    });
}
/** Loads a person for the rules without the caller's scope (already checked by the caller). */
const loadPerson = (tx, id) => tx.findOne(beneficiary_entity_1.Beneficiary, { id }, NO_SCOPE);
exports.loadPerson = loadPerson;
//# sourceMappingURL=enrollment.terms.js.map