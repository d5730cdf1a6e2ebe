import ExcelJS from 'exceljs';
import {
  ExportComparesOrganizationPageDocument,
  ExportCountsBeneficiariesDocument,
  ExportListsBeneficiaryNamesDocument,
  type OrganizationOrderBy,
  type OrganizationWhere,
} from '../../generated/operations';
import { buildPartnerWorld, bulk, personName, type PartnerWorld } from '../../support/scope-world';
import { useTestApp } from '../../support/use-app';

/**
 * GET /exports/list.{xlsx,csv} (src/http/list-export.ts): every row the list shows for the same
 * arguments, in its order, across pages, with the list's scope and masking, values as people read them,
 * and refusals as JSON before anything streams.
 */
const { app } = useTestApp();
let world: PartnerWorld;
let admin: string;
let partnerA: string;
let analyst: string;
const ORGS = 230;

beforeAll(async () => {
  world = await buildPartnerWorld(app);
  admin = await app.signIn({ username: 'export-admin', role: 'PLATFORM_ADMIN' });
  partnerA = await app.signIn({ username: 'export-partner-a', role: 'PARTNER', socialGroupId: world.groups.A.group });
  analyst = await app.signIn({ username: 'export-analyst', role: 'ANALYST' });
  const names = Array.from({ length: ORGS }, (_, i) => `导出测试社区${String((i * 37) % ORGS).padStart(3, '0')}`);
  for (let i = 0; i < ORGS; i += 100)
    await bulk(
      app,
      'Organization',
      names.slice(i, i + 100).map((name) => ({ name, kind: 'UNION', level: 'COMMUNITY', parentId: world.district })),
    );
}, 120_000);

const get = (path: string, params: Record<string, unknown>, token: string | null) => {
  const q = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return fetch(`${app.url.replace(/\/graphql$/, '')}${path}?${q}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
};

/** CSV text into rows of cells (quoted cells with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  return rows;
}

/** The rows of a CSV answer, after its byte-order mark (which fetch's text() would drop silently). */
const csvRows = async (res: Response): Promise<string[][]> => {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'));
};

describe('list export', () => {
  it('writes every matching row in the list’s order, across pages, as .xlsx with Chinese headers and labels', async () => {
    const where: OrganizationWhere = { name: { contains: '导出测试社区' } };
    const orderBy: OrganizationOrderBy[] = [{ name: 'DESC' }];
    const res = await get('/exports/list.xlsx', { resource: 'Organization', where, orderBy }, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe(String(ORGS));
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%BB%84%E7%BB%87"); // 组织
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r.includes('名称'));
    const cols = rows[header] as string[];
    expect(cols).toEqual(expect.arrayContaining(['名称', '类型', '层级', '上级组织']));
    expect(cols.join()).not.toMatch(/path|层级路径|[a-z]Id\b/);
    const data = rows.slice(header + 1);
    const list: string[] = [];
    for (let skip = 0; skip < ORGS; skip += 100) {
      const page = await app.as(admin).ok(ExportComparesOrganizationPageDocument, { where, orderBy, skip });
      list.push(...page.organizations.map((o) => o.name));
    }
    expect(data.map((r) => r[cols.indexOf('名称')])).toEqual(list);
    expect(new Set(data.map((r) => r[cols.indexOf('类型')]))).toEqual(new Set(['工会']));
    expect(new Set(data.map((r) => r[cols.indexOf('上级组织')]))).toEqual(new Set(['隔离测试区总工会']));
  });

  it('writes CSV with the byte-order mark, masked ID numbers and phones, money in 元', async () => {
    const res = await get('/exports/list.csv', { resource: 'Beneficiary' }, admin);
    expect(res.status).toBe(200);
    const text = Buffer.from(await res.clone().arrayBuffer()).toString('utf8');
    const [header, ...rows] = await csvRows(res);
    const { beneficiariesCount } = await app.as(admin).ok(ExportCountsBeneficiariesDocument);
    expect(rows.length).toBe(beneficiariesCount);
    expect(res.headers.get('x-total-count')).toBe(String(beneficiariesCount));
    const [id, phone] = [header.indexOf('身份证号'), header.indexOf('手机号码')];
    expect(id).toBeGreaterThan(-1);
    const ids = rows.map((r) => r[id]).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const v of ids) expect(v).toMatch(/^\*{14}[0-9X]{4}$/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const phones = rows.map((r) => r[phone]).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const v of phones) expect(v).toContain('*');
    const births = rows.map((r) => r[header.indexOf('出生日期')]).filter(Boolean);
    expect(births.length).toBeGreaterThan(0);
    for (const v of births) expect(v).toMatch(/^\d{4}\/\d{2}\/\d{2}$/); // as the console shows dates
    const stored = await app.sql<{ n: string }>(`select count(*) n from beneficiary where phone is not null`);
    expect(Number(stored[0].n)).toBeGreaterThan(0);

    const classes = await csvRows(await get('/exports/list.csv', { resource: 'ServiceClass' }, admin));
    const fee = classes[0].indexOf('每日收费（元）');
    expect(fee).toBeGreaterThan(-1);
    expect(classes.slice(1).map((r) => r[fee])).toContain('20.00');
  });

  it('keeps a partner to its own people, as its list does', async () => {
    const res = await get('/exports/list.csv', { resource: 'Beneficiary' }, partnerA);
    expect(res.status).toBe(200);
    const [header, ...rows] = await csvRows(res);
    const names = rows.map((r) => r[header.indexOf('姓名')]).sort();
    const listed = await app.as(partnerA).ok(ExportListsBeneficiaryNamesDocument);
    expect(names).toEqual(listed.beneficiaries.map((b) => b.name).sort());
    expect(names.length).toBeGreaterThan(0);
    // Nobody of group B or C (their names end 乙n / 丙n), masked or not.
    const others = [personName(1, 0), personName(2, 0)].map((n) => n.slice(-2));
    for (const n of names) for (const o of others) expect(n.endsWith(o)).toBe(false);
  });

  it('refuses as JSON, before any row: no sign-in, analysts, unknown resources, malformed or unknown filters', async () => {
    const expectRefusal = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(((await res.json()) as { code: string }).code).toBe(code);
    };
    await expectRefusal(await get('/exports/list.csv', { resource: 'Beneficiary' }, null), 401, 'UNAUTHENTICATED');
    await expectRefusal(await get('/exports/list.xlsx', { resource: 'Beneficiary' }, analyst), 403, 'FORBIDDEN');
    await expectRefusal(await get('/exports/list.csv', { resource: 'Nothing' }, admin), 400, 'BAD_USER_INPUT');
    await expectRefusal(
      await get('/exports/list.csv', { resource: 'Organization', where: '{name:' }, admin),
      400,
      'BAD_USER_INPUT',
    );
    await expectRefusal(
      await get('/exports/list.csv', { resource: 'Organization', where: { secret: { equals: 1 } } }, admin),
      400,
      'BAD_USER_INPUT',
    );
    await expectRefusal(
      await get('/exports/list.csv', { resource: 'Organization', orderBy: [{ nope: 'ASC' }] }, admin),
      400,
      'BAD_USER_INPUT',
    );
  });
});
