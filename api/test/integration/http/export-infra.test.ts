import ExcelJS from 'exceljs';
import express from 'express';
import http from 'node:http';
import { AuthService } from '../../../src/modules/account/auth.service';
import { TokenService } from '../../../src/modules/account/tokens';
import { createLogger } from '../../../src/common/logger';
import { attachmentHeader, listParam, oneParam } from '../../../src/common/export';
import { xlsxExportRoute } from '../../../src/http/http-route';
import { badInput, notFound } from '../../../src/common/errors';
import { useTestApp } from '../../support/use-app';
import { TEST_JWT_SECRET } from '../../support/test-app';

/**
 * The export infrastructure (common/export) on a route of its own: same principal and scope as GraphQL,
 * parameters validated before anything streams, AppError codes as HTTP statuses with a JSON body, unexpected
 * errors logged with the request id and nothing else, UTF-8 file names, and a real .xlsx ledger.
 */
const { app } = useTestApp();
const logs: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  const logger = createLogger('info', { write: (l: string) => void logs.push(l) });
  const auth = new AuthService(new TokenService(TEST_JWT_SECRET, 15), 30);
  const deps = { orm: app.orm, logger, pii: app.pii, auth };
  const web = express();
  web.get(
    '/x.xlsx',
    xlsxExportRoute(deps, {
      name: 'test-export',
      parse: (q) => {
        const n = Number(oneParam(q, 'n'));
        if (!Number.isInteger(n) || n < 0) throw badInput({ n: '行数必须是非负整数' });
        if (n === 404) throw notFound('Thing', '404');
        if (n === 500) throw new Error('boom 13800138000');
        return { n, tags: listParam(q, 'tag') };
      },
      filename: (p) => `服务台账_${p.n}行.xlsx`,
      write: async (wb, p, ctx) => {
        const sheet = wb.sheet<{ i: number }>({
          name: '明细',
          title: '测试台账',
          meta: [
            ['角色', ctx.principal!.role],
            ['标签', p.tags.join('、')],
          ],
          columns: [
            { header: '序号', type: 'int', value: (r) => r.i },
            { header: '金额（元）', type: 'money', value: (r) => r.i * 12345 },
            { header: '出勤率', type: 'percent', value: (r) => (r.i === 1 ? '<5' : 9050) },
            { header: '日期', type: 'date', value: () => '2025-07-14' },
            { header: '备注', type: 'text', value: (r) => `第${r.i}行` },
          ],
        });
        await sheet.addRows(
          (function* () {
            for (let i = 1; i <= p.n; i++) yield { i };
          })(),
        );
        sheet.commit();
      },
    }),
  );
  server = http.createServer(web);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const token = () => app.signIn({ username: `exp-${Math.random().toString(36).slice(2, 8)}`, role: 'ANALYST' });
const get = (path: string, t?: string) => fetch(base + path, { headers: t ? { authorization: `Bearer ${t}` } : {} });

describe('export route infrastructure', () => {
  it('refuses callers without credentials, and bad tokens, as 401 JSON', async () => {
    const none = await get('/x.xlsx?n=1');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED', fieldErrors: {} });
    const bad = await get('/x.xlsx?n=1', 'not-a-token');
    expect(bad.status).toBe(401);
  });

  it('validates before streaming: 400 with fieldErrors, 404 for NOT_FOUND', async () => {
    const t = await token();
    const bad = await get('/x.xlsx?n=-3', t);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/json/);
    expect(await bad.json()).toEqual({
      code: 'BAD_USER_INPUT',
      message: '输入有误',
      fieldErrors: { n: '行数必须是非负整数' },
    });
    const missing = await get('/x.xlsx?n=404', t);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('NOT_FOUND');
  });

  it('answers unexpected errors with 500 and a request id, logged without personal data', async () => {
    const res = await fetch(`${base}/x.xlsx?n=500`, {
      headers: { authorization: `Bearer ${await token()}`, 'x-request-id': 'req-export-500' },
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: '服务器内部错误',
      fieldErrors: {},
      requestId: 'req-export-500',
    });
    const line = logs.find((l) => l.includes('req-export-500') && l.includes('unexpected error'));
    expect(line).toBeDefined();
    expect(logs.join('\n')).not.toContain('n=500');
  });

  it('streams a ledger workbook with a UTF-8 file name', async () => {
    const res = await get('/x.xlsx?n=3&tag=甲&tag=乙', await token());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(attachmentHeader('服务台账_3行.xlsx'));
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('服务台账_3行.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet('明细')!;
    expect(ws.getCell('A1').value).toBe('测试台账');
    expect(ws.getRow(2).values).toEqual([undefined, '角色', 'ANALYST']);
    expect(ws.getRow(3).values).toEqual([undefined, '标签', '甲、乙']);
    expect(ws.getRow(5).values).toEqual([undefined, '序号', '金额（元）', '出勤率', '日期', '备注']);
    const row = ws.getRow(7);
    expect(row.getCell(1).value).toBe(2);
    expect(row.getCell(2).value).toBe(246.9);
    expect(row.getCell(2).numFmt).toBe('#,##0.00');
    expect(row.getCell(3).value).toBe(0.905);
    expect(row.getCell(4).value).toEqual(new Date('2025-07-14T00:00:00Z'));
    expect(ws.getRow(6).getCell(3).value).toBe('<5');
    expect(ws.rowCount).toBe(8);
  });

  it('encodes file names per RFC 5987 with an ASCII fallback', () => {
    expect(attachmentHeader('a "b".xlsx')).toBe(`attachment; filename="a _b_.xlsx"; filename*=UTF-8''a%20%22b%22.xlsx`);
    expect(attachmentHeader("台账(1)'.xlsx")).toBe(
      `attachment; filename="__(1)'.xlsx"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6%281%29%27.xlsx`,
    );
  });
});
