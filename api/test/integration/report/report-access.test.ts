import ExcelJS from 'exceljs';
import {
  ReportDocument,
  type ReportGrouping,
  type ReportQuery,
  type ReportQueryVariables,
} from '../../generated/operations';
import { buildReportWorld, type ReportWorld } from '../../support/report-world';
import { recoverable } from '../../support/report-leaks';
import { createRng } from '../../support/truth-random';
import { useTestApp } from '../../support/use-app';
import { FIGURE_NAMES } from '../../../src/modules/report/report.cells';

/**
 * Who sees which report, bad input, the small-cell rule (nothing withheld can be recomputed from a
 * response), and the .xlsx export of the same report.
 */
const { app } = useTestApp();
let world: ReportWorld;
const t: Record<'staffA' | 'analyst' | 'partner', string> = { staffA: '', analyst: '', partner: '' };
const ALL: ReportGrouping[] = [
  'MONTH',
  'QUARTER',
  'ORGANIZATION',
  'CATEGORY',
  'SOCIAL_GROUP',
  'BENEFICIARY_CATEGORY',
  'AGE_BAND',
  'GENDER',
];
type Report = ReportQuery['report'];
type Cell = Report['totals'];

beforeAll(async () => {
  world = await buildReportWorld(app, createRng(7));
  const [root, a] = world.orgs.map((o) => o.id);
  t.staffA = await app.signIn({ username: 'staff-a', role: 'ORG_STAFF', organizationId: a });
  t.analyst = await app.signIn({ username: 'analyst-root', role: 'ANALYST', organizationId: root });
  t.partner = await app.signIn({ username: 'partner-g0', role: 'PARTNER', socialGroupId: world.groups[0] });
}, 120_000);

const ask = (token: string | null, v: Record<string, unknown>) =>
  app.as(token).gql(ReportDocument, { from: '2024-01-01', to: '2025-12-31', ...v });
const admin = async (v: Record<string, unknown>) =>
  (await app.ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', ...v })).report;

describe('report: bad input', () => {
  it.each([
    [{ from: '2025-03-01', to: '2025-02-01' }, 'to'],
    [{ from: '2000-01-01', to: '2025-12-31' }, 'to'],
    [{ filter: { projectIds: ['nope'] } }, 'filter.projectIds'],
  ])('%j is BAD_USER_INPUT on %s', async (v, field) => {
    const res = await ask(t.staffA, v);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fieldErrors ?? {})).toEqual([field]);
  });

  it('refuses an unknown grouping and an impossible date', async () => {
    const g = await ask(t.staffA, { groupBy: ['BY_STAR_SIGN'] });
    expect(g.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const d = await ask(t.staffA, { from: '2025-02-30' });
    expect(d.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a scope outside the caller’s like a missing one, and needs a signed-in caller', async () => {
    const b = world.orgs[2].id;
    const res = await ask(t.staffA, { scopeId: b });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await ask(t.staffA, { scopeId: '01890000-0000-7000-8000-000000000000' });
    expect(missing.errors?.[0].message).toBe(
      res.errors?.[0].message.replace(b, '01890000-0000-7000-8000-000000000000'),
    );
    expect((await ask(null, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask(t.partner, { scopeId: world.orgs[0].id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('report: scope', () => {
  it('gives staff their subtree by default, and drill-down inside it', async () => {
    const a = world.orgs[1].id;
    const mine = (
      await app.as(t.staffA).ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', groupBy: ['ORGANIZATION'] })
    ).report;
    expect(mine.scope.organizationId).toBe(a);
    expect(mine.totals).toEqual((await admin({ scopeId: a, groupBy: ['ORGANIZATION'] })).totals);
    const child = world.orgs[3].id;
    const down = await ask(t.staffA, { scopeId: child });
    expect(down.data?.report.scope.organizationId).toBe(child);
  });

  it('gives partners the figures of the projects their social group operates, nothing else', async () => {
    const mine = (await app.as(t.partner).ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', groupBy: ALL }))
      .report;
    const same = await admin({ groupBy: ALL, filter: { socialGroupIds: [world.groups[0]] } });
    expect(mine.totals).toEqual(same.totals);
    expect(mine.smallCellsSuppressed).toBe(false);
    expect(mine.groupings.find((g) => g.by === 'SOCIAL_GROUP')!.rows.map((r) => r.key)).toEqual([world.groups[0]]);
  });
});

const small = (v: number | null) => v !== null && v >= 1 && v <= 4;
/** The figures a small count withholds (report.suppress.ts): people → the whole cell. */
const ENROLLMENT = ['enrollments', 'feeTotalFen', 'subsidyTotalFen', 'familyPaidFen'];
const FIGURES: string[] = FIGURE_NAMES;

describe('report: small cells for analysts', () => {
  const configs = [
    { groupBy: ALL },
    { groupBy: ['MONTH', 'QUARTER'], from: '2025-01-01', to: '2025-12-31' },
    { groupBy: ['ORGANIZATION', 'GENDER'], from: '2024-07-01', to: '2024-09-30' },
    { groupBy: ['CATEGORY', 'AGE_BAND'], filter: { categories: ['SUMMER_CARE'] } },
    { groupBy: ['MONTH', 'QUARTER', 'SOCIAL_GROUP'], from: '2024-04-01', to: '2024-06-30' },
  ];

  it.each(configs)('never shows 1–4 people, and no withheld value can be recomputed (%j)', async (v) => {
    const seen = (
      await app.as(t.analyst).ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', ...v } as ReportQueryVariables)
    ).report;
    const full = await admin({ ...v, scopeId: world.orgs[0].id });
    expect(seen.smallCellsSuppressed).toBe(true);
    const cells = [seen.totals, ...seen.groupings.flatMap((g) => g.rows.map((r) => r.cell))];
    const fullCells = [full.totals, ...full.groupings.flatMap((g) => g.rows.map((r) => r.cell))];
    for (const [i, c] of cells.entries()) {
      const real = fullCells[i] as unknown as Record<string, number | null>;
      const shown = c as unknown as Record<string, number | null>;
      const withheld = new Map(c.withheld.map((w) => [w.figure, w.reason]));
      // What must be withheld as a small count, is, and says so.
      const mustHide = small(real.peopleServed)
        ? FIGURES
        : [...(small(real.enrollments) ? ENROLLMENT : []), ...(small(real.waitlisted) ? ['waitlisted'] : [])];
      for (const f of mustHide) expect({ f, reason: withheld.get(f) }).toEqual({ f, reason: 'SMALL_COUNT' });
      // A whole cell is withheld exactly when every figure is.
      expect(c.suppressed).toBe(FIGURES.every((f) => withheld.has(f)));
      for (const f of FIGURES) {
        if (withheld.has(f)) expect({ f, v: shown[f] }).toEqual({ f, v: null });
        else expect({ f, v: shown[f] }).toEqual({ f, v: real[f] }); // what is shown is the real figure
      }
      // A figure withheld only to protect another is one that is not itself small.
      for (const w of c.withheld.filter((x) => x.reason === 'COMPLEMENTARY')) expect(mustHide).not.toContain(w.figure);
      expect(['peopleServed', 'enrollments', 'waitlisted'].some((f) => !withheld.has(f) && small(shown[f]))).toBe(
        false,
      );
    }
    for (const m of ['enrollments', 'personTimes', 'feeTotalFen', 'waitlisted', 'attendanceRows'] as const) {
      const hidden = (cell: Cell) => cell.withheld.some((w) => w.figure === m);
      const leaks = recoverable({
        total: hidden(seen.totals) ? null : (seen.totals[m] ?? null),
        groupings: seen.groupings.map((g) => ({
          by: g.by,
          rows: g.rows.map((r) => ({ key: r.key, value: hidden(r.cell) ? null : (r.cell[m] as number) })),
        })),
      });
      expect({ m, leaks }).toEqual({ m, leaks: [] });
    }
  });

  it('withholds a row only in the figures that need it: a big row protecting a small waitlist keeps its people', async () => {
    const seen = (await app.as(t.analyst).ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', groupBy: ALL }))
      .report;
    const partial = seen.groupings
      .flatMap((g) => g.rows)
      .filter((r) => !r.cell.suppressed && r.cell.withheld.length > 0);
    expect(partial.length).toBeGreaterThan(0);
    for (const r of partial) expect(r.cell.peopleServed).not.toBeNull();
  });

  it('has suppressed something in this small world (the check above is not vacuous)', async () => {
    const seen = (await app.as(t.analyst).ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', groupBy: ALL }))
      .report;
    const hidden = seen.groupings.flatMap((g) => g.rows).filter((r) => r.cell.suppressed);
    expect(hidden.length).toBeGreaterThan(2);
    expect(
      recoverable({
        total: 10,
        groupings: [
          {
            by: 'X',
            rows: [
              { key: 'a', value: null },
              { key: 'b', value: 7 },
            ],
          },
        ],
      }),
    ).toEqual(['X:a']);
  });
});

describe('report export', () => {
  const base = () => app.url.replace(/\/graphql$/, '');
  const get = (q: string, token: string | null) =>
    fetch(`${base()}/exports/report.xlsx?${q}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('validates before streaming', async () => {
    const bad = await get('from=2025-03-01&to=2025-01-01', t.analyst);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { to: '结束日期不能早于开始日期' } });
    expect((await get('from=2025-01-01&to=2025-12-31&groupBy=WEEKDAY', t.analyst)).status).toBe(400);
    expect((await get(`from=2025-01-01&to=2025-12-31&scopeId=${world.orgs[2].id}`, t.staffA)).status).toBe(404);
    expect((await get('from=2025-01-01&to=2025-12-31', null)).status).toBe(401);
  });

  it('streams the same report as a ledger workbook, small cells as "<5"', async () => {
    const res = await get('from=2024-01-01&to=2025-12-31&groupBy=MONTH,CATEGORY', t.analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('服务统计台账_测试市总工会_2024-01-01_2025-12-31.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '按月', '按项目类别']);
    const report = (
      await app
        .as(t.analyst)
        .ok(ReportDocument, { from: '2024-01-01', to: '2025-12-31', groupBy: ['MONTH', 'CATEGORY'] })
    ).report;
    const sum = wb.getWorksheet('汇总')!;
    expect(sum.getCell('A1').value).toBe('测试市总工会服务统计台账');
    expect(sum.getRow(5).getCell(1).value).toBe('数据截至');
    expect(sum.getRow(5).getCell(2).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/);
    expect(sum.getRow(7).getCell(1).value).toBe('小样本保护');
    expect((sum.getRow(9).values as unknown[]).slice(1)).toEqual([
      '项目',
      '服务人数（去重）',
      '报名数',
      '服务人次',
      '其中：出勤人次',
      '其中：个案服务人次',
      '开展场次',
      '服务时长（人·小时）',
      '费用合计（元）',
      '补贴合计（元）',
      '家庭自付（元）',
      '学位数',
      '在班人数',
      '满班率',
      '出勤率',
      '候补人数',
      '待解决需求',
      '已解决需求',
      '评估次数',
      '平均评分',
    ]);
    expect(sum.getRow(10).getCell(9).value).toBe(report.totals.feeTotalFen! / 100);
    const months = wb.getWorksheet('按月')!;
    const rows = report.groupings[0].rows;
    rows.forEach((r, i) => {
      const row = months.getRow(10 + i);
      expect(row.getCell(1).value).toBe(r.label);
      expect(row.getCell(2).value).toBe(r.cell.suppressed ? '<5' : r.cell.peopleServed);
    });
    expect(rows.some((r) => r.cell.suppressed)).toBe(true);
  });
});
