import type { EntityManager } from '@mikro-orm/postgresql';
import type { PiiCipher } from '../../common/crypto/pii';
import { forbidden } from '../../common/scope/access';
import { badInput, notFound } from '../../common/errors';
import type { Principal } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { Beneficiary } from './beneficiary.entity';
import { hasActiveConsent, needsGuardianConsent } from './consent.service';

export type RevealField = 'idNumber' | 'phone';
const REVEALERS = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER'];

/**
 * Shows one personal value in clear, for a stated reason, and records who saw what and why.
 * The person must be in the caller's scope (the request's EntityManager); a child's data needs a
 * guardian's consent that has not been withdrawn.
 */
export async function revealPersonalInfo(
  em: EntityManager,
  ctx: { principal: Principal | null; pii: PiiCipher; requestId: string },
  beneficiaryId: string,
  field: RevealField,
  reason: string,
): Promise<string | null> {
  const p = ctx.principal;
  if (!p || !REVEALERS.includes(p.role)) throw forbidden('无权查看个人信息');
  if (reason.trim().length < 4) throw badInput({ reason: '请说明查看原因（至少4个字）' });
  return em.transactional(async (tx) => {
    const person = await tx.findOne(Beneficiary, { id: beneficiaryId });
    if (!person) throw notFound('Beneficiary', beneficiaryId);
    if (needsGuardianConsent(person.birthDate) && !(await hasActiveConsent(tx, person.id, 'SERVICE_ENROLLMENT'))) {
      throw forbidden('未满14周岁且无有效的监护人同意，不能查看');
    }
    const value =
      field === 'idNumber'
        ? person.idNumberCipher
          ? ctx.pii.decrypt(person.idNumberCipher)
          : null
        : (person.phone ?? null);
    recordAudit(tx, ctx, {
      action: 'reveal',
      entityType: 'Beneficiary',
      entityId: person.id,
      fields: [field],
      detail: { reason: reason.trim().slice(0, 200) },
    });
    await tx.flush();
    return value;
  });
}
