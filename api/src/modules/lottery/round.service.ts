import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import type { ServiceClass } from '../class/service-class.entity';
import { inClassTurn } from '../enrollment/class-turns';
import { Enrollment } from '../enrollment/enrollment.entity';
import { LIVE, lockClass } from '../enrollment/enrollment.service';
import { enrollmentProblems } from '../enrollment/enrollment.terms';
import type { ApplicationRound } from './application-round.entity';
import { Application } from './application.entity';
import { applicationResource } from './application.resource';
import { RoundClass } from './round-class.entity';
import { ApplicationStatus, RoundStatus } from './round.enums';
import { clockNow, isUniqueViolation, lockRound, stamp } from './round.shared';
import { tierOf } from './round.tiers';

/**
 * Application rounds (报名 → 资格审核 → 摇号, issue 22): applying and withdrawing while a round is open
 * (opening one: round-open.service.ts). Every call is one transaction; applications to one round are numbered
 * under the round's row lock, and the window is judged by the database clock after that lock, so an
 * application arriving as the round closes is either counted or refused, never half-written.
 */
const applicationSpec = applicationResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;

export interface ApplyArgs {
  classId: string;
  beneficiaryId: string;
  applicantId?: string | null;
  days: number;
  siblingGroup?: string | null;
  /** A round over several classes: further classes of the round applied for, in order after classId. */
  alsoClassIds?: string[] | null;
}

export async function applyForPlace(ctx: CrudContext, args: ApplyArgs): Promise<Application> {
  assertCanWrite(ctx, applicationSpec);
  try {
    // Applications wait for their class's turn in this process (as enroll does): 200 arriving at the close
    // then hold one pooled connection between them; the round's row lock orders them across processes.
    return await inClassTurn(args.classId, () => ctx.em.transactional((tx) => applyOnce(tx, ctx, args)));
  } catch (e) {
    if (isUniqueViolation(e, 'application_live_unique')) throw duplicate();
    throw e;
  }
}

const duplicate = () =>
  conflict('该服务对象已申请本轮报名，不能重复申请', { fieldErrors: { beneficiaryId: '已申请本轮报名' } });

async function applyOnce(tx: EntityManager, ctx: CrudContext, args: ApplyArgs): Promise<Application> {
  const visible = isUuid(args.classId)
    ? await tx.findOne(RoundClass, { serviceClass: args.classId, round: { status: RoundStatus.OPEN } })
    : null;
  if (!visible) {
    const cls = await lockClass(tx, args.classId, true);
    if (!cls) throw notFound('ServiceClass', args.classId);
    throw badInput({ classId: '该班级没有进行中的报名轮次' }, '该班级没有进行中的报名轮次');
  }
  const round = await lockRound(tx, visible.round.id);
  const now = await clockNow(tx);
  if (round.status !== RoundStatus.OPEN || now >= round.closesAt)
    throw badInput({ classId: `报名已于 ${stamp(round.closesAt)} 截止` }, '不在报名时间内');
  if (now < round.opensAt) throw badInput({ classId: `报名将于 ${stamp(round.opensAt)} 开始` }, '不在报名时间内');

  const choices = await choicesOf(tx, round, args);
  const person = isUuid(args.beneficiaryId) ? await tx.findOne(Beneficiary, { id: args.beneficiaryId }) : null;
  if (!person) throw notFound('Beneficiary', args.beneficiaryId);
  let applicant: Beneficiary | null = null;
  if (args.applicantId && args.applicantId !== person.id) {
    applicant = isUuid(args.applicantId) ? await tx.findOne(Beneficiary, { id: args.applicantId }) : null;
    if (!applicant) throw notFound('Beneficiary', args.applicantId);
  }
  const errors = await enrollmentProblems(tx, choices[0], person, applicant, args.days);
  for (const [i, other] of choices.slice(1).entries()) {
    const problems = Object.values(await enrollmentProblems(tx, other, person, applicant, args.days));
    if (problems.length) errors[`alsoClassIds.${i}`] = `${other.name}：${[...new Set(problems)].join('；')}`;
  }
  const preferences = choices.map((c) => c.id);
  const tier = await tierOf(tx, round.tierRules, applicant ?? person);
  const group = (args.siblingGroup ?? '').trim() || null;
  if (group && group.length > 40) errors.siblingGroup = '同组标记不能超过40个字符';
  if (group) {
    const others = await tx.find(
      Application,
      { round: round.id, siblingGroup: group, status: { $ne: ApplicationStatus.WITHDRAWN } },
      NO_SCOPE,
    );
    const applicantId = applicant?.id ?? null;
    // Siblings are drawn as one unit, in one tier, into one class (docs/lottery.md).
    const same = (o: Application) =>
      (o.applicant?.id ?? null) === applicantId && o.tier === tier && o.preferences.join() === preferences.join();
    if (!others.every(same)) errors.siblingGroup = '同组申请须由同一申请人（监护人）提交，且优先级和志愿班级相同';
  }
  if (Object.keys(errors).length) throw badInput(errors, '报名条件不符');
  const placed = await tx.count(
    Enrollment,
    { serviceClass: { $in: preferences }, beneficiary: person.id, status: { $in: LIVE } },
    NO_SCOPE,
  );
  if (placed > 0)
    throw conflict('该服务对象已报名所申请的班级（或已在候补名单中），不能再申请', {
      fieldErrors: { beneficiaryId: '已报名本班或在候补中' },
    });
  const prior = await tx.count(
    Application,
    { round: round.id, beneficiary: person.id, status: { $ne: ApplicationStatus.WITHDRAWN } },
    NO_SCOPE,
  );
  if (prior > 0) throw duplicate();

  round.applicationCount += 1;
  const row = tx.create(Application, {
    round,
    beneficiary: person,
    applicant,
    number: String(round.applicationCount).padStart(4, '0'),
    tier,
    siblingGroup: group,
    daysBooked: args.days,
    preferences,
    status: ApplicationStatus.APPLIED,
  });
  recordAudit(tx, ctx, {
    action: 'apply',
    entityType: 'Application',
    entityId: row.id,
    fields: ['roundId', 'beneficiaryId', 'applicantId', 'number', 'tier', 'siblingGroup', 'daysBooked', 'preferences'],
    detail: { number: row.number, tier: row.tier, choices: preferences.length },
  });
  await tx.flush();
  return row;
}

/** Withdraws an application while its round is open (after the close the list is fixed for the draw). */
export async function withdrawApplication(ctx: CrudContext, id: string): Promise<Application> {
  assertCanWrite(ctx, applicationSpec);
  return ctx.em.transactional(async (tx) => {
    const found = isUuid(id) ? await tx.findOne(Application, { id }) : null;
    if (!found) throw notFound('Application', id);
    const round = await lockRound(tx, found.round.id);
    const app = await tx.findOneOrFail(Application, { id }, { ...NO_SCOPE, refresh: true });
    if (app.status !== ApplicationStatus.APPLIED)
      throw conflict('该申请已撤回或已摇号，不能撤回', { status: app.status });
    if (round.status !== RoundStatus.OPEN || (await clockNow(tx)) >= round.closesAt)
      throw conflict(`报名已于 ${stamp(round.closesAt)} 截止，名单已固定，不能撤回`, { status: round.status });
    app.status = ApplicationStatus.WITHDRAWN;
    app.withdrawnAt = new Date();
    recordAudit(tx, ctx, {
      action: 'withdraw',
      entityType: 'Application',
      entityId: app.id,
      fields: ['status', 'withdrawnAt'],
      detail: { number: app.number },
    });
    await tx.flush();
    return app;
  });
}

/** The classes applied for, first choice first: classId and then alsoClassIds, all classes of the round. */
async function choicesOf(tx: EntityManager, round: ApplicationRound, args: ApplyArgs): Promise<ServiceClass[]> {
  const ids = [args.classId, ...(args.alsoClassIds ?? [])];
  const ofRound = await tx.find(RoundClass, { round: round.id }, { ...NO_SCOPE, populate: ['serviceClass'] });
  const byId = new Map(ofRound.map((rc) => [rc.serviceClass.id, rc.serviceClass]));
  const errors: Record<string, string> = {};
  ids.slice(1).forEach((id, i) => {
    if (!byId.has(id)) errors[`alsoClassIds.${i}`] = '不是本报名轮次的班级';
    else if (ids.indexOf(id) !== i + 1) errors[`alsoClassIds.${i}`] = '志愿班级不能重复';
  });
  if (Object.keys(errors).length) throw badInput(errors, '志愿班级有误');
  return ids.map((id) => byId.get(id)!);
}
