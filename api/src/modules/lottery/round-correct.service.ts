import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import type { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { lockClass } from '../enrollment/enrollment.service';
import type { ApplicationRound } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { Application } from './application.entity';
import { draw, type DrawApplication } from './draw';
import { RoundCorrection, type CorrectionChange, type CorrectionMove } from './round-correction.entity';
import { classIdsOf, drawList, inClassTurns, labelsOf, roundClassesOf, seedOf, standing } from './round-draw.service';
import { RoundObjection } from './round-objection.entity';
import { outcomeText, reconcilePlaces } from './round-reconcile';
import { ApplicationStatus, CorrectionAction, ObjectionStatus, RoundStatus } from './round.enums';
import { clockNow, isUniqueViolation, lockRound } from './round.shared';

/**
 * A correction (更正) of a drawn round after an upheld objection (issue 22 item 3, docs/lottery.md): the
 * list is changed (a tier corrected, an application excluded, a withdrawn one reinstated), the draw is run
 * again with the same seed and places on the corrected list, and only the applications whose outcome
 * changed are moved. Same keys, same seed: every other application keeps its order relative to the rest.
 * The correction is published on the notice (its changes, the list before it, the hashes before and
 * after) and opens a new notice period, so that it can itself be objected to.
 */
const roundSpec = applicationRoundResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;
const DAY_MS = 86_400_000;
export const MAX_CHANGES = 50;

export interface CorrectionChangeArgs {
  applicationId: string;
  action: CorrectionAction;
  tier?: number | null;
}

export async function correctRound(
  ctx: CrudContext,
  objectionId: string,
  changes: CorrectionChangeArgs[],
): Promise<ApplicationRound> {
  assertCanWrite(ctx, roundSpec);
  const seen = isUuid(objectionId) ? await ctx.em.fork().findOne(RoundObjection, { id: objectionId }) : null;
  if (!seen) throw notFound('RoundObjection', objectionId);
  const roundRef = await ctx.em
    .fork()
    .findOneOrFail(RoundObjection, { id: objectionId }, { ...NO_SCOPE, populate: ['round'] });
  const classIds = await classIdsOf(ctx.em.fork(), roundRef.round.id);
  return inClassTurns(classIds, () =>
    ctx.em.transactional(async (tx) => {
      const locked = new Map<string, ServiceClass>();
      for (const id of classIds) {
        const cls = await lockClass(tx, id, false);
        if (!cls) throw notFound('ServiceClass', id);
        locked.set(id, cls);
      }
      const round = await lockRound(tx, roundRef.round.id);
      const objection = await tx.findOneOrFail(RoundObjection, { id: objectionId }, { ...NO_SCOPE, refresh: true });
      if (round.status !== RoundStatus.DRAWN)
        throw conflict('本轮不在公示阶段（尚未摇号或已确认），不能更正', { status: round.status });
      if (objection.status !== ObjectionStatus.UPHELD)
        throw conflict('只有认定成立的异议才能据以更正结果', { status: objection.status });
      if (await tx.count(RoundCorrection, { objection: objection.id }, NO_SCOPE))
        throw conflict('已根据该异议更正过结果，不能重复更正');

      const ofRound = await roundClassesOf(tx, round.id);
      const several = ofRound.length > 1;
      const labels = several ? labelsOf(ofRound) : null;
      const drawOf = (list: DrawApplication[]) =>
        draw({
          roundId: round.id,
          places: round.placesDrawn ?? 0,
          seed,
          applications: list,
          classes: several ? ofRound.map((rc) => ({ label: rc.label, places: rc.placesDrawn ?? 0 })) : undefined,
        });
      const before = await standing(tx, round);
      const previousList = drawList(before, labels);
      const seed = await seedOf(tx, round);
      const previous = drawOf(previousList);
      const all = await tx.find(Application, { round: round.id }, { ...NO_SCOPE, orderBy: { number: 'ASC' } });
      const classOf = await drawnClasses(tx, all, labels);
      const outcomeBefore = new Map(all.map((a) => [a.id, outcomeText(a, classOf.get(a.id))]));
      const statusBefore = new Map(all.map((a) => [a.id, a.status]));
      const published = applyChanges(round, all, changes);
      const excludedIds = new Set(published.excluded.map((a) => a.id));
      const after = all.filter((a) => inDraw(a) && !excludedIds.has(a.id));
      const result = drawOf(drawList(after, labels));
      const byNumber = new Map(after.map((a) => [a.number, a]));
      await reconcilePlaces(tx, ctx, {
        classes: new Map(ofRound.map((rc) => [rc.label, locked.get(rc.serviceClass.id)!])),
        round,
        byNumber,
        lines: result.lines,
        before: statusBefore,
        excluded: published.excluded,
      });
      for (const a of published.excluded)
        Object.assign(a, { status: ApplicationStatus.DISQUALIFIED, drawPosition: null });
      for (const line of result.lines) {
        const app = byNumber.get(line.number)!;
        app.status = line.outcome === 'WON' ? ApplicationStatus.WON : ApplicationStatus.WAITLISTED;
        app.drawPosition = line.position;
        if (line.class) classOf.set(app.id, line.class);
      }
      const moves: CorrectionMove[] = [...published.excluded, ...after]
        .filter((a) => outcomeText(a, classOf.get(a.id)) !== outcomeBefore.get(a.id))
        .sort((x, y) => x.number.localeCompare(y.number))
        .map((a) => ({
          numberLast4: a.number.slice(-4),
          from: outcomeBefore.get(a.id)!,
          to: outcomeText(a, classOf.get(a.id)),
        }));

      const now = await clockNow(tx);
      objection.correctedAt = now;
      const correction = tx.create(RoundCorrection, {
        round,
        objection,
        changes: published.changes,
        previousList,
        previousListHash: previous.listHash,
        previousResultHash: previous.resultHash,
        listHash: result.listHash,
        resultHash: result.resultHash,
        moves,
      });
      const renewed = new Date(now.getTime() + round.noticeDays * DAY_MS);
      Object.assign(round, {
        listHash: result.listHash,
        resultHash: result.resultHash,
        noticeEndsAt: round.noticeEndsAt && round.noticeEndsAt > renewed ? round.noticeEndsAt : renewed,
      });
      recordAudit(tx, ctx, {
        action: 'correctRound',
        entityType: 'ApplicationRound',
        entityId: round.id,
        fields: ['listHash', 'resultHash', 'noticeEndsAt'],
        detail: {
          objectionId: objection.id,
          correctionId: correction.id,
          changes: published.changes.map((c) => `${c.number} ${c.action} ${c.fromTier}→${c.toTier}`),
          previousListHash: previous.listHash,
          previousResultHash: previous.resultHash,
          listHash: result.listHash,
          resultHash: result.resultHash,
          moved: moves.length,
        },
      });
      try {
        await tx.flush();
      } catch (e) {
        if (isUniqueViolation(e, 'application_live_unique'))
          throw conflict('要恢复的申请人在本轮已有其他有效申请，不能恢复');
        if (isUniqueViolation(e, 'round_correction_objection_unique'))
          throw conflict('已根据该异议更正过结果，不能重复更正');
        throw e;
      }
      return round;
    }),
  );
}

interface Applied {
  changes: CorrectionChange[];
  excluded: Application[];
  reinstated: Application[];
}

/** Checks every change against the round's applications and applies it to them (not yet flushed). */
function applyChanges(round: ApplicationRound, all: Application[], changes: CorrectionChangeArgs[]): Applied {
  const errors: Record<string, string> = {};
  if (!changes.length || changes.length > MAX_CHANGES)
    throw badInput({ changes: `须有1～${MAX_CHANGES}项更正` }, '更正内容有误');
  const byId = new Map(all.map((a) => [a.id, a]));
  const tiers = round.tierRules.length + 1;
  const seen = new Set<string>();
  const applied: Applied = { changes: [], excluded: [], reinstated: [] };
  changes.forEach((c, i) => {
    const at = `changes.${i}`;
    const app = byId.get(c.applicationId);
    if (!app) return void (errors[`${at}.applicationId`] = '该申请不属于本报名轮次');
    if (seen.has(app.id)) return void (errors[`${at}.applicationId`] = '同一申请只能更正一次');
    seen.add(app.id);
    const drawn = inDraw(app);
    let toTier = app.tier;
    if (c.action === CorrectionAction.RETIER) {
      if (!drawn) return void (errors[`${at}.applicationId`] = '只能更正参加摇号的申请的优先级');
      if (!Number.isInteger(c.tier) || c.tier! < 1 || c.tier! > tiers)
        return void (errors[`${at}.tier`] = `优先级须为1～${tiers}`);
      if (c.tier === app.tier) return void (errors[`${at}.tier`] = '与原优先级相同');
      toTier = c.tier!;
    } else if (c.action === CorrectionAction.EXCLUDE) {
      if (!drawn) return void (errors[`${at}.applicationId`] = '只能取消参加摇号的申请的资格');
      applied.excluded.push(app);
    } else {
      if (app.status !== ApplicationStatus.WITHDRAWN)
        return void (errors[`${at}.applicationId`] = '只能恢复已撤回的申请');
      if (all.some((o) => o.id !== app.id && o.beneficiary.id === app.beneficiary.id && inDraw(o)))
        return void (errors[`${at}.applicationId`] = '该服务对象在本轮已有参加摇号的申请');
      applied.reinstated.push(app);
    }
    applied.changes.push({ number: app.number, action: c.action, fromTier: app.tier, toTier });
    app.tier = toTier;
  });
  if (!Object.keys(errors).length) {
    for (const a of applied.reinstated) Object.assign(a, { status: ApplicationStatus.APPLIED, withdrawnAt: null });
    const split = siblingsSplit(all.filter((a) => !applied.excluded.includes(a)));
    if (split) errors.changes = `同组（兄弟姐妹）申请须同一优先级，请一并更正：${split}`;
  }
  if (Object.keys(errors).length) throw badInput(errors, '更正内容有误');
  return applied;
}

/** Takes part in the draw: drawn already, or reinstated by this correction (APPLIED again). */
const inDraw = (a: Application): boolean =>
  a.status === ApplicationStatus.WON ||
  a.status === ApplicationStatus.WAITLISTED ||
  a.status === ApplicationStatus.APPLIED;

/** A sibling group whose standing members no longer share a tier: its numbers, else null. */
function siblingsSplit(apps: Application[]): string | null {
  const groups = new Map<string, Application[]>();
  for (const a of apps) {
    if (!a.siblingGroup || !inDraw(a)) continue;
    groups.set(a.siblingGroup, [...(groups.get(a.siblingGroup) ?? []), a]);
  }
  for (const members of groups.values())
    if (new Set(members.map((m) => m.tier)).size > 1) return members.map((m) => m.number).join('、');
  return null;
}

/** With several classes: the label of the class each drawn application's place is in (the class drawn). */
async function drawnClasses(
  tx: EntityManager,
  apps: Application[],
  labels: Map<string, string> | null,
): Promise<Map<string, string>> {
  if (!labels) return new Map();
  const ids = apps.flatMap((a) => (a.enrollment ? [a.enrollment.id] : []));
  const rows = await tx.find(Enrollment, { id: { $in: ids } }, { filters: { scope: false, notDeleted: false } });
  const classOf = new Map(rows.map((e) => [e.id, e.serviceClass.id]));
  return new Map(
    apps.flatMap((a) => {
      const label = a.enrollment ? labels.get(classOf.get(a.enrollment.id) ?? '') : undefined;
      return label ? [[a.id, label] as [string, string]] : [];
    }),
  );
}
