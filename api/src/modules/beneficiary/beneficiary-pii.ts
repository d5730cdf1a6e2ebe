import type { PiiCipher } from '../../common/crypto/pii';
import { normalizeIdNumber, normalizeMobile, validateIdNumber } from '../../common/validators';
import { badInput } from '../../common/errors';

type Data = Record<string, unknown>;

/**
 * How a person's identifiers are written: the ID number is never stored in clear (encrypted, a keyed
 * hash for duplicates, the last four for masked display); phone numbers are stored normalized.
 * A birth date or gender given with the ID number must agree with it.
 */
export function beneficiaryBeforeWrite(data: Data, _mode: 'create' | 'update', ctx: { pii: PiiCipher }): Data {
  const out: Data = { ...data };
  if (typeof out.phone === 'string') out.phone = normalizeMobile(out.phone);
  if (!('idNumber' in out)) return out;
  const raw = out.idNumber;
  delete out.idNumber;
  if (raw === null || raw === undefined) {
    return { ...out, idNumberCipher: null, idNumberHash: null, idNumberLast4: null };
  }
  const id = normalizeIdNumber(String(raw));
  const parsed = validateIdNumber(id);
  if (!parsed.ok) throw badInput({ idNumber: parsed.reason });
  const errors: Record<string, string> = {};
  if (typeof out.birthDate === 'string' && out.birthDate !== parsed.birthDate) {
    errors.birthDate = '出生日期与身份证号不一致';
  }
  if (typeof out.gender === 'string' && out.gender !== parsed.gender) errors.gender = '性别与身份证号不一致';
  if (Object.keys(errors).length) throw badInput(errors);
  return { ...out, idNumberCipher: ctx.pii.encrypt(id), idNumberHash: ctx.pii.hash(id), idNumberLast4: id.slice(-4) };
}
