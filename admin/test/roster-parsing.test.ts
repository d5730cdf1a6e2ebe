import { readCsv, readXlsx } from '../src/resources/service-class/parse-file';
import { fieldOfHeader, toRosterRow } from '../src/resources/service-class/roster-columns';
import { rosterXlsx } from './support/roster-file';

/** Reading roster files in the browser: CSV as Excel writes it, .xlsx through exceljs, headers to fields. */
describe('roster files', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks, skips blank lines, numbers rows as Excel', async () => {
    const progress: number[] = [];
    const rows = await readCsv('姓名,备注\r\n"王,小明","他说""好""\n第二行"\r\n\r\n李华,\n', (d) => progress.push(d));
    // Row 2 spans two lines of text (a quoted line break), row 3 is blank: 李华 is the spreadsheet's row 4.
    expect(rows).toEqual([
      { line: 1, cells: ['姓名', '备注'] },
      { line: 2, cells: ['王,小明', '他说"好"\n第二行'] },
      { line: 4, cells: ['李华', ''] },
    ]);
    expect(progress.at(-1)).toBeGreaterThan(0);
  });

  it('maps Chinese headers to the mutation’s fields and reads consent and days', () => {
    const fields = ['姓名', '身份证号码', '监护人已书面同意', '预约天数', '备注'].map(fieldOfHeader);
    expect(fields).toEqual(['name', 'idNumber', 'guardianConsent', 'days', null]);
    expect(toRosterRow(fields, ['王小明', '53011220170301911X', '是', '10', '不导入'])).toEqual({
      name: '王小明',
      idNumber: '53011220170301911X',
      guardianConsent: true,
      days: 10,
    });
    expect(toRosterRow(fields, ['王小明', '', '否', '十天', ''])).toEqual({
      name: '王小明',
      guardianConsent: false,
      days: -1,
    });
  });

  it('reads an .xlsx written by exceljs, ID numbers as text', async () => {
    const file = await rosterXlsx([
      { name: '测试童', birthDate: '2017-03-01', sequence: 911, guardian: '家长', phone: '13911110001' },
    ]);
    const rows = await readXlsx(new Uint8Array(file).buffer, () => undefined);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
    expect(rows[0].cells[0]).toBe('姓名');
    expect(rows[1].cells[0]).toBe('测试童');
    expect(rows[1].cells[1]).toMatch(/^53011220170301\d{3}[\dX]$/);
  });
});
