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
import type { ServiceClass } from '../class/service-class.entity';
import { ApplicationRound } from './application-round.entity';
import { applicationRoundResource } from './application-round.resource';
import { Application } from './application.entity';
import { draw, type DrawApplication } from './draw';
import { RoundClass } from './round-class.entity';
import { ApplicationStatus, RoundStatus } from './round.enums';
import { clockNow, lockRound, stamp } from './round.shared';

/**
 * The draw (摇号) of a round, once, at or after its close (docs/lottery.md): under the locks of its classes
 * and the round's, the applications still standing are drawn with the seed committed at the opening; winners are
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
  const classIds = await classIdsOf(ctx.em.fork(), found.id);
  return inClassTurns(classIds, () =>
    ctx.em.transactional(async (tx) => {
      const classes = new Map<string, ServiceClass>();
      for (const id of classIds) {
        const cls = await lockClass(tx, id, false);
        if (!cls) throw notFound('ServiceClass', id);
        classes.set(id, cls);
      }
      const round = await lockRound(tx, roundId);
      if (round.status !== RoundStatus.OPEN)
        throw conflict('本轮已摇号（或已取消），摇号只进行一次', { status: round.status });
      const now = await clockNow(tx);
      if (now < round.closesAt)
        throw conflict(`报名将于 ${stamp(round.closesAt)} 截止，截止后才能摇号`, { status: round.status });

      const apps = await standing(tx, round);
      const ofRound = await roundClassesOf(tx, round.id);
      // Every free place is drawn, even beyond the offer: a place left free beside the draw's waitlist would go
      // to its head at the class's next change anyway, and nobody waits while a place is free.
      const last = new Map<string, number>();
      for (const rc of ofRound) {
        const cls = classes.get(rc.serviceClass.id)!;
        const { enrolled, lastPosition } = await settleWaitlist(tx, ctx, cls, false);
        rc.placesDrawn = Math.max(0, cls.capacity - enrolled);
        last.set(rc.label, lastPosition);
      }
      const several = ofRound.length > 1;
      const places = ofRound.reduce((n, rc) => n + rc.placesDrawn!, 0);
      const seed = await seedOf(tx, round);
      const result = draw({
        roundId: round.id,
        places,
        seed,
        applications: drawList(apps, several ? labelsOf(ofRound) : null),
        classes: several ? ofRound.map((rc) => ({ label: rc.label, places: rc.placesDrawn! })) : undefined,
      });

      const byNumber = new Map(apps.map((a) => [a.number, a]));
      const byLabel = new Map(ofRound.map((rc) => [rc.label, classes.get(rc.serviceClass.id)!]));
      for (const line of result.lines) {
        const app = byNumber.get(line.number)!;
        const label = line.class ?? ofRound[0].label;
        const person = await tx.findOneOrFail(Beneficiary, { id: app.beneficiary.id }, NO_SCOPE);
        const applicant = app.applicant
          ? await tx.findOneOrFail(Beneficiary, { id: app.applicant.id }, NO_SCOPE)
          : null;
        const won = line.outcome === 'WON';
        const cls = byLabel.get(label)!;
        const row = placeEnrollment(tx, ctx, {
          cls,
          person,
          applicant,
          place: won ? 'ENROLLED' : last.get(label)! + line.position,
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
          classes: ofRound.length,
          applications: apps.length,
          won: result.lines.filter((l) => l.outcome === 'WON').length,
        },
      });
      await tx.flush();
      return round;
    }),
  );
}

/** The round's classes, by label (A first): one for a round on one class. */
export const roundClassesOf = (em: EntityManager, roundId: string): Promise<RoundClass[]> =>
  em.find(RoundClass, { round: roundId }, { ...NO_SCOPE, orderBy: { label: 'ASC' } });

/** The ids of the round's classes, sorted: the order their locks and turns are taken in. */
export const classIdsOf = async (em: EntityManager, roundId: string): Promise<string[]> =>
  (await roundClassesOf(em, roundId)).map((rc) => rc.serviceClass.id).sort();

/** Waits for the turn of every class, in the order given (sorted ids: two waiters never hold each other's). */
export const inClassTurns = <T>(ids: string[], work: () => Promise<T>): Promise<T> =>
  ids.reduceRight<() => Promise<T>>((next, id) => () => inClassTurn(id, next), work)();

/** Class id → label, for the published choices of a round over several classes. */
export const labelsOf = (ofRound: RoundClass[]): Map<string, string> =>
  new Map(ofRound.map((rc) => [rc.serviceClass.id, rc.label]));

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
export function drawList(apps: Application[], labels: Map<string, string> | null = null): DrawApplication[] {
  const groups = new Map<string, string>();
  for (const a of apps)
    if (a.siblingGroup && !groups.has(a.siblingGroup)) groups.set(a.siblingGroup, `G${groups.size + 1}`);
  return apps.map((a) => ({
    number: a.number,
    tier: a.tier,
    group: a.siblingGroup ? groups.get(a.siblingGroup)! : null,
    ...(labels ? { prefs: a.preferences.map((id) => labels.get(id)!) } : {}),
  }));
}

export async function seedOf(tx: EntityManager, round: ApplicationRound): Promise<string> {
  const [row] = await tx.execute<{ seed: string }[]>('select seed from application_round where id = ?', [round.id]);
  return row.seed;
}
