import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ClassStatus } from '../class/class.enums';
import { ServiceClass } from '../class/service-class.entity';
import { inClassTurn } from '../enrollment/class-turns';
import { Enrollment } from '../enrollment/enrollment.entity';
import { LIVE, lockClass } from '../enrollment/enrollment.service';
import { enrollmentProblems } from '../enrollment/enrollment.terms';
import { Organization } from '../organization/organization.entity';
import { ApplicationRound, type TierRule } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { Application } from './application.entity';
import { applicationResource } from './application.resource';
import { seedHashOf } from './draw';
import { ApplicationStatus, RoundStatus } from './round.enums';
import { clockNow, isUniqueViolation, lockRound, stamp } from './round.shared';
import { tierOf } from './round.tiers';

/**
 * Application rounds (报名 → 资格审核 → 摇号, issue 22): opening a round on a class, applying and
 * withdrawing while it is open. Every call is one transaction; applications to one round are numbered
 * under the round's row lock, and the window is judged by the database clock after that lock, so an
 * application arriving as the round closes is either counted or refused, never half-written.
 */
const roundSpec = applicationRoundResource as unknown as ResourceSpec;
const applicationSpec = applicationResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;

export interface OpenRoundArgs {
  classId: string;
  opensAt: Date;
  closesAt: Date;
  places: number;
  noticeDays?: number | null;
  tierRules?: TierRule[] | null;
}

export async function openRound(ctx: CrudContext, args: OpenRoundArgs): Promise<ApplicationRound> {
  assertCanWrite(ctx, roundSpec);
  return ctx.em.transactional(async (tx) => {
    const cls = await lockClass(tx, args.classId, true);
    if (!cls) throw notFound('ServiceClass', args.classId);
    const now = await clockNow(tx);
    const errors: Record<string, string> = {};
    if (cls.status !== ClassStatus.OPEN) errors.classId = '班级不在招生中，不能发布报名轮次';
    if (!(args.closesAt > args.opensAt)) errors.closesAt = '截止时间须晚于开始时间';
    else if (!(args.closesAt > now)) errors.closesAt = '截止时间须晚于当前时间';
    if (!Number.isInteger(args.places) || args.places < 1) errors.places = '名额须为正整数';
    else if (args.places > cls.capacity - cls.enrolledCount)
      errors.places = `名额不能超过班级剩余名额（${cls.capacity - cls.enrolledCount}）`;
    const noticeDays = args.noticeDays ?? 7;
    if (!Number.isInteger(noticeDays) || noticeDays < 1 || noticeDays > 30) errors.noticeDays = '公示天数须为1～30';
    const tierRules = await checkTierRules(tx, args.tierRules ?? [], errors);
    if (Object.keys(errors).length) throw badInput(errors, '报名轮次设置有误');
    // One round at a time until it is confirmed: a correction of a round on notice may still move places.
    const open = await tx.count(
      ApplicationRound,
      { serviceClass: cls.id, status: { $in: [RoundStatus.OPEN, RoundStatus.DRAWN] } },
      NO_SCOPE,
    );
    if (open > 0)
      throw conflict('该班级已有未结束的报名轮次（报名中或公示中），确认后才能发布新的轮次', {
        fieldErrors: { classId: '已有未结束的报名轮次' },
      });

    const seed = randomBytes(32).toString('hex');
    const round = tx.create(ApplicationRound, {
      serviceClass: cls,
      opensAt: args.opensAt,
      closesAt: args.closesAt,
      places: args.places,
      noticeDays,
      tierRules,
      seed,
      seedHash: seedHashOf(seed),
      status: RoundStatus.OPEN,
      applicationCount: 0,
    });
    recordAudit(tx, ctx, {
      action: 'openRound',
      entityType: 'ApplicationRound',
      entityId: round.id,
      fields: ['classId', 'opensAt', 'closesAt', 'places', 'noticeDays', 'tierRules', 'seedHash'],
      detail: { places: args.places, tiers: tierRules.length + 1, seedHash: round.seedHash },
    });
    await tx.flush();
    return round;
  });
}

async function checkTierRules(tx: EntityManager, rules: TierRule[], errors: Record<string, string>) {
  const categories = new Set(Object.values(BeneficiaryCategory) as string[]);
  const out: TierRule[] = [];
  for (const [i, r] of rules.entries()) {
    const label = (r.label ?? '').trim();
    if (!label || label.length > 40) errors[`tierRules.${i}.label`] = '优先级名称须为1～40个字符';
    const bad = (r.categories ?? []).filter((c) => !categories.has(c));
    if (bad.length) errors[`tierRules.${i}.categories`] = `未知的人员类别：${bad.join('、')}`;
    if (r.unionWithinId) {
      const org = isUuid(r.unionWithinId) ? await tx.findOne(Organization, { id: r.unionWithinId }) : null;
      if (!org) errors[`tierRules.${i}.unionWithinId`] = '工会组织不存在或不可见';
    }
    out.push({ label, categories: [...new Set(r.categories ?? [])], unionWithinId: r.unionWithinId ?? null });
  }
  if (rules.length > 5) errors.tierRules = '优先级最多5档（另有“其他”一档）';
  return out;
}

export interface ApplyArgs {
  classId: string;
  beneficiaryId: string;
  applicantId?: string | null;
  days: number;
  siblingGroup?: string | null;
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
    ? await tx.findOne(ApplicationRound, { serviceClass: args.classId, status: RoundStatus.OPEN })
    : null;
  if (!visible) {
    const cls = await lockClass(tx, args.classId, true);
    if (!cls) throw notFound('ServiceClass', args.classId);
    throw badInput({ classId: '该班级没有进行中的报名轮次' }, '该班级没有进行中的报名轮次');
  }
  const round = await lockRound(tx, visible.id);
  const now = await clockNow(tx);
  if (round.status !== RoundStatus.OPEN || now >= round.closesAt)
    throw badInput({ classId: `报名已于 ${stamp(round.closesAt)} 截止` }, '不在报名时间内');
  if (now < round.opensAt) throw badInput({ classId: `报名将于 ${stamp(round.opensAt)} 开始` }, '不在报名时间内');

  const cls = await tx.findOneOrFail(ServiceClass, { id: round.serviceClass.id }, NO_SCOPE);
  const person = isUuid(args.beneficiaryId) ? await tx.findOne(Beneficiary, { id: args.beneficiaryId }) : null;
  if (!person) throw notFound('Beneficiary', args.beneficiaryId);
  let applicant: Beneficiary | null = null;
  if (args.applicantId && args.applicantId !== person.id) {
    applicant = isUuid(args.applicantId) ? await tx.findOne(Beneficiary, { id: args.applicantId }) : null;
    if (!applicant) throw notFound('Beneficiary', args.applicantId);
  }
  const errors = await enrollmentProblems(tx, cls, person, applicant, args.days);
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
    // Siblings are drawn as one unit, in one tier (docs/lottery.md).
    if (others.some((o) => (o.applicant?.id ?? null) !== applicantId || o.tier !== tier))
      errors.siblingGroup = '同组申请须由同一申请人（监护人）提交，且优先级相同';
  }
  if (Object.keys(errors).length) throw badInput(errors, '报名条件不符');
  const placed = await tx.count(
    Enrollment,
    { serviceClass: cls.id, beneficiary: person.id, status: { $in: LIVE } },
    NO_SCOPE,
  );
  if (placed > 0)
    throw conflict('该服务对象已报名本班（或已在候补名单中），不能再申请', {
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
    status: ApplicationStatus.APPLIED,
  });
  recordAudit(tx, ctx, {
    action: 'apply',
    entityType: 'Application',
    entityId: row.id,
    fields: ['roundId', 'beneficiaryId', 'applicantId', 'number', 'tier', 'siblingGroup', 'daysBooked'],
    detail: { number: row.number, tier: row.tier },
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
