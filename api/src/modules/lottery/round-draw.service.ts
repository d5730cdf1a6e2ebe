import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud-context';
import { isUuid } from '../../common/crud/paging';
import { conflict, notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { inClassTurn } from '../enrollment/class-turns';
import { lockClass, placeEnrollment } from '../enrollment/enrollment.service';
import { priceEnrollment } from '../enrollment/enrollment.terms';
import { settleWaitlist } from '../enrollment/enrollment.waitlist';
import { ApplicationRound } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { Application } from './application.entity';
import { draw, type DrawApplication } from './draw';
import { ApplicationStatus, RoundStatus } from './round.enums';
import { clockNow, lockRound, stamp } from './round.shared';

/**
 * The draw (摇号) of a round, once, at or after its close (docs/lottery.md): under the class's lock and the
 * round's, the applications still standing are drawn with the seed committed at the opening; winners are
 * enrolled and the others waitlisted in draw order, priced as `enroll` prices a place; the round records
 * the list and result hashes and starts its public notice (公示). A second draw, or one before the close,
 * is a CONFLICT and changes nothing.
 */
const roundSpec = applicationRoundResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;
const DAY_MS = 86_400_000;

export async function drawRound(ctx: CrudContext, roundId: string): Promise<ApplicationRound> {
  assertCanWrite(ctx, roundSpec);
  const found = isUuid(roundId) ? await ctx.em.fork().findOne(ApplicationRound, { id: roundId }) : null;
  if (!found) throw notFound('ApplicationRound', roundId);
  const classId = found.serviceClass.id;
  return inClassTurn(classId, () =>
    ctx.em.transactional(async (tx) => {
      const cls = await lockClass(tx, classId, false);
      if (!cls) throw notFound('ServiceClass', classId);
      const round = await lockRound(tx, roundId);
      if (round.status !== RoundStatus.OPEN)
        throw conflict('本轮已摇号（或已取消），摇号只进行一次', { status: round.status });
      const now = await clockNow(tx);
      if (now < round.closesAt)
        throw conflict(`报名将于 ${stamp(round.closesAt)} 截止，截止后才能摇号`, { status: round.status });

      const apps = await standing(tx, round);
      const { enrolled, lastPosition } = await settleWaitlist(tx, ctx, cls, false);
      // Every free place is drawn, even beyond the offer: a place left free beside the draw's waitlist would go
      // to its head at the class's next change anyway, and nobody waits while a place is free.
      const places = Math.max(0, cls.capacity - enrolled);
      const seed = await seedOf(tx, round);
      const result = draw({ roundId: round.id, places, seed, applications: drawList(apps) });

      const byNumber = new Map(apps.map((a) => [a.number, a]));
      for (const line of result.lines) {
        const app = byNumber.get(line.number)!;
        const person = await tx.findOneOrFail(Beneficiary, { id: app.beneficiary.id }, NO_SCOPE);
        const applicant = app.applicant
          ? await tx.findOneOrFail(Beneficiary, { id: app.applicant.id }, NO_SCOPE)
          : null;
        const won = line.outcome === 'WON';
        const row = placeEnrollment(tx, ctx, {
          cls,
          person,
          applicant,
          place: won ? 'ENROLLED' : lastPosition + line.position,
          days: app.daysBooked,
          price: await priceEnrollment(tx, cls, person, applicant, app.daysBooked),
          idempotencyKey: `round:${round.id}:${app.number}`,
        });
        app.status = won ? ApplicationStatus.WON : ApplicationStatus.WAITLISTED;
        app.drawPosition = line.position;
        app.enrollment = row;
      }
      Object.assign(round, {
        status: RoundStatus.DRAWN,
        placesDrawn: places,
        drawnAt: now,
        listHash: result.listHash,
        resultHash: result.resultHash,
        noticeEndsAt: new Date(now.getTime() + round.noticeDays * DAY_MS),
      });
      recordAudit(tx, ctx, {
        action: 'draw',
        entityType: 'ApplicationRound',
        entityId: round.id,
        fields: ['status', 'placesDrawn', 'drawnAt', 'listHash', 'resultHash', 'noticeEndsAt'],
        detail: {
          seed,
          seedHash: result.seedHash,
          listHash: result.listHash,
          resultHash: result.resultHash,
          places,
          applications: apps.length,
          won: result.lines.filter((l) => l.outcome === 'WON').length,
        },
      });
      await tx.flush();
      return round;
    }),
  );
}

/** The applications that take part: every one not withdrawn or disqualified, by number. */
export const standing = (tx: EntityManager, round: ApplicationRound): Promise<Application[]> =>
  tx.find(
    Application,
    { round: round.id, status: { $nin: [ApplicationStatus.WITHDRAWN, ApplicationStatus.DISQUALIFIED] } },
    { ...NO_SCOPE, orderBy: { number: 'ASC' } },
  );

/**
 * The list as drawn and as published: sibling groups are renamed G1, G2 … in the order of their first
 * application number, so that the notice shows who is drawn together without the family's own label.
 */
export function drawList(apps: Application[]): DrawApplication[] {
  const groups = new Map<string, string>();
  for (const a of apps)
    if (a.siblingGroup && !groups.has(a.siblingGroup)) groups.set(a.siblingGroup, `G${groups.size + 1}`);
  return apps.map((a) => ({
    number: a.number,
    tier: a.tier,
    group: a.siblingGroup ? groups.get(a.siblingGroup)! : null,
  }));
}

export async function seedOf(tx: EntityManager, round: ApplicationRound): Promise<string> {
  const [row] = await tx.execute<{ seed: string }[]>('select seed from application_round where id = ?', [round.id]);
  return row.seed;
}
