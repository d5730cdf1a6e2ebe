import type { RosterRowInput } from '../../generated-api/operations';

/** A field of `importRoster`'s RosterRowInput. */
export type RosterField = keyof RosterRowInput;

/**
 * The columns a roster file may have: the header people write (Chinese, with a few common variants)
 * → the field of `importRoster`'s RosterRowInput. The server parses and checks the values.
 */
export const ROSTER_COLUMNS: { field: RosterField; headers: string[] }[] = [
  { field: 'name', headers: ['姓名', '儿童姓名', '学生姓名', 'name'] },
  { field: 'gender', headers: ['性别', 'gender'] },
  { field: 'birthDate', headers: ['出生日期', '生日', 'birthDate'] },
  { field: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码', 'idNumber'] },
  { field: 'phone', headers: ['手机号码', '手机号', '联系电话', 'phone'] },
  { field: 'categories', headers: ['人员类别', '类别', 'categories'] },
  { field: 'days', headers: ['预约天数', '天数', 'days'] },
  { field: 'guardianName', headers: ['监护人姓名', '监护人', '家长姓名', 'guardianName'] },
  { field: 'guardianRelation', headers: ['与儿童关系', '监护关系', '关系', 'guardianRelation'] },
  { field: 'guardianIdNumber', headers: ['监护人身份证号', '监护人身份证号码', 'guardianIdNumber'] },
  { field: 'guardianPhone', headers: ['监护人手机号码', '监护人手机号', '监护人电话', '家长电话', 'guardianPhone'] },
  { field: 'guardianGender', headers: ['监护人性别', 'guardianGender'] },
  { field: 'guardianConsent', headers: ['监护人已书面同意', '书面同意', '监护人同意', 'guardianConsent'] },
];

export const TEMPLATE_HEADERS = ROSTER_COLUMNS.map((c) => c.headers[0]);

const normalize = (h: string) => h.replace(/[\s*＊（）()]/g, '').toLowerCase();
const BY_HEADER = new Map(ROSTER_COLUMNS.flatMap((c) => c.headers.map((h) => [normalize(h), c.field] as const)));

export function fieldOfHeader(header: string): RosterField | null {
  return BY_HEADER.get(normalize(header)) ?? null;
}

const YES = new Set(['是', '已同意', '同意', 'y', 'yes', 'true', '1', '√', '✓']);

/** One line of the file as the mutation takes it: text as typed, days a number, consent yes/no. */
export function toRosterRow(fields: (RosterField | null)[], cells: string[]): RosterRowInput {
  const row: RosterRowInput = {};
  fields.forEach((field, i) => {
    const value = (cells[i] ?? '').trim();
    if (!field || value === '') return;
    if (field === 'days') row.days = /^\d+$/.test(value) ? Number(value) : -1;
    else if (field === 'guardianConsent') row.guardianConsent = YES.has(value.toLowerCase());
    else row[field] = value;
  });
  return row;
}
