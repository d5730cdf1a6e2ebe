import { createLogger } from '../../../src/common/logger';
import { seedDemoIfEmpty } from '../../../src/db/seeders/demo';
import {
  DemoPendingApprovalsDocument,
  DemoReportByMonthDocument,
  DemoReportTotalsDocument,
  DemoRollCallsDocument,
} from '../../generated/operations';
import { DEMO_RULES } from '../../support/demo-rules';
import { signInDemo as signInAs } from '../../support/demo-sign-in';
import { useTestApp } from '../../support/use-app';

/**
 * The demo loaded on a day long after its story (2026-12-07, a Monday): the first screen has something to
 * do today and the dashboard has this year's figures, through the same API calls the console makes
 * (admin/src/workflows/today/use-today.ts); the rows keep every rule the services keep.
 */
const LOAD_DATE = '2026-12-07';
const silent = createLogger('silent');

const { app } = useTestApp();
beforeAll(async () => {
  expect(await seedDemoIfEmpty(app.orm, app.pii, silent, LOAD_DATE)).toBe(true);
}, 120_000);

const count = async (sql: string): Promise<number> => Number((await app.sql<{ n: string }>(sql))[0].n);
const signInDemo = (username: string) => signInAs(app, username);

describe(`the demo loaded on ${LOAD_DATE}`, () => {
  it('keeps the rules the services keep', async () => {
    for (const [rule, sql] of Object.entries(DEMO_RULES)) expect({ rule, n: await count(sql) }).toEqual({ rule, n: 0 });
  });

  it.each(['admin', 'xishan-staff', 'fuhai-staff'])(
    'has roll calls open today and none left from before (%s)',
    async (user) => {
      const token = await signInDemo(user);
      const open = await app.as(token).ok(DemoRollCallsDocument, { day: LOAD_DATE });
      expect(open.today).toBeGreaterThan(0);
      expect(open.before).toBe(0);
      expect(open.held).toBeGreaterThan(10); // this term's classes went on up to yesterday
    },
  );

  it('has proposals waiting days, not months, for 西山区总工会', async () => {
    const token = await signInDemo('xishan-staff');
    const queue = await app.as(token).ok(DemoPendingApprovalsDocument);
    expect(queue.pendingApprovalsCount).toBe(2);
    for (const s of queue.pendingApprovals) expect(s.dueOn >= '2026-11-30' && s.dueOn <= '2026-12-21').toBe(true);
  });

  it('has this year’s figures on the dashboard: the summer just past and this term', async () => {
    const year = await app.ok(DemoReportTotalsDocument, { from: '2026-01-01', to: LOAD_DATE });
    expect(year.report.totals.peopleServed).toBeGreaterThan(300);
    const autumn = await app.ok(DemoReportTotalsDocument, { from: '2026-11-01', to: '2026-11-30' });
    expect(autumn.report.totals.sessionsHeld).toBeGreaterThan(10);
    // Every month of the year is a row, the months without sessions as zeros (a ledger's 按月 sheet).
    const months = await app.ok(DemoReportByMonthDocument, { from: '2026-01-01', to: LOAD_DATE });
    const rows = months.report.groupings[0].rows;
    expect(rows.map((r) => r.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(rows.some((r) => r.cell.sessionsHeld === 0)).toBe(true);
    const names = await app.sql<{ name: string }>(`select name from service_project where name like '%（2026年）%'`);
    expect(names.length).toBeGreaterThan(0);
  });
});
