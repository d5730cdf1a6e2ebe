/**
 * Reads a roster file in the browser into text cells, reporting progress: CSV (UTF-8, with or
 * without BOM; GB18030 when it is not valid UTF-8, as Excel on Chinese Windows saves it) or .xlsx
 * through exceljs, loaded only when an .xlsx is chosen.
 */
export type Progress = (done: number, total: number) => void;
/** A row of the file: its cells, and its number as the spreadsheet shows it (the header is row 1). */
export interface SheetRow {
  line: number;
  cells: string[];
}

const yieldToBrowser = () => new Promise((r) => setTimeout(r, 0));

export async function readRosterFile(file: File, progress: Progress): Promise<SheetRow[]> {
  if (/\.xlsx$/i.test(file.name)) return readXlsx(await file.arrayBuffer(), progress);
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return readCsv(decode(await file.arrayBuffer()), progress);
  throw new Error('只支持 .xlsx 或 .csv 文件');
}

function decode(buf: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

/**
 * RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; a record is one spreadsheet row
 * however many lines its quoted cells span. Blank rows are skipped but keep their place in the numbering.
 */
export async function readCsv(text: string, progress: Progress): Promise<SheetRow[]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length % 500 === 0) {
        progress(i, text.length);
        await yieldToBrowser();
      }
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  progress(text.length, text.length);
  return rows.map((cells, i) => ({ line: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
}

type CellValue = unknown;

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(v: CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: CellValue; text?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return String(o.text);
  }
  return String(v);
}

export async function readXlsx(buf: ArrayBuffer, progress: Progress): Promise<SheetRow[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const total = sheet.rowCount;
  const rows: SheetRow[] = [];
  for (let r = 1; r <= total; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((x) => x !== '')) rows.push({ line: r, cells });
    if (r % 200 === 0) {
      progress(r, total);
      await yieldToBrowser();
    }
  }
  progress(total, total);
  return rows;
}
