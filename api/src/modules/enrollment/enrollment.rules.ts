import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldErrors } from '../../common/errors';
import { ServiceClass } from '../class/service-class.entity';
import type { Enrollment } from './enrollment.entity';
import { applicantProblem, consentProblem, daysProblem, loadPerson, priceEnrollment } from './enrollment.terms';

const NO_SCOPE = { filters: { scope: false } } as const;

/**
 * Rules of the generic writes of an enrollment (`enroll` in enrollment.service.ts is the only way in):
 * a change of the days booked or of the applicant is checked like a new enrollment (days within the
 * class's meeting days, the applicant a guardian) and the fee, subsidy and payable are priced again,
 * so that fee = subsidy + payable always follows days × fee per day and the project's policy.
 */
export async function enrollmentRules(tx: EntityManager, rows: Enrollment[], _ctx: unknown, mode: 'create' | 'update') {
  for (const row of rows) {
    const person = await loadPerson(tx, row.beneficiary.id);
    if (!person) continue;
    if (mode === 'create') {
      // Not offered as a mutation; kept so that no generic path can enroll a child without consent.
      const consent = await consentProblem(tx, person);
      if (consent) throw badInput({ beneficiaryId: consent }, '缺少监护人同意');
      continue;
    }
    const cls = await tx.findOne(ServiceClass, { id: row.serviceClass.id }, NO_SCOPE);
    const applicant = row.applicant ? await loadPerson(tx, row.applicant.id) : null;
    if (!cls) continue;
    const errors: FieldErrors = {};
    const days = daysProblem(cls, row.daysBooked);
    if (days) errors.daysBooked = days;
    const who = await applicantProblem(tx, person, applicant);
    if (who) errors.applicantId = who;
    if (Object.keys(errors).length) throw badInput(errors);
    const { feeFen, subsidyFen, payableFen } = await priceEnrollment(tx, cls, person, applicant, row.daysBooked);
    Object.assign(row, { feeFen, subsidyFen, payableFen });
  }
}
