export { attachmentHeader } from './content-disposition';
export { authedGetRoute, errorBody, listParam, oneParam, xlsxExportRoute } from './http-route';
export type { QueryParams, XlsxExportSpec } from './http-route';
export { LedgerSheet, LedgerWorkbook } from './ledger-writer';
export type { LedgerColumn, LedgerColumnType, LedgerSheetSpec } from './ledger-writer';
