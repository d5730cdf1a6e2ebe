"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUBSIDY_POLICIES = exports.PROJECTS = void 0;
exports.buildProjects = buildProjects;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
const project_enums_1 = require("../../modules/project/project.enums");
const demo_context_1 = require("./demo-context");
const project_status_rules_1 = require("../../modules/project/project-status.rules");
const demo_dates_1 = require("./demo-dates");
const demo_projects_gansu_1 = require("./demo-projects-gansu");
const demo_projects_sichuan_1 = require("./demo-projects-sichuan");
const demo_projects_yunnan_1 = require("./demo-projects-yunnan");
/** Every project, parents before their sub-projects (the order also fixes their ids). */
exports.PROJECTS = [
    ...demo_projects_yunnan_1.XISHAN_PROJECTS,
    ...demo_projects_gansu_1.LANZHOU_PROJECTS,
    ...demo_projects_sichuan_1.JIANGYANG_PROJECTS,
    ...demo_projects_gansu_1.XIFENG_PROJECTS,
    ...demo_projects_yunnan_1.PUER_PROJECTS,
    ...demo_projects_yunnan_1.XISHAN_PROPOSALS,
];
const XS_POLICY = {
    rateBp: 5000,
    // The article caps the subsidy only by the 50% rate; 195000 fen is 50% of the full 30-day term
    // (30 × 130 元), so the cap never bites before the rate does. Invented, derived from the article.
    capPerPersonFen: 195_000,
    eligibleCategories: [beneficiary_enums_1.BeneficiaryCategory.NEW_EMPLOYMENT_FORM_WORKER, beneficiary_enums_1.BeneficiaryCategory.INDUSTRIAL_WORKER],
    membershipOrganization: 'xishan',
    note: '给予工会关系在西山区的新就业形态劳动者、产业工人适当补助，每人不超过总托管费用的50%',
};
exports.SUBSIDY_POLICIES = {
    'xs-care-2024': XS_POLICY,
    'xs-care-2025': XS_POLICY,
    'xs-care-2025-yntz': XS_POLICY,
    'xs-care-2025-fudian': XS_POLICY,
    'xs-care-2026': { ...XS_POLICY, eligibleCategories: [...XS_POLICY.eligibleCategories, beneficiary_enums_1.BeneficiaryCategory.DIFFICULT_WORKER] },
};
/** Who decides approvals at each approving organization, when a demo account sits there. */
const DECIDERS = {
    kunming: 'kunming-admin',
    xishan: 'xishan-staff',
    fuhai: 'fuhai-staff',
    'jiangyang-fl': 'jiangyang-fulian',
};
function buildProjects(ctx) {
    for (const p of exports.PROJECTS) {
        const id = ctx.register('project', p.key, ctx.id());
        const createdAt = (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(p.startsOn, -60), '09:30');
        ctx.rows.serviceProject.push({
            id,
            name: p.name,
            brand: p.brand ?? null,
            edition: p.edition ?? null,
            category: p.category,
            sponsor: ctx.org(p.sponsor),
            operator: p.operator ? ctx.group(p.operator) : null,
            parent: p.parent ? ctx.project(p.parent) : null,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            budgetFen: p.budgetYuan === undefined ? null : p.budgetYuan * 100,
            targetCategories: p.targets,
            status: p.status,
            description: p.description ?? null,
            ...demo_context_1.DemoContext.stamp(createdAt),
        });
        for (const partner of p.partners ?? []) {
            ctx.rows.projectPartner.push({
                id: ctx.id(),
                project: id,
                organization: partner.org ? ctx.org(partner.org) : null,
                socialGroup: partner.group ? ctx.group(partner.group) : null,
                role: partner.role,
                note: partner.note ?? null,
                ...demo_context_1.DemoContext.stamp(createdAt),
            });
        }
        const policy = exports.SUBSIDY_POLICIES[p.key];
        if (policy) {
            ctx.rows.subsidyPolicy.push({
                id: ctx.id(),
                project: id,
                rateBp: policy.rateBp,
                capPerPersonFen: policy.capPerPersonFen,
                eligibleCategories: policy.eligibleCategories,
                membershipOrganization: ctx.org(policy.membershipOrganization),
                note: policy.note,
                ...demo_context_1.DemoContext.stamp(createdAt),
            });
        }
        // Approval by the sponsor's parent organization (or the sponsor itself at the top of its tree).
        if (p.status === project_enums_1.ProjectStatus.DRAFT)
            continue;
        const sponsorId = ctx.org(p.sponsor);
        const approverId = ctx.orgParent.get(sponsorId) ?? sponsorId;
        const approverKey = ctx.keyOf(approverId);
        const decider = approverKey && DECIDERS[approverKey] ? ctx.user(DECIDERS[approverKey]) : null;
        let submitted = (0, demo_dates_1.addDays)(p.startsOn, -45);
        const step = (decision, comment, submittedOn) => {
            const decided = decision === project_enums_1.ApprovalDecision.PENDING ? null : (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(submittedOn, 3), '15:00');
            // The due date as submitServiceProject sets it (APPROVAL_DUE_DAYS after submission).
            ctx.rows.approvalStep.push({
                id: ctx.id(),
                project: id,
                approverOrganization: approverId,
                decision,
                decidedBy: decided ? decider : null,
                decidedAt: decided,
                dueOn: (0, demo_dates_1.addDays)(submittedOn, project_status_rules_1.APPROVAL_DUE_DAYS),
                comment,
                createdAt: (0, demo_dates_1.chinaTime)(submittedOn, '10:00'),
                updatedAt: decided ?? (0, demo_dates_1.chinaTime)(submittedOn, '10:00'),
            });
        };
        if (p.status === project_enums_1.ProjectStatus.SUBMITTED) {
            // Submitted shortly before DEMO_TODAY and still waiting for a decision.
            step(project_enums_1.ApprovalDecision.PENDING, null, p.submittedOn ?? '2025-08-11');
            continue;
        }
        if (p.status === project_enums_1.ProjectStatus.REJECTED) {
            // Turned down, waiting for the sponsor to revise (reviseServiceProject) and submit again.
            step(project_enums_1.ApprovalDecision.REJECTED, p.rejectedFirst ?? '请修改后重新提交', p.submittedOn ?? '2025-08-11');
            continue;
        }
        if (p.rejectedFirst) {
            step(project_enums_1.ApprovalDecision.REJECTED, p.rejectedFirst, submitted);
            submitted = (0, demo_dates_1.addDays)(submitted, 10);
        }
        step(project_enums_1.ApprovalDecision.APPROVED, '同意实施', submitted);
    }
}
//# sourceMappingURL=demo-projects.js.map