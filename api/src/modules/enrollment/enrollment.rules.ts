import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { hasActiveConsent, needsGuardianConsent } from '../beneficiary/consent.service';
import type { Enrollment } from './enrollment.entity';

/** A child under 14 is enrolled only with a guardian's consent on record (and not withdrawn). */
export async function enrollmentRules(tx: EntityManager, rows: Enrollment[], _ctx: unknown, mode: 'create' | 'update') {
  if (mode !== 'create') return;
  for (const row of rows) {
    const person = await tx.findOne(Beneficiary, { id: row.beneficiary.id }, { filters: { scope: false } });
    if (!person || !needsGuardianConsent(person.birthDate)) continue;
    if (!(await hasActiveConsent(tx, person.id, 'SERVICE_ENROLLMENT'))) {
      throw badInput({ beneficiaryId: '未满14周岁的儿童报名前须有监护人的同意记录' }, '缺少监护人同意');
    }
  }
}
