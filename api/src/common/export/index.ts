export { attachmentHeader } from './content-disposition';
export { listParam, oneParam, type QueryParams } from './params';
export { LedgerSheet, LedgerWorkbook } from './ledger-writer';
export type { LedgerColumn, LedgerColumnType, LedgerSheetSpec } from './ledger-writer';
