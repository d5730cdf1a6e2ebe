import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../../api/src/common/validators/id-number';

/** A small roster as people fill it in (Chinese headers, 是 for consent), as an .xlsx buffer. */
export interface RosterLine {
  name: string;
  birthDate: string;
  sequence: number;
  guardian: string;
  phone: string;
  consent?: string;
  badChecksum?: boolean;
}

export const HEADERS = [
  '姓名',
  '身份证号',
  '人员类别',
  '监护人姓名',
  '与儿童关系',
  '监护人手机号码',
  '监护人已书面同意',
];

export function idFor(line: RosterLine): string {
  const id = makeIdNumber({ region: '530112', birthDate: line.birthDate, sequence: line.sequence });
  if (!line.badChecksum) return id;
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

export async function rosterXlsx(lines: RosterLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  sheet.addRow(HEADERS);
  for (const l of lines) sheet.addRow([l.name, idFor(l), '儿童', l.guardian, '母亲', l.phone, l.consent ?? '是']);
  // ID numbers as text, the way a careful clerk formats the column.
  sheet.getColumn(2).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
