import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { ApplicationRound } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { Application } from './application.entity';
import { NotificationOutbox, type RoundResultPayload } from './notification-outbox.entity';
import { RoundObjection } from './round-objection.entity';
import { ApplicationStatus, ObjectionStatus, OutboxStatus, RoundStatus } from './round.enums';
import { clockNow, lockRound, stamp } from './round.shared';

/**
 * After the draw (issue 22 item 3, docs/lottery.md): objections (异议) recorded during the notice period
 * and resolved as upheld or dismissed; the confirmation (确认) once the notice period is over and no
 * objection is open, which fixes the result and enqueues one ROUND_RESULT message per drawn application
 * in the notification outbox, in the same transaction. Each call holds the round's row lock, so an
 * objection racing the confirmation is either recorded before it (and blocks it) or refused after it.
 */
const roundSpec = applicationRoundResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;
const MAX_TEXT = 500;
export const ROUND_RESULT = 'ROUND_RESULT';

const textProblem = (value: string, what: string): string | null =>
  !value || value.length > MAX_TEXT ? `${what}须为1～${MAX_TEXT}个字符` : null;

/** The round as the caller may see it (NOT_FOUND otherwise), then its row lock. */
async function lockVisibleRound(tx: EntityManager, id: string): Promise<ApplicationRound> {
  const visible = isUuid(id) ? await tx.findOne(ApplicationRound, { id }) : null;
  if (!visible) throw notFound('ApplicationRound', id);
  return lockRound(tx, id);
}

export interface ObjectionArgs {
  roundId: string;
  applicationId?: string | null;
  reason: string;
}

/** Records an objection while the round is on notice: DRAWN, and the database clock before noticeEndsAt. */
export async function recordObjection(ctx: CrudContext, args: ObjectionArgs): Promise<RoundObjection> {
  assertCanWrite(ctx, roundSpec);
  return ctx.em.transactional(async (tx) => {
    const visible = isUuid(args.roundId) ? await tx.findOne(ApplicationRound, { id: args.roundId }) : null;
    if (!visible) throw notFound('ApplicationRound', args.roundId);
    let application: Application | null = null;
    if (args.applicationId) {
      application = isUuid(args.applicationId) ? await tx.findOne(Application, { id: args.applicationId }) : null;
      if (!application) throw notFound('Application', args.applicationId);
    }
    const reason = (args.reason ?? '').trim();
    const errors: Record<string, string> = {};
    const bad = textProblem(reason, '异议理由');
    if (bad) errors.reason = bad;
    if (application && application.round.id !== visible.id) errors.applicationId = '该申请不属于本报名轮次';
    if (Object.keys(errors).length) throw badInput(errors, '异议内容有误');

    const round = await lockRound(tx, visible.id);
    const now = await clockNow(tx);
    if (round.status !== RoundStatus.DRAWN || !round.noticeEndsAt)
      throw conflict('本轮不在公示期（尚未摇号或已确认），不能登记异议', { status: round.status });
    if (now >= round.noticeEndsAt)
      throw conflict(`公示期已于 ${stamp(round.noticeEndsAt)} 结束，不能再登记异议`, { status: round.status });
    const row = tx.create(RoundObjection, {
      round,
      application,
      reason,
      status: ObjectionStatus.OPEN,
      resolution: null,
      resolvedAt: null,
    });
    recordAudit(tx, ctx, {
      action: 'recordObjection',
      entityType: 'RoundObjection',
      entityId: row.id,
      fields: ['roundId', 'applicationId', 'reason', 'status'],
      detail: { roundId: round.id, number: application?.number ?? null },
    });
    await tx.flush();
    return row;
  });
}

/** Resolves an open objection as upheld or dismissed, with the resolution in words; once. */
export async function resolveObjection(
  ctx: CrudContext,
  id: string,
  upheld: boolean,
  resolutionText: string,
): Promise<RoundObjection> {
  assertCanWrite(ctx, roundSpec);
  return ctx.em.transactional(async (tx) => {
    const found = isUuid(id) ? await tx.findOne(RoundObjection, { id }) : null;
    if (!found) throw notFound('RoundObjection', id);
    const resolution = (resolutionText ?? '').trim();
    const bad = textProblem(resolution, '处理意见');
    if (bad) throw badInput({ resolution: bad }, '处理意见有误');
    await lockRound(tx, found.round.id);
    const objection = await tx.findOneOrFail(RoundObjection, { id }, { ...NO_SCOPE, refresh: true });
    if (objection.status !== ObjectionStatus.OPEN)
      throw conflict('该异议已处理，不能重复处理', { status: objection.status });
    objection.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
    objection.resolution = resolution;
    objection.resolvedAt = await clockNow(tx);
    recordAudit(tx, ctx, {
      action: 'resolveObjection',
      entityType: 'RoundObjection',
      entityId: objection.id,
      fields: ['status', 'resolution', 'resolvedAt'],
      detail: { roundId: objection.round.id, status: objection.status },
    });
    await tx.flush();
    return objection;
  });
}

/**
 * Confirms a drawn round once its notice period is over (database clock) and no objection is open: the
 * round becomes CONFIRMED and each WON or WAITLISTED application gets one PENDING ROUND_RESULT message in
 * the outbox, addressed to its applicant (else the person), with nothing identifying in the payload; so
 * does each application a correction disqualified (outcome DISQUALIFIED).
 */
export async function confirmRound(ctx: CrudContext, id: string): Promise<ApplicationRound> {
  assertCanWrite(ctx, roundSpec);
  return ctx.em.transactional(async (tx) => {
    const round = await lockVisibleRound(tx, id);
    if (round.status === RoundStatus.CONFIRMED)
      throw conflict('本轮摇号结果已确认，不能重复确认', { status: round.status });
    if (round.status !== RoundStatus.DRAWN || !round.noticeEndsAt)
      throw conflict('本轮尚未摇号（或已取消），不能确认', { status: round.status });
    const now = await clockNow(tx);
    if (now < round.noticeEndsAt)
      throw conflict(`公示期至 ${stamp(round.noticeEndsAt)} 结束，期满后才能确认`, {
        status: round.status,
        noticeEndsAt: round.noticeEndsAt.toISOString(),
      });
    const open = await tx.count(RoundObjection, { round: round.id, status: ObjectionStatus.OPEN }, NO_SCOPE);
    if (open > 0) throw conflict(`尚有 ${open} 条异议未处理，处理后才能确认`, { status: round.status, open });

    const cls = await tx.findOneOrFail(ServiceClass, { id: round.serviceClass.id }, NO_SCOPE);
    const drawn = await tx.find(
      Application,
      {
        round: round.id,
        status: { $in: [ApplicationStatus.WON, ApplicationStatus.WAITLISTED, ApplicationStatus.DISQUALIFIED] },
      },
      { ...NO_SCOPE, orderBy: { number: 'ASC' } },
    );
    const places = new Map(
      (
        await tx.find(
          Enrollment,
          { id: { $in: drawn.flatMap((a) => (a.enrollment ? [a.enrollment.id] : [])) } },
          {
            ...NO_SCOPE,
            filters: { scope: false, notDeleted: false },
          },
        )
      ).map((e) => [e.id, e]),
    );
    for (const app of drawn) {
      const place = app.enrollment ? places.get(app.enrollment.id) : undefined;
      const payload: RoundResultPayload = {
        roundId: round.id,
        className: cls.name,
        outcome: app.status as RoundResultPayload['outcome'],
        position: app.drawPosition ?? null,
        numberLast4: app.number.slice(-4),
        enrollmentStatus: place ? (place.deletedAt ? 'WITHDRAWN' : place.status) : null,
        waitlistPosition: place && !place.deletedAt ? (place.waitlistPosition ?? null) : null,
      };
      tx.create(NotificationOutbox, {
        kind: ROUND_RESULT,
        recipient: tx.getReference(Beneficiary, app.applicant?.id ?? app.beneficiary.id),
        subjectId: app.id,
        payload,
        status: OutboxStatus.PENDING,
        attempts: 0,
      });
    }
    round.status = RoundStatus.CONFIRMED;
    round.confirmedAt = now;
    recordAudit(tx, ctx, {
      action: 'confirmRound',
      entityType: 'ApplicationRound',
      entityId: round.id,
      fields: ['status', 'confirmedAt'],
      detail: {
        messages: drawn.length,
        won: drawn.filter((a) => a.status === ApplicationStatus.WON).length,
        waitlisted: drawn.filter((a) => a.status === ApplicationStatus.WAITLISTED).length,
        disqualified: drawn.filter((a) => a.status === ApplicationStatus.DISQUALIFIED).length,
      },
    });
    await tx.flush();
    return round;
  });
}

/** Counts for the public notice: how many objections were recorded, upheld and dismissed (never their text). */
export async function objectionCounts(
  em: EntityManager,
  roundId: string,
): Promise<{ recorded: number; upheld: number; dismissed: number }> {
  const [row] = await em.execute<{ recorded: number; upheld: number; dismissed: number }[]>(
    `select count(*)::int as recorded,
            count(*) filter (where status = 'UPHELD')::int as upheld,
            count(*) filter (where status = 'DISMISSED')::int as dismissed
       from round_objection where round_id = ? and deleted_at is null`,
    [roundId],
  );
  return row;
}
