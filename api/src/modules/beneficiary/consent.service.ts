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
  const n = await em.count(
    Consent,
    { beneficiary: beneficiaryId, purpose, withdrawnAt: null, givenAt: { $lte: new Date() } },
    { filters: { scope: false } },
  );
  return n > 0;
}
