import type ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/**
 * 台账: the sheet staff hand to leaders. A bold title row, meta rows (单位 / 统计期间 / 生成时间 …), one header
 * row in Chinese, then data rows. Streams: each row is committed (flushed to the zip) as soon as it is written,
 * so a large export never sits in memory (exceljs `stream.xlsx.WorkbookWriter` on the HTTP response).
 *
 * Column types: text, int, money (integer fen in, 元 out with two decimals), percent (basis points in,
 * a real percentage cell out), date ('YYYY-MM-DD' or a Date, shown as a date). A string given to a numeric
 * column is written as text: that is how a suppressed small cell shows "<5".
 */
export type LedgerColumnType = 'text' | 'int' | 'money' | 'percent' | 'date';

export interface LedgerColumn<R> {
  header: string;
  type: LedgerColumnType;
  value: (row: R) => string | number | Date | null | undefined;
  /** Characters; a default per type otherwise. */
  width?: number;
}

export interface LedgerSheetSpec<R> {
  /** Sheet tab name (at most 31 characters, no []:*?/\). */
  name: string;
  title: string;
  /** Label and value pairs under the title, e.g. ['统计期间', '2025-01-01 至 2025-12-31']. */
  meta?: [string, string][];
  columns: LedgerColumn<R>[];
}

const FORMATS: Record<LedgerColumnType, string | undefined> = {
  text: undefined,
  int: '#,##0',
  money: '#,##0.00',
  percent: '0.00%',
  date: 'yyyy/mm/dd',
};
const WIDTHS: Record<LedgerColumnType, number> = { text: 24, int: 12, money: 16, percent: 12, date: 12 };

export function cellValue(type: LedgerColumnType, v: string | number | Date | null | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' && type !== 'date') return v;
  switch (type) {
    case 'money':
      return Number(v) / 100;
    case 'percent':
      return Number(v) / 10000;
    case 'date':
      return v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? new Date(`${v}T00:00:00Z`) : String(v);
    default:
      return v;
  }
}

/** Sheet names Excel accepts: forbidden characters replaced, 31 characters at most, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; used.has(out); i++) out = `${base.slice(0, 28)}(${i})`;
  used.add(out);
  return out;
}

export class LedgerSheet<R> {
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly columns: LedgerColumn<R>[],
  ) {}

  /** Writes and flushes one data row. */
  addRow(row: R, options: { bold?: boolean } = {}): void {
    const r = this.ws.addRow(this.columns.map((c) => cellValue(c.type, c.value(row))));
    this.columns.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      const fmt = FORMATS[c.type];
      if (fmt && typeof cell.value !== 'string') cell.numFmt = fmt;
      if (typeof cell.value === 'string' && c.type !== 'text') cell.alignment = { horizontal: 'right' };
      if (options.bold) cell.font = { bold: true };
    });
    r.commit();
  }

  async addRows(rows: Iterable<R> | AsyncIterable<R>): Promise<void> {
    for await (const row of rows) this.addRow(row);
  }

  commit(): void {
    this.ws.commit();
  }
}

/** A streaming .xlsx workbook of ledger sheets, written to `stream` (e.g. an HTTP response). */
export class LedgerWorkbook {
  private readonly names = new Set<string>();

  private constructor(private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter) {}

  /**
   * exceljs is loaded on the first export, not at start: with its zip and XML dependencies it holds about
   * 7.5 MB of heap, which every API process would otherwise carry for a feature most never use.
   */
  static async open(stream: Writable, creator = 'Linli 邻里'): Promise<LedgerWorkbook> {
    const { default: excel } = await import('exceljs');
    const wb = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    wb.creator = creator;
    wb.created = new Date();
    return new LedgerWorkbook(wb);
  }

  sheet<R>(spec: LedgerSheetSpec<R>): LedgerSheet<R> {
    const ws = this.wb.addWorksheet(sheetName(spec.name, this.names));
    const n = Math.max(spec.columns.length, 2);
    ws.columns = spec.columns.map((c) => ({ width: c.width ?? Math.max(WIDTHS[c.type], c.header.length * 2 + 2) }));
    const title = ws.addRow([spec.title]);
    title.font = { bold: true, size: 14 };
    title.height = 24;
    ws.mergeCells(1, 1, 1, n);
    title.commit();
    for (const [label, value] of spec.meta ?? []) ws.addRow([label, value]).commit();
    ws.addRow([]).commit();
    const header = ws.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    return new LedgerSheet(ws, spec.columns);
  }

  /** Finishes the file; the stream ends when the returned promise resolves. */
  async commit(): Promise<void> {
    await this.wb.commit();
  }
}
