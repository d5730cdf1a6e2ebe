import ExcelJS from 'exceljs';
import {
  ProjectSettlementDocument,
  RecordAttendanceDocument,
  VerifySessionAttendanceDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { create } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/**
 * Monthly settlement (职工点菜、工会买单) through GraphQL and as an .xlsx download: verified attendance
 * days × fee, split into the sponsor's and the families' shares, month by month without rounding drift.
 */
const { app, world } = useWorld();

let staff = '';
let cls = '';
const sessions: Record<string, string> = {};

beforeAll(async () => {
  const k = deliveryKit(app, world);
  cls = await k.klass({ name: '结算测试班' });
  for (const d of ['2025-07-14', '2025-07-15', '2025-07-16', '2025-07-17', '2025-07-18', '2025-08-01']) {
    sessions[d] = await k.session(cls, d);
  }
  // A: the world's parent is a new-employment-form worker of the district: the policy pays half.
  const a = await k.enroll(cls, await k.childOf(world.parent), world.parent, 10); // 1,300 元, 650 元 subsidy
  // B: a parent with no eligible category: no subsidy.
  const other = await k.person({ categories: ['WORKER'], unionOrganizationId: null });
  const b = await k.enroll(cls, await k.childOf(other), other, 10);
  const fees = await app.sql<{ id: string; fee_fen: number; subsidy_fen: number }>(
    'select id, fee_fen, subsidy_fen from enrollment where id = any($1::uuid[]) order by fee_fen',
    [[a, b]],
  );
  expect(Object.fromEntries(fees.map((f) => [f.id, [f.fee_fen, f.subsidy_fen]]))).toEqual({
    [a]: [130_000, 65_000],
    [b]: [130_000, 0],
  });
  for (const [d, s] of Object.entries(sessions)) {
    const bCame = ['2025-07-14', '2025-07-15', '2025-07-16'].includes(d);
    await app.ok(RecordAttendanceDocument, {
      s,
      rows: [
        { enrollmentId: a, status: 'PRESENT' },
        { enrollmentId: b, status: bCame ? 'LATE' : 'ABSENT' },
      ],
    });
  }
  staff = await app.signIn({ username: 'settle-staff', role: 'ORG_STAFF', organizationId: world.district });
  for (const d of ['2025-07-14', '2025-07-15', '2025-07-16', '2025-07-17']) {
    await app.as(staff).ok(VerifySessionAttendanceDocument, { s: sessions[d] });
  }
});

const settle = (month: string, token = staff) =>
  app
    .as(token)
    .ok(ProjectSettlementDocument, { p: world.project, m: month })
    .then((r) => r.settlement);

describe('settlement', () => {
  it('pays verified days only, the sponsor its pro-rata share and the family the rest', async () => {
    const july = await settle('2025-07');
    expect(july).toMatchObject({ projectId: world.project, operatorId: world.group, month: '2025-07' });
    expect(july.from).toBe('2025-07-01');
    expect(july.to).toBe('2025-07-31');
    const line = july.lines.find((l) => l.classId === cls)!;
    // A came 4 verified days (520 元: the sponsor pays half, 260 元); B 3 days (390 元), no subsidy.
    expect(line).toMatchObject({
      className: '结算测试班',
      feePerDayFen: 13_000,
      verifiedSessions: 4,
      pendingSessions: 1,
      people: 2,
      attendanceDays: 7,
      feeFen: 91_000,
      sponsorFen: 26_000,
      familyFen: 65_000,
    });
    expect(july.total).toMatchObject({ attendanceDays: 7, feeFen: 91_000, sponsorFen: 26_000, familyFen: 65_000 });
  });

  it('counts a session once verified, and carries the running total into the next month', async () => {
    await app.as(staff).ok(VerifySessionAttendanceDocument, { s: sessions['2025-07-18'] });
    await app.as(staff).ok(VerifySessionAttendanceDocument, { s: sessions['2025-08-01'] });
    const july = (await settle('2025-07')).lines.find((l) => l.classId === cls)!;
    expect(july).toMatchObject({ verifiedSessions: 5, pendingSessions: 0, attendanceDays: 8, sponsorFen: 32_500 });
    const august = (await settle('2025-08')).lines.find((l) => l.classId === cls)!;
    // A's sixth day: the sponsor's share of 6 days is 390 元, of which 325 元 was paid in July.
    expect(august).toMatchObject({ attendanceDays: 1, feeFen: 13_000, sponsorFen: 6_500, familyFen: 6_500 });
  });

  it('is for the project’s sponsor subtree and operator; others get NOT_FOUND; a bad month is refused', async () => {
    const partner = await app.signIn({ username: 'settle-partner', role: 'PARTNER', socialGroupId: world.group });
    expect((await settle('2025-07', partner)).operatorId).toBe(world.group);
    const elsewhere = await create(app, 'Organization', { name: '外区总工会', kind: 'UNION', level: 'DISTRICT' });
    const stranger = await app.signIn({ username: 'settle-other', role: 'ORG_STAFF', organizationId: elsewhere });
    const res = await app.as(stranger).gql(ProjectSettlementDocument, { p: world.project, m: '2025-07' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await app.as(staff).gql(ProjectSettlementDocument, { p: world.project, m: '2025-13' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { month: '月份格式应为 YYYY-MM' },
    });
  });
});

describe('the settlement ledger (.xlsx)', () => {
  const url = (q: string) => `${app.url.replace(/\/graphql$/, '')}/exports/settlement.xlsx?${q}`;

  it('downloads the month as a ledger with a Chinese title, one row per class and a total in 元', async () => {
    const res = await fetch(url(`projectId=${world.project}&month=2025-07`), {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%BB%93%E7%AE%97%E5%8F%B0%E8%B4%A6");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet('结算汇总')!;
    expect(String(ws.getCell('A1').value)).toContain('2025-07 结算台账');
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === '班级');
    expect(rows[header]).toEqual([
      '班级',
      '每日收费（元）',
      '已核验场次',
      '待核验场次',
      '服务人数',
      '核验出勤人天',
      '费用合计（元）',
      '主办单位承担（元）',
      '家庭承担（元）',
    ]);
    const mine = rows.find((r) => r[0] === '结算测试班')!;
    // By now every July session is verified: A 5 days (650 元, half paid by the sponsor), B 3 days (390 元).
    expect(mine.slice(1)).toEqual([130, 5, 0, 2, 8, 1040, 325, 715]);
    const total = rows[rows.length - 1];
    expect(total[0]).toBe('合计');
    const settled = await settle('2025-07');
    expect(total.slice(5)).toEqual([
      settled.total.attendanceDays,
      Number(settled.total.feeFen) / 100,
      Number(settled.total.sponsorFen) / 100,
      Number(settled.total.familyFen) / 100,
    ]);
  });

  it('answers 401 without credentials and 400 with the field for a bad month, as JSON', async () => {
    const anon = await fetch(url(`projectId=${world.project}&month=2025-07`));
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const bad = await fetch(url(`projectId=${world.project}&month=July`), {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { month: '月份格式应为 YYYY-MM' } });
  });
});
