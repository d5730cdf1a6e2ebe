import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import type { CrudContext } from '../../common/crud-context';
import type { AuditAction } from '../audit/audit-actions';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import type { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { flush, placeEnrollment } from '../enrollment/enrollment.service';
import { priceEnrollment } from '../enrollment/enrollment.terms';
import { settleWaitlist } from '../enrollment/enrollment.waitlist';
import type { ApplicationRound } from './application-round.entity';
import type { Application } from './application.entity';
import type { DrawLine } from './draw';
import { ApplicationStatus } from './round.enums';

/**
 * Brings a drawn round's places in line with a corrected draw (docs/lottery.md, "Corrections"), touching
 * only the applications whose outcome changed (per class, for a round over several):
 * - an excluded application's place is withdrawn;
 * - a winner who is now waitlisted gives up the place (first, so that the places are free); an application the
 *   corrected draw puts in another class gives up its place or waitlist position there and is placed anew;
 * - a new winner takes a place while the class has one; when places handed out since the draw (a
 *   withdrawal moved the waitlist up) leave none, the new winner heads the round's waitlist;
 * - a reinstated application gets a place or a waitlist position like any other line;
 * - the round's waitlisted places are put in the corrected draw order, still behind everyone who was
 *   waiting before the draw and ahead of everyone who joined after it; then the waitlist is settled.
 * Changes after the draw that the correction does not concern (a family that withdrew, a waitlisted child
 * moved up into a freed place) stand.
 */
const NO_SCOPE = { filters: { scope: false } } as const;
const ALL_ROWS = { filters: { scope: false, notDeleted: false } } as const;
const TEMP = 1_000_000;

const isLive = (e: Enrollment | undefined): e is Enrollment =>
  !!e && !e.deletedAt && (e.status === EnrollmentStatus.ENROLLED || e.status === EnrollmentStatus.WAITLISTED);

export async function reconcilePlaces(
  tx: EntityManager,
  ctx: CrudContext,
  p: {
    /** The round's classes by label (one class: its label 'A'), locked by the caller. */
    classes: Map<string, ServiceClass>;
    round: ApplicationRound;
    /** Every application in the corrected draw, by number. */
    byNumber: Map<string, Application>;
    lines: DrawLine[];
    /** The outcome each application had before the correction ('WON' or 'WAITLISTED'), by id. */
    before: Map<string, string>;
    excluded: Application[];
  },
): Promise<void> {
  const { classes, round, byNumber, lines, before, excluded } = p;
  const first = [...classes.keys()].sort()[0];
  const target = (line: DrawLine) => classes.get(line.class ?? first)!;
  const apps = [...byNumber.values(), ...excluded];
  const ids = apps.flatMap((a) => (a.enrollment ? [a.enrollment.id] : []));
  const rows = new Map((await tx.find(Enrollment, { id: { $in: ids } }, ALL_ROWS)).map((e) => [e.id, e]));
  const placeOf = (a: Application) => (a.enrollment ? rows.get(a.enrollment.id) : undefined);
  const now = new Date();
  const withdraw = (row: Enrollment) => {
    Object.assign(row, { status: EnrollmentStatus.WITHDRAWN, withdrawnAt: now, waitlistPosition: null });
    audit(tx, ctx, row, 'withdraw', ['status', 'withdrawnAt', 'waitlistPosition']);
  };

  for (const app of excluded) {
    const row = placeOf(app);
    if (isLive(row)) withdraw(row);
  }
  // Applications that need a new place: reinstated ones, and those the correction moves to another class.
  const fresh = new Set<string>();
  for (const line of lines) {
    const app = byNumber.get(line.number)!;
    const row = placeOf(app);
    if (!app.enrollment) fresh.add(app.number);
    if (!isLive(row)) continue;
    const was = before.get(app.id);
    if (row.serviceClass.id === target(line).id) {
      if (line.outcome === 'WAITLISTED' && was === 'WON' && row.status === EnrollmentStatus.ENROLLED) {
        Object.assign(row, { status: EnrollmentStatus.WAITLISTED, waitlistPosition: TEMP, enrolledAt: null });
        audit(tx, ctx, row, 'demote', ['status', 'waitlistPosition', 'enrolledAt']);
      }
    } else if (
      (was === 'WON' && row.status === EnrollmentStatus.ENROLLED) ||
      (was === 'WAITLISTED' && row.status === EnrollmentStatus.WAITLISTED)
    ) {
      // The place is the draw's, and the corrected draw puts the application in another class: it moves.
      // A place that came otherwise (moved up from the waitlist since the draw) stands.
      withdraw(row);
      fresh.add(app.number);
    }
  }
  // The places given up are free before anyone takes them: the class's CHECK holds after every statement.
  await flush(tx);

  const enrolled = new Map<string, number>();
  for (const cls of classes.values())
    enrolled.set(
      cls.id,
      await tx.count(Enrollment, { serviceClass: cls.id, status: EnrollmentStatus.ENROLLED }, NO_SCOPE),
    );
  const room = (cls: ServiceClass) => enrolled.get(cls.id)! < cls.capacity;
  const take = (cls: ServiceClass) => enrolled.set(cls.id, enrolled.get(cls.id)! + 1);
  const unplaced = new Set<string>();
  for (const line of lines) {
    const app = byNumber.get(line.number)!;
    const row = placeOf(app);
    const cls = target(line);
    const won = line.outcome === 'WON';
    if (fresh.has(app.number)) {
      const place = won && room(cls) ? 'ENROLLED' : TEMP;
      if (place === 'ENROLLED') take(cls);
      else if (won) unplaced.add(app.number);
      app.enrollment = await newPlace(tx, ctx, cls, round, app, place, row ? 'moved' : 'new');
    } else if (won && isLive(row) && row.status === EnrollmentStatus.WAITLISTED && row.serviceClass.id === cls.id) {
      if (room(cls)) {
        Object.assign(row, { status: EnrollmentStatus.ENROLLED, waitlistPosition: null, enrolledAt: now });
        audit(tx, ctx, row, 'promote', ['status', 'waitlistPosition', 'enrolledAt']);
        take(cls);
      } else unplaced.add(app.number);
    }
  }
  await flush(tx);
  for (const cls of classes.values()) {
    const mine = lines.filter((l) => target(l).id === cls.id);
    await reorderWaitlist(tx, ctx, cls, round, byNumber, mine, unplaced);
    await flush(tx);
    await settleWaitlist(tx, ctx, cls, true);
    await flush(tx);
  }
}

async function newPlace(
  tx: EntityManager,
  ctx: CrudContext,
  cls: ServiceClass,
  round: ApplicationRound,
  app: Application,
  place: 'ENROLLED' | number,
  why: 'new' | 'moved',
): Promise<Enrollment> {
  const person = await tx.findOneOrFail(Beneficiary, { id: app.beneficiary.id }, NO_SCOPE);
  const applicant = app.applicant ? await tx.findOneOrFail(Beneficiary, { id: app.applicant.id }, NO_SCOPE) : null;
  return placeEnrollment(tx, ctx, {
    cls,
    person,
    applicant,
    place,
    days: app.daysBooked,
    price: await priceEnrollment(tx, cls, person, applicant, app.daysBooked),
    // The draw's key is taken by the place the application had; a moved place gets a key of its own.
    idempotencyKey: why === 'new' ? `round:${round.id}:${app.number}` : `round:${round.id}:${app.number}:${uuidv7()}`,
  });
}

/**
 * The class's waitlist as three blocks: those waiting before the draw (in their order), the round's
 * waitlisted places (new winners without a place first, then the corrected waitlist order), those who
 * joined after the draw (in their order). Numbered 1, 2, … here; settleWaitlist then fills free places.
 */
async function reorderWaitlist(
  tx: EntityManager,
  ctx: CrudContext,
  cls: ServiceClass,
  round: ApplicationRound,
  byNumber: Map<string, Application>,
  lines: DrawLine[],
  unplaced: Set<string>,
): Promise<void> {
  const rank = new Map<string, number>();
  for (const line of lines) {
    const id = byNumber.get(line.number)!.enrollment?.id;
    if (!id) continue;
    if (unplaced.has(line.number)) rank.set(id, line.position);
    else if (line.outcome === 'WAITLISTED') rank.set(id, TEMP + line.position);
  }
  const waiting = await tx.find(
    Enrollment,
    { serviceClass: cls.id, status: EnrollmentStatus.WAITLISTED },
    { ...NO_SCOPE, orderBy: { waitlistPosition: 'ASC', createdAt: 'ASC', id: 'ASC' } },
  );
  const drawnAt = round.drawnAt!.getTime();
  const block = (e: Enrollment) => (rank.has(e.id) ? 1 : e.createdAt.getTime() < drawnAt ? 0 : 2);
  const ordered = waiting
    .map((e, i) => ({ e, key: [block(e), rank.get(e.id) ?? i] as const }))
    .sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
  ordered.forEach(({ e }, i) => {
    if (e.waitlistPosition === i + 1) return;
    e.waitlistPosition = i + 1;
    audit(tx, ctx, e, 'renumber', ['waitlistPosition']);
  });
}

function audit(tx: EntityManager, ctx: CrudContext, row: Enrollment, action: AuditAction, fields: string[]): void {
  recordAudit(tx, ctx, { action, entityType: 'Enrollment', entityId: row.id, fields });
}

/**
 * What an application's outcome reads as on the notice: 'WON 3', 'WAITLISTED 1' (with several classes the
 * class after it: 'WON 3 B'), or its status.
 */
export const outcomeText = (a: Application, classLabel?: string): string =>
  a.status === ApplicationStatus.WON || a.status === ApplicationStatus.WAITLISTED
    ? `${a.status} ${a.drawPosition ?? 0}${classLabel ? ` ${classLabel}` : ''}`
    : a.status;
