import { DriverException, LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { CrudService, type CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ClassStatus } from '../class/class.enums';
import { ServiceClass } from '../class/service-class.entity';
import { Enrollment } from './enrollment.entity';
import { EnrollmentStatus } from './enrollment.enums';
import { enrollmentResource } from './enrollment.resource';
import { enrollmentProblems, priceEnrollment } from './enrollment.terms';
import type { FeeSplit } from '../project/subsidy';
import { settleWaitlist } from './enrollment.waitlist';
import { inClassTurn } from './class-turns';
import { hasOpenRound, OPEN_ROUND_MESSAGE } from './open-round.rules';

/**
 * Enrollment as a domain action (报名 / 候补 / 退出), each call one transaction:
 *
 * - `enroll` finds the class in the caller's scope and locks its row (SELECT … FOR UPDATE), so that
 *   requests for one class are served one at a time, in the order they reach the lock. Under the lock
 *   it checks the idempotency key, the class status, days, age on the start date, a guardian's consent
 *   for a child under 14, the applicant, and a live enrollment of the same person; it prices the place
 *   (enrollment.terms.ts, project/subsidy.ts) and takes a free place or the next waitlist position.
 *   "Count, then insert" is safe here only because of the lock; the database CHECK on enrolled_count
 *   stays as the backstop.
 * - `withdrawEnrollment` withdraws under the same lock and promotes the head of the waitlist, then
 *   renumbers the rest 1, 2, 3 … in the same transaction.
 *
 * A larger capacity fills from the waitlist at once (class-capacity.rules.ts). Every written row gets
 * one audit event.
 */
export interface EnrollArgs {
  classId: string;
  beneficiaryId: string;
  applicantId?: string | null;
  days: number;
  idempotencyKey: string;
}

export const LIVE: EnrollmentStatus[] = [EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED];
const NO_SCOPE = { filters: { scope: false } } as const;
/** The declaration as the generic code takes it (its validate hook is typed for enrollments). */
const spec = enrollmentResource as unknown as ResourceSpec;
const crud = new CrudService(spec);
const ENROLL_FIELDS = [
  'classId',
  'beneficiaryId',
  'applicantId',
  'daysBooked',
  'idempotencyKey',
  'status',
  'waitlistPosition',
  'feeFen',
  'subsidyFen',
  'payableFen',
  'enrolledAt',
];

export async function enroll(ctx: CrudContext, args: EnrollArgs): Promise<Enrollment> {
  assertCanWrite(ctx, spec);
  const key = (args.idempotencyKey ?? '').trim();
  if (!key || key.length > 100) throw badInput({ idempotencyKey: '幂等键须为1～100个字符' });
  const input = { ...args, applicantId: args.applicantId || null, idempotencyKey: key };
  try {
    return await enrollOnce(ctx, input);
  } catch (e) {
    // Two requests with one key for different classes are not serialized by a class lock: the loser
    // hits the unique key; once the winner has committed, the key's enrollment answers the retry.
    if (isUniqueViolation(e, 'enrollment_idempotency_key_unique')) return enrollOnce(ctx, input);
    throw e;
  }
}

async function enrollOnce(ctx: CrudContext, args: EnrollArgs): Promise<Enrollment> {
  return inClassTurn(args.classId, () => ctx.em.transactional((tx) => enrollInTransaction(tx, ctx, args)));
}

/**
 * The enrollment itself, inside a transaction the caller owns (`enroll`, or a roster import that
 * enrolls many people all or nothing). The caller must have checked write access; the class row lock
 * is held until the caller's transaction ends.
 */
export async function enrollInTransaction(tx: EntityManager, ctx: CrudContext, args: EnrollArgs): Promise<Enrollment> {
  const cls = await lockClass(tx, args.classId, true);
  if (!cls) throw notFound('ServiceClass', args.classId);

  const prior = await tx.findOne(
    Enrollment,
    { idempotencyKey: args.idempotencyKey },
    {
      filters: { scope: false, notDeleted: false },
    },
  );
  if (prior) return replay(prior, args);

  const person = isUuid(args.beneficiaryId) ? await tx.findOne(Beneficiary, { id: args.beneficiaryId }) : null;
  if (!person) throw notFound('Beneficiary', args.beneficiaryId);
  let applicant: Beneficiary | null = null;
  if (args.applicantId && args.applicantId !== person.id) {
    applicant = isUuid(args.applicantId) ? await tx.findOne(Beneficiary, { id: args.applicantId }) : null;
    if (!applicant) throw notFound('Beneficiary', args.applicantId);
  }

  const errors = await enrollmentProblems(tx, cls, person, applicant, args.days);
  if (cls.status !== ClassStatus.OPEN) {
    errors.classId = cls.status === ClassStatus.CLOSED ? '班级已截止报名' : '班级已取消，不能报名';
  } else if (await hasOpenRound(tx, cls.id)) errors.classId = OPEN_ROUND_MESSAGE;
  if (Object.keys(errors).length) throw badInput(errors, '报名条件不符');

  const live = await tx.count(
    Enrollment,
    { serviceClass: cls.id, beneficiary: person.id, status: { $in: LIVE } },
    NO_SCOPE,
  );
  if (live > 0) {
    throw conflict('该服务对象已报名本班（或已在候补名单中），不能重复报名', {
      fieldErrors: { beneficiaryId: '已报名本班或在候补中' },
    });
  }

  const price = await priceEnrollment(tx, cls, person, applicant, args.days);
  const { enrolled, lastPosition } = await settleWaitlist(tx, ctx, cls, false);
  const row = placeEnrollment(tx, ctx, {
    cls,
    person,
    applicant: applicant ?? (args.applicantId ? person : null),
    place: enrolled < cls.capacity ? 'ENROLLED' : lastPosition + 1,
    days: args.days,
    price,
    idempotencyKey: args.idempotencyKey,
  });
  await flush(tx);
  return row;
}

/**
 * A new enrollment with its place (ENROLLED, or a waitlist position) and price, and its audit event; written
 * at the caller's next flush. Shared by `enroll` and the bulk enrollment of a roster import.
 */
export function placeEnrollment(
  tx: EntityManager,
  ctx: CrudContext,
  p: {
    cls: ServiceClass;
    person: Beneficiary;
    applicant: Beneficiary | null;
    place: 'ENROLLED' | number;
    days: number;
    price: FeeSplit;
    idempotencyKey: string;
  },
): Enrollment {
  const enrolled = p.place === 'ENROLLED';
  const row = tx.create(Enrollment, {
    serviceClass: p.cls,
    beneficiary: p.person,
    applicant: p.applicant,
    status: enrolled ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED,
    waitlistPosition: enrolled ? null : (p.place as number),
    daysBooked: p.days,
    feeFen: p.price.feeFen,
    subsidyFen: p.price.subsidyFen,
    payableFen: p.price.payableFen,
    idempotencyKey: p.idempotencyKey,
    enrolledAt: enrolled ? new Date() : null,
  });
  recordAudit(tx, ctx, {
    action: 'enroll',
    entityType: 'Enrollment',
    entityId: row.id,
    fields: ENROLL_FIELDS,
    detail: { status: row.status, waitlistPosition: row.waitlistPosition ?? null },
  });
  return row;
}

/** The same key again: the first result if the request is the same, CONFLICT if it is not. */
function replay(prior: Enrollment, args: EnrollArgs): Enrollment {
  const same =
    !prior.deletedAt &&
    prior.serviceClass.id === args.classId &&
    prior.beneficiary.id === args.beneficiaryId &&
    (prior.applicant?.id ?? null) === (args.applicantId ?? null) &&
    prior.daysBooked === args.days;
  if (!same) {
    throw conflict('此幂等键已用于另一份报名请求，请换一个新的幂等键', {
      fieldErrors: { idempotencyKey: '已用于另一份报名请求' },
    });
  }
  return prior;
}

export async function withdrawEnrollment(ctx: CrudContext, id: string): Promise<Enrollment> {
  assertCanWrite(ctx, spec);
  if (!isUuid(id)) throw notFound('Enrollment', id);
  const seen = await ctx.em.findOne(Enrollment, { id }, { fields: ['id', 'serviceClass'] });
  if (!seen) throw notFound('Enrollment', id);
  const classId = seen.serviceClass.id;
  return inClassTurn(classId, () =>
    ctx.em.transactional(async (tx) => {
      const cls = await lockClass(tx, classId, false);
      // Read again under the lock: a concurrent withdrawal or promotion may have changed it.
      const row = await tx.findOne(Enrollment, { id }, { ...NO_SCOPE, refresh: true });
      if (!cls || !row) throw notFound('Enrollment', id);
      if (row.status === EnrollmentStatus.WITHDRAWN) throw conflict('该报名已退出，不能重复退出');
      if (!LIVE.includes(row.status)) throw conflict('已结业或未通过的报名不能退出');
      row.status = EnrollmentStatus.WITHDRAWN;
      row.withdrawnAt = new Date();
      row.waitlistPosition = null;
      recordAudit(tx, ctx, {
        action: 'withdraw',
        entityType: 'Enrollment',
        entityId: row.id,
        fields: ['status', 'withdrawnAt', 'waitlistPosition'],
      });
      // The place is freed (the trigger lowers enrolled_count) before anyone takes it: the CHECK
      // enrolled_count <= capacity holds after every statement.
      await flush(tx);
      await settleWaitlist(tx, ctx, cls, true);
      await flush(tx);
      return row;
    }),
  );
}

/**
 * The class row, locked for the rest of the transaction. `scoped`: found only if the caller may see
 * it (then locked); otherwise by id, for a row already found in scope.
 */
export async function lockClass(tx: EntityManager, id: string, scoped: boolean): Promise<ServiceClass | null> {
  if (!isUuid(id)) return null;
  return tx.findOne(
    ServiceClass,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      ...(scoped ? {} : NO_SCOPE),
    },
  );
}

export async function flush(tx: EntityManager): Promise<void> {
  try {
    await tx.flush();
  } catch (e) {
    if (isUniqueViolation(e, 'enrollment_idempotency_key_unique')) throw e; // retried by enroll()
    if (isUniqueViolation(e, 'enrollment_live_unique')) {
      throw conflict('该服务对象已报名本班（或已在候补名单中），不能重复报名', {
        fieldErrors: { beneficiaryId: '已报名本班或在候补中' },
      });
    }
    throw crud.mapDriverError(e);
  }
}

function isUniqueViolation(e: unknown, constraint: string): boolean {
  return (
    e instanceof DriverException &&
    (e as { code?: string }).code === '23505' &&
    (e as { constraint?: string }).constraint === constraint
  );
}
