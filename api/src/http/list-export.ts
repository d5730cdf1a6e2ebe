import type { RequestHandler, Response } from 'express';
import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import { resourceNamed } from '../common/crud/registry';
import { attachmentHeader, LedgerWorkbook, oneParam, type QueryParams } from '../common/export';
import { authedGetRoute } from './http-route';
import type { ResourceSpec } from '../common/resource';
import type { Context } from '../graphql/context';
import { permissionsOf } from '../graphql/admin-meta.describe';
import { AppError, badInput } from '../common/errors';
import type { RequestContextDeps } from '../graphql/request-context';
import { chinaMoment, exportColumns, type Cell, type ExportColumn, type Lang } from './list-export.columns';

/**
 * GET /exports/list.xlsx and /exports/list.csv ?resource=Beneficiary[&where=<JSON>][&orderBy=<JSON>][&search=…]
 * [&lang=en]: every row a list shows for the same arguments, in its order, streamed as it is read.
 *
 * The rows are read by running the list's own GraphQL connection field for the caller, 100 rows a page
 * after the last one's keyset cursor: the same scope, soft delete, masking and argument checks as the list
 * (a bad `where` is the list's BAD_USER_INPUT, answered as JSON before anything is sent). The number of rows
 * is sent first (X-Total-Count) so the console can show progress; more than MAX_ROWS is refused with a
 * message rather than cut short. CSV starts with the UTF-8 byte-order mark that Excel on Chinese Windows
 * needs.
 */
const PAGE = 100;
export const MAX_ROWS = 200_000;

interface ListExport {
  spec: ResourceSpec;
  format: 'xlsx' | 'csv';
  lang: Lang;
  columns: ExportColumn[];
  document: ReturnType<typeof parse>;
  variables: Record<string, unknown>;
}

const json = (q: QueryParams, key: string): unknown => {
  const raw = oneParam(q, key);
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw badInput({ [key]: '应为 JSON' });
  }
};

function parseExport(q: QueryParams, ctx: Context, schema: GraphQLSchema, format: 'xlsx' | 'csv'): ListExport {
  const name = oneParam(q, 'resource') ?? '';
  const spec = resourceNamed(name);
  if (!spec) throw badInput({ resource: `未知的资源 ${name.slice(0, 40)}` });
  if (!permissionsOf(spec, ctx.principal).list) throw new AppError('FORBIDDEN', '无权导出该列表');
  const lang: Lang = oneParam(q, 'lang') === 'en' ? 'en' : 'zh';
  const { selection, columns } = exportColumns(ctx.principal, spec, lang);
  const T = spec.name;
  const document = parse(`query ListExport($where: ${T}Where, $orderBy: [${T}OrderBy!], $search: String, $after: String,
      $first: Boolean!) {
    page: ${spec.plural}Connection(first: ${PAGE}, after: $after, where: $where, orderBy: $orderBy, search: $search) {
      totalCount @include(if: $first)
      pageInfo { hasNextPage endCursor }
      nodes { ${selection} }
    }
  }`);
  const invalid = validate(schema, document);
  if (invalid.length) throw invalid[0];
  const variables = { where: json(q, 'where'), orderBy: json(q, 'orderBy'), search: oneParam(q, 'search') ?? null };
  return { spec, format, lang, columns, document, variables };
}

interface Page {
  total?: number;
  rows: Record<string, unknown>[];
  next: string | null;
}

async function readPage(schema: GraphQLSchema, ctx: Context, e: ListExport, after: string | null): Promise<Page> {
  const result = await execute({
    schema,
    document: e.document,
    contextValue: ctx,
    variableValues: { ...e.variables, after, first: after === null },
  });
  const error = result.errors?.[0];
  if (error) {
    // A variable the schema refuses (a `where` of the wrong shape) has no path: the caller's input.
    if (!error.path && !(error.originalError instanceof AppError)) throw badInput({ where: error.message });
    throw error.originalError instanceof AppError ? error.originalError : error;
  }
  const page = (result.data as { page: Record<string, unknown> }).page;
  const info = page.pageInfo as { hasNextPage: boolean; endCursor: string | null };
  return {
    total: page.totalCount as number | undefined,
    rows: page.nodes as Record<string, unknown>[],
    next: info.hasNextPage ? info.endCursor : null,
  };
}

const csvField = (v: Cell): string => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV cell as people read it: 元 with two decimals, percentages, dates as the console shows them. */
function csvText(c: ExportColumn, v: Cell): string {
  if (c.type === 'date' && typeof v === 'string') return v.replace(/-/g, '/'); // 2025/07/13, as on screen
  if (v == null || typeof v === 'string') return csvField(v);
  if (c.type === 'money') return (v / 100).toFixed(2);
  if (c.type === 'percent') return `${(v / 100).toFixed(2)}%`;
  return csvField(v);
}

/** Waits while the client is slow to read, so a large export never piles up in memory. */
const drained = (res: Response) =>
  res.writableNeedDrain ? new Promise<void>((ok) => res.once('drain', () => ok())) : Promise.resolve();

export function listExportRoute(
  deps: RequestContextDeps,
  schema: GraphQLSchema,
  format: 'xlsx' | 'csv',
): RequestHandler {
  return authedGetRoute(deps, `list-export-${format}`, async (ctx, req, res) => {
    const e = parseExport(req.query as QueryParams, ctx, schema, format);
    const first = await readPage(schema, ctx, e, null);
    const total = first.total ?? 0;
    if (total > MAX_ROWS)
      throw badInput(
        { where: `共 ${total.toLocaleString('zh-CN')} 行，超过单次导出上限 ${MAX_ROWS.toLocaleString('zh-CN')} 行` },
        `共 ${total.toLocaleString('zh-CN')} 行，超过单次导出上限 ${MAX_ROWS.toLocaleString('zh-CN')} 行，请缩小筛选范围后分批导出`,
      );
    const label = e.spec.label[e.lang === 'zh' ? 0 : 1];
    const stamp = chinaMoment(new Date().toISOString());
    res.status(200);
    res.setHeader(
      'Content-Type',
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    );
    res.setHeader(
      'Content-Disposition',
      attachmentHeader(`${label}_${stamp.slice(0, 10).replace(/\//g, '')}.${format}`),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Request-Id', ctx.requestId);
    res.setHeader('X-Total-Count', String(total));
    const write = format === 'xlsx' ? await xlsxWriter(res, e, label, stamp, total) : csvWriter(res, e);
    let page: Page = first;
    for (;;) {
      for (const row of page.rows) write.row(row);
      await drained(res);
      if (!page.next || res.destroyed) break;
      page = await readPage(schema, ctx, e, page.next);
    }
    await write.end();
  });
}

interface RowWriter {
  row(r: Record<string, unknown>): void;
  end(): Promise<void>;
}

async function xlsxWriter(
  res: Response,
  e: ListExport,
  label: string,
  stamp: string,
  total: number,
): Promise<RowWriter> {
  const book = await LedgerWorkbook.open(res);
  const zh = e.lang === 'zh';
  const sheet = book.sheet<Record<string, unknown>>({
    name: label,
    title: zh ? `${label}列表` : label,
    meta: [
      [zh ? '导出时间' : 'Exported at', `${stamp}${zh ? '（北京时间）' : ' (China time)'}`],
      [zh ? '行数' : 'Rows', total.toLocaleString('zh-CN')],
    ],
    columns: e.columns.map((c) => ({ header: c.header, type: c.type, value: (r) => c.value(r) })),
  });
  return {
    row: (r) => sheet.addRow(r),
    end: async () => {
      sheet.commit();
      await book.commit();
    },
  };
}

function csvWriter(res: Response, e: ListExport): RowWriter {
  res.write(`\ufeff${e.columns.map((c) => csvField(c.header)).join(',')}\r\n`);
  return {
    row: (r) => void res.write(`${e.columns.map((c) => csvText(c, c.value(r))).join(',')}\r\n`),
    end: () => new Promise<void>((ok) => res.end(ok)),
  };
}
