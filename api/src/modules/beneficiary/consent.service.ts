import type { EntityManager } from '@mikro-orm/postgresql';
import { ageInMonths, todayInChina } from '../../common/validators';
import { Consent } from './consent.entity';
import type { ConsentPurpose } from './beneficiary.enums';

/** Personal information of a child under 14 is sensitive (PIPL art. 28, 31): a guardian must consent. */
export const CONSENT_AGE_YEARS = 14;

export function needsGuardianConsent(birthDate: string | null | undefined, on = todayInChina()): boolean {
  // Without a birth date we cannot tell the person is an adult: treat them as a child.
  if (!birthDate) return true;
  return ageInMonths(birthDate, on) < CONSENT_AGE_YEARS * 12;
}

/** A consent for the purpose, given and not withdrawn (a withdrawal takes effect on the next request). */
export async function hasActiveConsent(
  em: EntityManager,
  beneficiaryId: string,
  purpose: ConsentPurpose,
): Promise<boolean> {
  return (await activeConsentHolders(em, [beneficiaryId], purpose)).has(beneficiaryId);
}

/** Of these people, those with an active consent for the purpose: one statement for any number. */
export async function activeConsentHolders(
  em: EntityManager,
  beneficiaryIds: string[],
  purpose: ConsentPurpose,
): Promise<Set<string>> {
  if (!beneficiaryIds.length) return new Set();
  // Plain rows, no entities: a roster of thousands must not fill the identity map (nor its dirty checks).
  const rows = await em
    .createQueryBuilder(Consent, 'c')
    .select('c.beneficiary')
    .where({
      beneficiary: { $in: beneficiaryIds },
      purpose,
      withdrawnAt: null,
      givenAt: { $lte: new Date() },
      deletedAt: null,
    })
    .execute<{ beneficiary_id: string }[]>('all', false);
  return new Set(rows.map((c) => c.beneficiary_id));
}
