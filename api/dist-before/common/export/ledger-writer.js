"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LedgerWorkbook = exports.LedgerSheet = void 0;
exports.cellValue = cellValue;
const exceljs_1 = __importDefault(require("exceljs"));
const FORMATS = {
    text: undefined,
    int: '#,##0',
    money: '#,##0.00',
    percent: '0.00%',
    date: 'yyyy-mm-dd',
};
const WIDTHS = { text: 24, int: 12, money: 16, percent: 12, date: 12 };
function cellValue(type, v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' && type !== 'date')
        return v;
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
function sheetName(name, used) {
    const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
    let out = base;
    for (let i = 2; used.has(out); i++)
        out = `${base.slice(0, 28)}(${i})`;
    used.add(out);
    return out;
}
class LedgerSheet {
    constructor(ws, columns) {
        this.ws = ws;
        this.columns = columns;
    }
    /** Writes and flushes one data row. */
    addRow(row, options = {}) {
        const r = this.ws.addRow(this.columns.map((c) => cellValue(c.type, c.value(row))));
        this.columns.forEach((c, i) => {
            const cell = r.getCell(i + 1);
            const fmt = FORMATS[c.type];
            if (fmt && typeof cell.value !== 'string')
                cell.numFmt = fmt;
            if (typeof cell.value === 'string' && c.type !== 'text')
                cell.alignment = { horizontal: 'right' };
            if (options.bold)
                cell.font = { bold: true };
        });
        r.commit();
    }
    async addRows(rows) {
        for await (const row of rows)
            this.addRow(row);
    }
    commit() {
        this.ws.commit();
    }
}
exports.LedgerSheet = LedgerSheet;
/** A streaming .xlsx workbook of ledger sheets, written to `stream` (e.g. an HTTP response). */
class LedgerWorkbook {
    constructor(stream, creator = 'Linli 邻里') {
        this.names = new Set();
        this.wb = new exceljs_1.default.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
        this.wb.creator = creator;
        this.wb.created = new Date();
    }
    sheet(spec) {
        const ws = this.wb.addWorksheet(sheetName(spec.name, this.names));
        const n = Math.max(spec.columns.length, 2);
        ws.columns = spec.columns.map((c) => ({ width: c.width ?? Math.max(WIDTHS[c.type], c.header.length * 2 + 2) }));
        const title = ws.addRow([spec.title]);
        title.font = { bold: true, size: 14 };
        title.height = 24;
        ws.mergeCells(1, 1, 1, n);
        title.commit();
        for (const [label, value] of spec.meta ?? [])
            ws.addRow([label, value]).commit();
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
    async commit() {
        await this.wb.commit();
    }
}
exports.LedgerWorkbook = LedgerWorkbook;
//# sourceMappingURL=ledger-writer.js.map