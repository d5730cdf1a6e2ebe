import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import { badInput, conflict, notFound } from '../../common/errors';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ClassStatus } from '../class/class.enums';
import { Enrollment } from './enrollment.entity';
import { flush, LIVE, lockClass, placeEnrollment, type EnrollArgs } from './enrollment.service';
import { loadRuleFacts, priceWith, problemsWith } from './enrollment.terms';
import { settleWaitlist } from './enrollment.waitlist';
import { hasOpenRound, OPEN_ROUND_MESSAGE } from './open-round.rules';

const NO_SCOPE = { filters: { scope: false } } as const;

/**
 * Many enrollments in one class at once, inside a transaction the caller owns (a roster import): the same
 * rules as `enrollInTransaction` (enrollment.terms.ts), checked for every row before anything is written,
 * then places taken and waitlist positions given in the rows' order, and one flush. The class row is
 * locked once. Errors are keyed `rows.<index>.<field>`; a row enrolled already, or twice, is a CONFLICT.
 */
export async function enrollManyInTransaction(
  tx: EntityManager,
  ctx: CrudContext,
  classId: string,
  items: (Omit<EnrollArgs, 'classId'> & { index: number })[],
): Promise<Enrollment[]> {
  const cls = await lockClass(tx, classId, true);
  if (!cls) throw notFound('ServiceClass', classId);
  if (cls.status !== ClassStatus.OPEN) {
    throw badInput({ classId: cls.status === ClassStatus.CLOSED ? '班级已截止报名' : '班级已取消，不能报名' });
  }
  if (await hasOpenRound(tx, cls.id)) throw badInput({ classId: OPEN_ROUND_MESSAGE });
  const ids = [...new Set(items.flatMap((x) => [x.beneficiaryId, ...(x.applicantId ? [x.applicantId] : [])]))];
  const found = await tx.find(Beneficiary, { id: { $in: ids.filter(isUuid) } });
  const byId = new Map(found.map((b) => [b.id, b]));
  const rows: { item: (typeof items)[number]; person: Beneficiary; applicant: Beneficiary | null }[] = [];
  for (const item of items) {
    const person = byId.get(item.beneficiaryId);
    if (!person) throw notFound('Beneficiary', item.beneficiaryId);
    const applicant = item.applicantId && item.applicantId !== person.id ? byId.get(item.applicantId) : null;
    if (item.applicantId && applicant === undefined) throw notFound('Beneficiary', item.applicantId);
    rows.push({ item, person, applicant: applicant ?? null });
  }
  // The rules' look-ups for every row at once, then the rules themselves row by row.
  const facts = await loadRuleFacts(tx, cls, rows);
  const errors: Record<string, string> = {};
  for (const { item, person, applicant } of rows) {
    for (const [f, m] of Object.entries(problemsWith(facts, cls, person, applicant, item.days))) {
      errors[`rows.${item.index}.${f}`] = m;
    }
  }
  if (Object.keys(errors).length) throw badInput(errors, '报名条件不符');
  const people = rows.map((r) => r.person.id);
  const live = await tx.find(
    Enrollment,
    { serviceClass: cls.id, beneficiary: { $in: people }, status: { $in: LIVE } },
    { ...NO_SCOPE, fields: ['beneficiary'] },
  );
  if (live.length || new Set(people).size !== people.length) {
    throw conflict('有服务对象已报名本班（或已在候补名单中），不能重复报名');
  }
  const prices = rows.map((r) => priceWith(facts, cls, r.person, r.applicant, r.item.days));
  let { enrolled, lastPosition } = await settleWaitlist(tx, ctx, cls, false);
  const created = rows.map((r, i) => {
    const hasPlace = enrolled < cls.capacity;
    if (hasPlace) enrolled++;
    return placeEnrollment(tx, ctx, {
      cls,
      person: r.person,
      applicant: r.applicant ?? (r.item.applicantId ? r.person : null),
      place: hasPlace ? 'ENROLLED' : ++lastPosition,
      days: r.item.days,
      price: prices[i],
      idempotencyKey: r.item.idempotencyKey,
    });
  });
  await flush(tx);
  return created;
}
