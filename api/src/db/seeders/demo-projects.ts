import { BeneficiaryCategory as BC, type BeneficiaryCategory } from '../../modules/beneficiary/beneficiary.enums';
import { ApprovalDecision as AD, ProjectStatus as PS } from '../../modules/project/project.enums';
import { DemoContext } from './demo-context';
import { APPROVAL_DUE_DAYS } from '../../modules/project/project-status.rules';
import { weeksIntoStory } from './demo-calendar';
import { addDays, chinaTime } from './demo-dates';
import type { ProjectDef } from './demo-project-def';
import { LANZHOU_PROJECTS, XIFENG_PROJECTS } from './demo-projects-gansu';
import { JIANGYANG_PROJECTS } from './demo-projects-sichuan';
import { PUER_PROJECTS, XISHAN_PROJECTS, XISHAN_PROPOSALS, XISHAN_YEAR_ROUND } from './demo-projects-yunnan';

/**
 * Service projects of the articles, with their sub-projects (子项目), partners, subsidy policies and
 * approval history. Budgets are invented (the articles give none). Status is as of the story's day (STORY_DAY); asOfToday moves it to the run's day.
 */
export type { ProjectDef };

/** Every project, parents before their sub-projects (the order also fixes their ids). */
export const PROJECTS: ProjectDef[] = [
  ...XISHAN_PROJECTS,
  ...LANZHOU_PROJECTS,
  ...JIANGYANG_PROJECTS,
  ...XIFENG_PROJECTS,
  ...PUER_PROJECTS,
  ...XISHAN_PROPOSALS,
  ...XISHAN_YEAR_ROUND,
];

/** Subsidy policies (article 000): up to 50% for 新就业形态劳动者 and 产业工人 whose 工会关系在西山区. */
export interface PolicyDef {
  rateBp: number;
  capPerPersonFen: number;
  eligibleCategories: BeneficiaryCategory[];
  /** Organization key: the worker's union membership must be in its subtree. */
  membershipOrganization: string;
  note: string;
}

const XS_POLICY: PolicyDef = {
  rateBp: 5000,
  // The article caps the subsidy only by the 50% rate; 195000 fen is 50% of the full 30-day term
  // (30 × 130 元), so the cap never bites before the rate does. Invented, derived from the article.
  capPerPersonFen: 195_000,
  eligibleCategories: [BC.NEW_EMPLOYMENT_FORM_WORKER, BC.INDUSTRIAL_WORKER],
  membershipOrganization: 'xishan',
  note: '给予工会关系在西山区的新就业形态劳动者、产业工人适当补助，每人不超过总托管费用的50%',
};

export const SUBSIDY_POLICIES: Record<string, PolicyDef> = {
  'xs-care-2024': XS_POLICY,
  'xs-care-2025': XS_POLICY,
  'xs-care-2025-yntz': XS_POLICY,
  'xs-care-2025-fudian': XS_POLICY,
  'xs-care-2026': { ...XS_POLICY, eligibleCategories: [...XS_POLICY.eligibleCategories, BC.DIFFICULT_WORKER] },
};

/** Who decides approvals at each approving organization, when a demo account sits there. */
const DECIDERS: Record<string, string> = {
  kunming: 'kunming-admin',
  xishan: 'xishan-staff',
  fuhai: 'fuhai-staff',
  'jiangyang-fl': 'jiangyang-fulian',
};

/**
 * A project as of the run's today. Proposals (submitted or turned down) are about what comes next: they
 * move with today, so the waiting ones are always days old. Running projects that ended before today
 * are 已结项, approved ones that started are 进行中.
 */
function asOfToday(ctx: DemoContext, def: ProjectDef): ProjectDef {
  const weeks = weeksIntoStory(ctx.calendar);
  if (def.status === PS.SUBMITTED || def.status === PS.REJECTED) {
    const move = (d: string) => addDays(d, weeks);
    const submittedOn = move(def.submittedOn ?? DEFAULT_SUBMITTED_ON);
    return { ...def, startsOn: move(def.startsOn), endsOn: move(def.endsOn), submittedOn };
  }
  let status = def.status;
  if (status === PS.APPROVED && def.startsOn <= ctx.today) status = PS.ACTIVE;
  if (status === PS.ACTIVE && def.endsOn < ctx.today) status = PS.COMPLETED;
  return { ...def, status };
}

const DEFAULT_SUBMITTED_ON = '2025-08-11';
const earliest = (a: string, b: string): string => (a < b ? a : b);

export function buildProjects(ctx: DemoContext): void {
  for (const def of PROJECTS) {
    const p = asOfToday(ctx, def);
    const id = ctx.register('project', p.key, ctx.id());
    // Written two months before it starts, or a month before today for one that starts later than that.
    const createdAt = chinaTime(earliest(addDays(p.startsOn, -60), addDays(ctx.today, -30)), '09:30');
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
      ...DemoContext.stamp(createdAt),
    });
    for (const partner of p.partners ?? []) {
      ctx.rows.projectPartner.push({
        id: ctx.id(),
        project: id,
        organization: partner.org ? ctx.org(partner.org) : null,
        socialGroup: partner.group ? ctx.group(partner.group) : null,
        role: partner.role,
        note: partner.note ?? null,
        ...DemoContext.stamp(createdAt),
      });
    }
    const policy = SUBSIDY_POLICIES[p.key];
    if (policy) {
      ctx.rows.subsidyPolicy.push({
        id: ctx.id(),
        project: id,
        rateBp: policy.rateBp,
        capPerPersonFen: policy.capPerPersonFen,
        eligibleCategories: policy.eligibleCategories,
        membershipOrganization: ctx.org(policy.membershipOrganization),
        note: policy.note,
        ...DemoContext.stamp(createdAt),
      });
    }
    // Approval by the sponsor's parent organization (or the sponsor itself at the top of its tree).
    if (p.status === PS.DRAFT) continue;
    const sponsorId = ctx.org(p.sponsor);
    const approverId = ctx.orgParent.get(sponsorId) ?? sponsorId;
    const approverKey = ctx.keyOf(approverId);
    const decider = approverKey && DECIDERS[approverKey] ? ctx.user(DECIDERS[approverKey]) : null;
    let submitted = earliest(addDays(p.startsOn, -45), addDays(ctx.today, -20));
    const step = (decision: (typeof AD)[keyof typeof AD], comment: string | null, submittedOn: string) => {
      const decided = decision === AD.PENDING ? null : chinaTime(addDays(submittedOn, 3), '15:00');
      // The due date as submitServiceProject sets it (APPROVAL_DUE_DAYS after submission).
      ctx.rows.approvalStep.push({
        id: ctx.id(),
        project: id,
        approverOrganization: approverId,
        decision,
        decidedBy: decided ? decider : null,
        decidedAt: decided,
        dueOn: addDays(submittedOn, APPROVAL_DUE_DAYS),
        comment,
        createdAt: chinaTime(submittedOn, '10:00'),
        updatedAt: decided ?? chinaTime(submittedOn, '10:00'),
      });
    };
    if (p.status === PS.SUBMITTED) {
      // Submitted shortly before the story's day and still waiting for a decision.
      step(AD.PENDING, null, p.submittedOn ?? DEFAULT_SUBMITTED_ON);
      continue;
    }
    if (p.status === PS.REJECTED) {
      // Turned down, waiting for the sponsor to revise (reviseServiceProject) and submit again.
      step(AD.REJECTED, p.rejectedFirst ?? '请修改后重新提交', p.submittedOn ?? DEFAULT_SUBMITTED_ON);
      continue;
    }
    if (p.rejectedFirst) {
      step(AD.REJECTED, p.rejectedFirst, submitted);
      submitted = addDays(submitted, 10);
    }
    step(AD.APPROVED, '同意实施', submitted);
  }
}
