import {
  isValidLocalDate,
  isValidMobile,
  normalizeIdNumber,
  normalizeMobile,
  todayInChina,
} from '../../common/validators';
import { validateIdNumber } from '../../common/validators';
import { enumLabels } from '../../common/enums';
import type { FieldErrors } from '../../common/errors';
import { needsGuardianConsent } from '../beneficiary/consent.service';
import type { ServiceClass } from '../class/service-class.entity';
import { ageProblem, daysProblem, meetingDays } from '../enrollment/enrollment.terms';
import type { RosterRowInput } from './roster.inputs';

/**
 * The checks of one roster line that need no database: required fields, the ID number's checksum and
 * its agreement with birth date and gender, the phone, categories, days, the class's age range, and a
 * guardian with written consent for a child under 14. Duplicates and registered people are
 * checked against the database by the import service.
 */
export interface PersonData {
  name: string;
  gender: string;
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  categories: string[];
}

export interface ParsedRow {
  index: number;
  errors: FieldErrors;
  person: PersonData;
  days: number;
  guardian: (PersonData & { relation: string }) | null;
  consent: boolean;
  needsConsent: boolean;
}

const text = (v: string | null | undefined): string => (v ?? '').trim();

/** A value by its code or its Chinese or English label (性别 "女", "FEMALE", "female"). */
function enumValue(enumName: string, raw: string): string | null {
  const labels = enumLabels.get(enumName) ?? {};
  const want = raw.trim().toLowerCase();
  for (const [value, [zh, en]] of Object.entries(labels)) {
    if ([value.toLowerCase(), zh.toLowerCase(), en.toLowerCase()].includes(want)) return value;
  }
  // 祖父母/外祖父母 is one value with two words people write on their own.
  if (enumName === 'GuardianRelation' && /^(外?祖[父母]|[外]?[爷奶]爷?|姥[姥爷]|外公|外婆)$/.test(raw.trim())) {
    return 'GRANDPARENT';
  }
  return null;
}

const RELATION_GENDER: Record<string, string> = { FATHER: 'MALE', MOTHER: 'FEMALE' };

/** Name, gender, birth date, ID number and phone of one person; errors keyed with `prefix`. */
function parsePerson(
  raw: {
    name?: string | null;
    gender?: string | null;
    birthDate?: string | null;
    idNumber?: string | null;
    phone?: string | null;
  },
  prefix: '' | 'guardian',
  errors: FieldErrors,
  fallbackGender: string | null = null,
): PersonData {
  const key = (f: string) => (prefix ? prefix + f.charAt(0).toUpperCase() + f.slice(1) : f);
  const name = text(raw.name);
  if (!name) errors[key('name')] = '姓名不能为空';
  else if (name.length > 50) errors[key('name')] = '姓名不能超过50个字符';
  let idNumber: string | null = null;
  let fromId: { birthDate: string; gender: string } | null = null;
  if (text(raw.idNumber)) {
    const parsed = validateIdNumber(normalizeIdNumber(text(raw.idNumber)));
    if (parsed.ok) {
      idNumber = parsed.value;
      fromId = parsed;
    } else errors[key('idNumber')] = parsed.reason;
  }
  let gender: string | null = null;
  if (text(raw.gender)) {
    gender = enumValue('Gender', text(raw.gender));
    if (!gender) errors[key('gender')] = '性别应为“男”或“女”';
    else if (fromId && fromId.gender !== gender) errors[key('gender')] = '性别与身份证号不一致';
  }
  gender = gender ?? fromId?.gender ?? fallbackGender;
  if (!gender && !errors[key('gender')] && !errors[key('idNumber')]) {
    errors[key('gender')] = '请填写性别或身份证号';
  }
  let birthDate: string | null = null;
  const b = text(raw.birthDate)
    .replace(/[./年月]/g, '-')
    .replace(/日$/, '');
  if (b) {
    const normalized = b.replace(
      /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
      (_m, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    );
    if (!isValidLocalDate(normalized)) errors[key('birthDate')] = '出生日期格式应为 YYYY-MM-DD';
    else if (normalized > todayInChina()) errors[key('birthDate')] = '出生日期不能晚于今天';
    else if (fromId && fromId.birthDate !== normalized) errors[key('birthDate')] = '出生日期与身份证号不一致';
    else birthDate = normalized;
  }
  birthDate = birthDate ?? fromId?.birthDate ?? null;
  let phone: string | null = null;
  if (text(raw.phone)) {
    if (isValidMobile(text(raw.phone))) phone = normalizeMobile(text(raw.phone));
    else errors[key('phone')] = '手机号码格式不正确';
  }
  return { name, gender: gender ?? '', birthDate, idNumber, phone, categories: [] };
}

function parseCategories(raw: string, errors: FieldErrors): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[、,，;；/\s]+/).filter(Boolean)) {
    const v = enumValue('BeneficiaryCategory', part);
    if (v) out.push(v);
    else errors.categories = `未知的人员类别“${part}”`;
  }
  return [...new Set(out)];
}

export function parseRow(
  input: RosterRowInput,
  index: number,
  cls: Pick<ServiceClass, 'startsOn' | 'endsOn' | 'weekdays' | 'feePerDayFen' | 'minAgeMonths' | 'maxAgeMonths'>,
): ParsedRow {
  const errors: FieldErrors = {};
  const person = parsePerson(input, '', errors);
  person.categories = parseCategories(text(input.categories), errors);
  if (!person.birthDate && !errors.birthDate && !errors.idNumber) errors.birthDate = '请填写出生日期或身份证号';

  const days = input.days ?? meetingDays(cls);
  const d = daysProblem(cls, days);
  if (d) errors.days = d;
  if (person.birthDate) {
    const age = ageProblem(cls, person.birthDate);
    if (age) errors.birthDate = age;
  }

  const needsConsent = Boolean(person.birthDate) && needsGuardianConsent(person.birthDate);
  const hasGuardian = [input.guardianName, input.guardianIdNumber, input.guardianPhone].some((v) => text(v));
  let guardian: ParsedRow['guardian'] = null;
  if (hasGuardian) {
    const relation = text(input.guardianRelation) ? enumValue('GuardianRelation', text(input.guardianRelation)) : null;
    if (!text(input.guardianRelation)) errors.guardianRelation = '请填写监护人与儿童的关系';
    else if (!relation) errors.guardianRelation = '关系应为父亲、母亲、祖父母/外祖父母、其他亲属或其他';
    const g = parsePerson(
      {
        name: input.guardianName,
        gender: input.guardianGender,
        idNumber: input.guardianIdNumber,
        phone: input.guardianPhone,
      },
      'guardian',
      errors,
      relation ? (RELATION_GENDER[relation] ?? null) : null,
    );
    if (!g.phone && !errors.guardianPhone) errors.guardianPhone = '请填写监护人手机号码';
    if (g.idNumber && g.idNumber === person.idNumber) errors.guardianIdNumber = '监护人不能是本人';
    guardian = { ...g, relation: relation ?? '' };
  }
  // A registered child may have a consent on record already (checked against the database later).
  if (needsConsent && !(input.guardianConsent && hasGuardian)) {
    errors.guardianConsent = hasGuardian
      ? '未满14周岁的儿童须有监护人的书面同意（“监护人已书面同意”填“是”）'
      : '未满14周岁的儿童须填写监护人，并有监护人的书面同意';
  }
  return { index, errors, person, days, guardian, consent: Boolean(input.guardianConsent && guardian), needsConsent };
}

/** The second and later lines with the same child's ID number are errors. */
export function markFileDuplicates(rows: ParsedRow[]): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const id = row.person.idNumber;
    if (!id) continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, row.index);
    else row.errors.idNumber = `与第${seen + 1}行的身份证号重复`;
  }
}
