import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ClassStatus } from '../class/class.enums';
import type { ServiceClass } from '../class/service-class.entity';
import { lockClass } from '../enrollment/enrollment.service';
import { Organization } from '../organization/organization.entity';
import { ApplicationRound, type TierRule } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { seedHashOf } from './draw';
import { RoundClass } from './round-class.entity';
import { RoundStatus } from './round.enums';
import { clockNow } from './round.shared';

/**
 * Opening an application round (发布报名轮次, issue 22 item 1): on one class, or on several classes of one
 * project drawn together, applicants listing them in order of preference. The classes are locked in id
 * order (so two openings over overlapping classes cannot deadlock); each must be open for enrolment and in
 * no other round until that round is confirmed. The server draws the seed and publishes only its hash.
 */
const roundSpec = applicationRoundResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;
export const MAX_ROUND_CLASSES = 10;
const LABELS = 'ABCDEFGHIJ';

export interface OpenRoundArgs {
  classId: string;
  /** Further classes of the same project drawn in this round (labelled B, C … in this order). */
  moreClassIds?: string[] | null;
  opensAt: Date;
  closesAt: Date;
  places: number;
  noticeDays?: number | null;
  tierRules?: TierRule[] | null;
}

export async function openRound(ctx: CrudContext, args: OpenRoundArgs): Promise<ApplicationRound> {
  assertCanWrite(ctx, roundSpec);
  return ctx.em.transactional(async (tx) => {
    const ids = [args.classId, ...(args.moreClassIds ?? [])];
    const errors: Record<string, string> = {};
    if (new Set(ids).size !== ids.length) errors.moreClassIds = '班级不能重复';
    if (ids.length > MAX_ROUND_CLASSES) errors.moreClassIds = `一个报名轮次最多${MAX_ROUND_CLASSES}个班级`;
    if (Object.keys(errors).length) throw badInput(errors, '报名轮次设置有误');
    const byId = new Map<string, ServiceClass>();
    for (const id of [...ids].sort()) {
      const cls = await lockClass(tx, id, true);
      if (!cls) throw notFound('ServiceClass', id);
      byId.set(id, cls);
    }
    const classes = ids.map((id) => byId.get(id)!);
    const now = await clockNow(tx);
    classes.forEach((cls, i) => {
      const key = i === 0 ? 'classId' : `moreClassIds.${i - 1}`;
      if (cls.status !== ClassStatus.OPEN) errors[key] = `${cls.name}：班级不在招生中，不能发布报名轮次`;
      else if (cls.project.id !== classes[0].project.id) errors[key] = `${cls.name}：须与第一个班级属于同一项目`;
    });
    if (!(args.closesAt > args.opensAt)) errors.closesAt = '截止时间须晚于开始时间';
    else if (!(args.closesAt > now)) errors.closesAt = '截止时间须晚于当前时间';
    const free = classes.map((c) => Math.max(0, c.capacity - c.enrolledCount));
    const freeTotal = free.reduce((a, b) => a + b, 0);
    if (!Number.isInteger(args.places) || args.places < 1) errors.places = '名额须为正整数';
    else if (args.places > freeTotal)
      errors.places = `名额不能超过${classes.length > 1 ? '各班' : '班级'}剩余名额（${freeTotal}）`;
    const noticeDays = args.noticeDays ?? 7;
    if (!Number.isInteger(noticeDays) || noticeDays < 1 || noticeDays > 30) errors.noticeDays = '公示天数须为1～30';
    const tierRules = await checkTierRules(tx, args.tierRules ?? [], errors);
    if (Object.keys(errors).length) throw badInput(errors, '报名轮次设置有误');
    // One round at a time per class until it is confirmed: a correction of a round on notice may still move places.
    const busy = await tx.find(
      RoundClass,
      { serviceClass: { $in: ids }, round: { status: { $in: [RoundStatus.OPEN, RoundStatus.DRAWN] } } },
      NO_SCOPE,
    );
    if (busy.length > 0) {
      const busyIds = new Set(busy.map((b) => b.serviceClass.id));
      const names = ids.filter((id) => busyIds.has(id)).map((id) => byId.get(id)!.name);
      // Each busy class named on its own argument (the first class, or one of moreClassIds).
      const fieldErrors = Object.fromEntries(
        ids.flatMap((id, i) =>
          busyIds.has(id)
            ? [[i === 0 ? 'classId' : `moreClassIds.${i - 1}`, `${byId.get(id)!.name}已有未结束的报名轮次`]]
            : [],
        ),
      );
      throw conflict(`${names.join('、')}已有未结束的报名轮次（报名中或公示中），确认后才能发布新的轮次`, {
        fieldErrors,
      });
    }

    const seed = randomBytes(32).toString('hex');
    const round = tx.create(ApplicationRound, {
      serviceClass: classes[0],
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
    classes.forEach((cls, i) =>
      tx.create(RoundClass, {
        round,
        serviceClass: cls,
        label: LABELS[i],
        places: classes.length === 1 ? args.places : free[i],
      }),
    );
    recordAudit(tx, ctx, {
      action: 'openRound',
      entityType: 'ApplicationRound',
      entityId: round.id,
      fields: ['classId', 'opensAt', 'closesAt', 'places', 'noticeDays', 'tierRules', 'seedHash'],
      detail: { places: args.places, classes: ids, tiers: tierRules.length + 1, seedHash: round.seedHash },
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
