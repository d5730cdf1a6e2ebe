import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ReportDocument, type ReportQuery, type ReportQueryVariables } from '../../generated/operations';
import { buildReportWorld, randomChange, type ReportWorld } from '../../support/report-world';
import { FIGURES, isEmpty, loadRaw, truth, type Figures, type TruthQuery } from '../../support/report-truth';
import { createRng } from '../../support/truth-random';
import { buildRawReport } from '../../support/report-raw-peer';
import { useTestApp } from '../../support/use-app';
import { systemFork } from '../../../src/db/database';
import { readNodeDays } from '../../../src/modules/report/report.node-days';
import { parsePeriod } from '../../../src/modules/report/report.period';
import { newAsOf, type ReportQuery as Query } from '../../../src/modules/report/report.queries';
import { EVERYTHING } from '../../../src/modules/report/report.scope';
import { readVisits } from '../../../src/modules/report/report.visits';
import type { Principal } from '../../../src/common/principal';

/**
 * Always exact: on random raw data written with plain SQL and then corrected at random (status changes,
 * withdrawals, soft deletes and restores, people's attributes, a project's sponsor and category, an
 * organization moved), every measure of every grouping the report answers from its summaries equals the
 * figure computed from the raw tables by independent code (support/report-truth.ts); the incrementally kept
 * summaries equal a full rebuild; and every grouping adds up to the total (distinct people aside).
 */
const { app } = useTestApp();
const rng = createRng(20251201);
let world: ReportWorld;
const ALL = [
  'MONTH',
  'QUARTER',
  'ORGANIZATION',
  'CATEGORY',
  'SOCIAL_GROUP',
  'BENEFICIARY_CATEGORY',
  'AGE_BAND',
  'GENDER',
];
const FAST = ['MONTH', 'QUARTER', 'ORGANIZATION', 'CATEGORY', 'GENDER', 'BENEFICIARY_CATEGORY'];
const ADDITIVE = FIGURES.filter((f) => !['peopleServed', 'fillRateBp', 'attendanceRateBp', 'averageScore'].includes(f));

beforeAll(async () => {
  world = await buildReportWorld(app, rng);
}, 120_000);

type Report = ReportQuery['report'];
const ask = async (q: TruthQuery): Promise<Report> => (await app.ok(ReportDocument, q as ReportQueryVariables)).report;

function strip(cell: Record<string, unknown>): Figures {
  return Object.fromEntries(FIGURES.map((k) => [k, cell[k] as number | null]));
}

const sources = new Set<string>();
async function compare(q: TruthQuery): Promise<Report> {
  const [report, raw] = [await ask(q), await loadRaw(app)];
  sources.add(report.peopleSource);
  const expected = truth(raw, q);
  const where = JSON.stringify(q);
  expect({ where, totals: strip(report.totals) }).toEqual({ where, totals: expected.totals });
  for (const g of report.groupings) {
    const got = Object.fromEntries(g.rows.map((r) => [r.key, strip(r.cell)]).filter(([, f]) => !isEmpty(f as Figures)));
    const want = Object.fromEntries(Object.entries(expected.groupings[g.by]).filter(([, f]) => !isEmpty(f)));
    expect({ where, by: g.by, rows: got }).toEqual({ where, by: g.by, rows: want });
  }
  return report;
}

function queries(): TruthQuery[] {
  const [root, a, b] = world.orgs.map((o) => o.id);
  const scopes = [null, root, a, b];
  const periods: [string, string][] = [
    ['2024-01-01', '2024-12-31'],
    ['2025-01-01', '2025-12-31'],
    ['2025-07-01', '2025-09-30'],
    ['2024-03-01', '2024-03-31'],
    ['2024-02-17', '2025-05-09'],
    ['2025-08-03', '2025-08-20'],
    ['2016-01-01', '2025-12-31'],
    ['2024-03-01', '2025-05-31'],
    // Day-precise periods of every shape the visits read: partial first and last month around none, and
    // whole months with only a partial first or only a partial last month.
    ['2025-07-20', '2025-08-10'],
    ['2025-02-17', '2025-05-31'],
    ['2025-03-01', '2025-06-09'],
    // Within one month: to its end (a leap February), and from its start.
    ['2024-02-10', '2024-02-29'],
    ['2025-06-01', '2025-06-12'],
  ];
  const out: TruthQuery[] = [];
  for (const [from, to] of periods) for (const scopeId of scopes) out.push({ scopeId, from, to, groupBy: ALL });
  // Groupings the maintained distinct counts answer (whole month, quarter, year): the fast path.
  for (const [from, to] of periods.slice(0, 4))
    for (const scopeId of scopes)
      out.push({ scopeId, from, to, groupBy: FAST.filter((g) => !(to.slice(5) === '03-31' && g !== 'ORGANIZATION')) });
  // What the dashboard reads alongside the node read (visits, node days, needs): edge days without person
  // groupings, and runs of whole months that are not a calendar month, quarter or year.
  for (const scopeId of scopes) {
    const groupBy = ['MONTH', 'QUARTER', 'ORGANIZATION', 'CATEGORY'];
    out.push({ scopeId, from: '2025-02-17', to: '2025-05-09', groupBy });
    out.push({ scopeId, from: '2025-07-20', to: '2025-08-10', groupBy });
    out.push({ scopeId, from: '2024-03-01', to: '2025-05-31', groupBy: FAST });
  }
  out.push({
    scopeId: a,
    from: '2024-01-01',
    to: '2024-12-31',
    groupBy: FAST.filter((g) => g !== 'CATEGORY'),
    filter: { categories: ['ELDERLY_CARE'] },
  });
  out.push({
    scopeId: null,
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: FAST,
    filter: { beneficiaryCategories: ['WORKER', 'CHILD'] },
  });
  out.push({
    scopeId: null,
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: ALL,
    filter: { categories: ['SUMMER_CARE'] },
  });
  out.push({
    scopeId: root,
    from: '2024-01-01',
    to: '2024-12-31',
    groupBy: ALL,
    filter: { beneficiaryCategories: ['CHILD', 'WOMAN'] },
  });
  out.push({
    scopeId: null,
    from: '2024-04-01',
    to: '2025-06-30',
    groupBy: ALL,
    filter: { socialGroupIds: [world.groups[0]] },
  });
  out.push({
    scopeId: root,
    from: '2024-02-17',
    to: '2025-05-09',
    groupBy: ['ORGANIZATION', 'CATEGORY', 'GENDER', 'BENEFICIARY_CATEGORY'],
    filter: { categories: ['SUMMER_CARE'], beneficiaryCategories: ['CHILD', 'WORKER'] },
  });
  out.push({
    scopeId: a,
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: ALL,
    filter: { projectIds: world.projects.slice(0, 3) },
  });
  // Edge days with a category filter: the node days read report_node_day, not its rollup over categories.
  out.push({
    scopeId: root,
    from: '2024-02-17',
    to: '2025-05-09',
    groupBy: ['MONTH', 'QUARTER', 'ORGANIZATION', 'CATEGORY'],
    filter: { categories: ['SUMMER_CARE'] },
  });
  return out;
}

async function snapshot(): Promise<string> {
  const tables = [
    'report_day',
    'report_month',
    'report_person_month',
    'report_member',
    'report_need_month',
    'report_node_month',
    'report_member_age',
    'report_visit',
    'report_visit_tail',
    'report_visit_head',
    'report_node_day',
    'report_node_day_all',
    'report_visit_gap_all',
    'report_node_month_all',
    'report_reach_all',
  ];
  const parts = [];
  for (const t of tables) parts.push(await app.sql(`select * from ${t} x order by x::text`));
  const reach = await app.sql(`select * from report_reach where people <> 0 order by 1, 2, 3, 4, 5, 6`);
  const age = await app.sql(`select * from report_reach_age where people <> 0 order by 1, 2, 3, 4`);
  const gap = await app.sql(`select * from report_visit_gap where people <> 0 order by 1, 2, 3, 4, 5, 6, 7`);
  return JSON.stringify([...parts, reach, age, gap]);
}

const run = promisify(execFile);

describe('report figures equal the raw tables', () => {
  it('on the generated data', async () => {
    for (const q of queries()) await compare(q);
    expect([...sources].sort()).toEqual(['PERSON_MONTHS', 'SUMMARY_COUNTS']);
  }, 120_000);

  it('after random corrections, soft deletes, restores and moves, read in between', async () => {
    const done: string[] = [];
    for (let step = 0; step < 60; step++) {
      done.push(await randomChange(app, rng, world));
      if (step % 15 === 14) await compare(rng.pick(queries()));
    }
    expect(new Set(done).size).toBeGreaterThan(8);
    for (const q of queries()) await compare(q);
  }, 240_000);

  it('keeps summaries equal to a full rebuild', async () => {
    for (let step = 0; step < 20; step++) await randomChange(app, rng, world);
    await app.sql('select report_flush()');
    const kept = await snapshot();
    // The rebuild drops the summaries' keys and indexes while it loads them (report_keys_off): every one is back,
    // under its name and definition, and still enforced.
    const keys = async () =>
      app.sql<{ t: string; name: string; def: string }>(
        `select c.conrelid::regclass::text t, c.conname name, pg_get_constraintdef(c.oid) def from pg_constraint c
          where c.conrelid::regclass::text like 'report\\_%' and c.contype <> 'c'
         union all select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
           from pg_index i where i.indrelid::regclass::text like 'report\\_%' order by 1, 2, 3`,
      );
    const before = await keys();
    expect(before.filter((k) => k.t === 'report_member').length).toBeGreaterThan(0);
    await app.sql('select report_rebuild()');
    expect(await snapshot()).toBe(kept);
    expect(await keys()).toEqual(before);
    await expect(app.sql('insert into report_member select * from report_member limit 1')).rejects.toMatchObject({
      code: '23505',
    });
  }, 120_000);

  it('repairs damaged summaries with npm run report:rebuild, telling each step as it finishes', async () => {
    for (let step = 0; step < 5; step++) await randomChange(app, rng, world);
    await app.sql('select report_flush()');
    const kept = await snapshot();
    await app.sql('delete from report_month where month < (select max(month) from report_month)');
    await app.sql('delete from report_visit');
    expect(await snapshot()).not.toBe(kept);
    const { stdout } = await run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/db/report-rebuild-cli.ts'],
      {
        cwd: path.resolve(__dirname, '../../..'),
        env: { ...process.env, DATABASE_URL: app.dbUrl, LOG_LEVEL: 'silent' },
      },
    );
    const steps = [...stdout.matchAll(/report rebuild (\d)\/8 done at ([\d.]+) s/g)];
    expect(steps.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const at = steps.map((m) => Number(m[2]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(stdout).toMatch(/committed in [\d.]+ s/);
    expect(await snapshot()).toBe(kept);
  }, 120_000);

  it('adds up: every grouping sums to the total, except distinct people', async () => {
    const report = await ask({ scopeId: null, from: '2024-01-01', to: '2025-12-31', groupBy: ALL });
    for (const g of report.groupings) {
      const person = ['GENDER', 'AGE_BAND', 'BENEFICIARY_CATEGORY'].includes(g.by);
      for (const k of ADDITIVE) {
        const total = report.totals[k as keyof typeof report.totals] as number;
        if (
          person &&
          ['sessionsHeld', 'capacity', 'enrolledInClasses', 'needsOpen', 'needsFulfilled', 'evaluations'].includes(k)
        ) {
          expect(g.rows.every((r) => r.cell[k as keyof typeof r.cell] === null)).toBe(true);
          continue;
        }
        const sum = g.rows.reduce((s, r) => s + ((r.cell[k as keyof typeof r.cell] as number) ?? 0), 0);
        expect({ by: g.by, k, sum }).toEqual({ by: g.by, k, sum: total });
      }
    }
    expect(report.totals.personTimes).toBeGreaterThan(0);
  });

  it('gives the same answer as the benchmark peer (the report computed from the raw tables)', async () => {
    const admin = { role: 'PLATFORM_ADMIN', organizationId: null, orgPath: null } as Principal;
    for (const q of queries().slice(0, 12)) {
      const summaries = await ask(q);
      const raw = await buildRawReport({ em: systemFork(app.orm), principal: admin }, q);
      const shape = (r: { totals: unknown; groupings: unknown }) => JSON.parse(JSON.stringify([r.totals, r.groupings]));
      expect(shape(raw)).toEqual(shape(summaries));
    }
  });

  it('answers whole months, quarters and years from the maintained counts, other periods exactly', async () => {
    const year = await ask({ scopeId: null, from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH', 'ORGANIZATION'] });
    expect(year.peopleSource).toBe('SUMMARY_COUNTS');
    // Any period, to the day, by month, quarter, organization, category, gender or beneficiary category: the
    // visits; by age band (an age changes within a period) still the person-months.
    const groupBy = ['MONTH', 'QUARTER', 'ORGANIZATION', 'GENDER'];
    const days = await ask({ scopeId: null, from: '2025-01-02', to: '2025-11-20', groupBy });
    expect(days.peopleSource).toBe('SUMMARY_COUNTS');
    const odd = await ask({ scopeId: null, from: '2025-01-02', to: '2025-12-31', groupBy: ['AGE_BAND'] });
    expect(odd.peopleSource).toBe('PERSON_MONTHS');
    const decade = await ask({ scopeId: null, from: '2016-01-01', to: '2025-12-31', groupBy: ['QUARTER'] });
    expect(decade.groupings[0].rows.length).toBeGreaterThan(4);
  });
});

describe('node summaries (per organization subtree) follow the tree and the projects', () => {
  const groupBy = ['MONTH', 'ORGANIZATION', 'CATEGORY', 'GENDER', 'AGE_BAND', 'BENEFICIARY_CATEGORY'];
  const year = (scopeId: string | null): TruthQuery => ({ scopeId, from: '2024-01-01', to: '2025-12-31', groupBy });
  const parentOf = async (id: string) =>
    (await app.sql<{ p: string | null }>('select parent_id p from organization where id = $1', [id]))[0].p;
  const keptEqualsRebuild = async () => {
    await app.sql('select report_flush()');
    const kept = await snapshot();
    await app.sql('select report_rebuild()');
    expect(await snapshot()).toBe(kept);
  };

  it('moves a subtree with its organization: the old parent loses exactly its figures, the new one gains them', async () => {
    const [root, a, b, a1] = world.orgs.map((o) => o.id);
    // The random moves of the earlier test may have left 甲区 under 乙区; the two must be disjoint here.
    await app.sql('update organization set parent_id = $2 where id = $1', [a, root]);
    const from = (await parentOf(a1))!;
    const to = from === b ? a : b;
    const before = { from: await compare(year(from)), to: await compare(year(to)) };
    const moved = await compare(year(a1));
    await app.sql('update organization set parent_id = $2 where id = $1', [a1, to]);
    const after = { from: await compare(year(from)), to: await compare(year(to)) };
    for (const k of ['personTimes', 'sessionsHeld', 'feeTotalFen', 'needsOpen', 'evaluations'] as const) {
      expect(before.from.totals[k]! - after.from.totals[k]!).toBe(moved.totals[k]);
      expect(after.to.totals[k]! - before.to.totals[k]!).toBe(moved.totals[k]);
    }
    await compare(year(root));
    await keptEqualsRebuild();
    await app.sql('update organization set parent_id = $2 where id = $1', [a1, from]);
    for (const scopeId of [root, from, to, a1]) await compare(year(scopeId));
    await keptEqualsRebuild();
  }, 120_000);

  it('moves a project with its sponsor and category, and drops it while deleted', async () => {
    const root = world.orgs[0].id;
    const b1 = world.orgs[5].id;
    const [p] = await app.sql<{ id: string; sponsor: string; category: string }>(
      `select p.id, p.sponsor_id sponsor, p.category from service_project p where p.sponsor_id <> $1
          and p.deleted_at is null and exists (select 1 from report_month m where m.project_id = p.id)
        order by p.id limit 1`,
      [b1],
    );
    const other = p.category === 'ELDERLY_CARE' ? 'SUMMER_CARE' : 'ELDERLY_CARE';
    await app.sql('update service_project set sponsor_id = $2, category = $3 where id = $1', [p.id, b1, other]);
    for (const scopeId of [null, root, p.sponsor, b1]) await compare(year(scopeId));
    await app.sql('update service_project set deleted_at = now() where id = $1', [p.id]);
    for (const scopeId of [null, b1]) await compare(year(scopeId));
    await app.sql('update service_project set deleted_at = null, sponsor_id = $2, category = $3 where id = $1', [
      p.id,
      p.sponsor,
      p.category,
    ]);
    for (const scopeId of [null, p.sponsor, b1]) await compare(year(scopeId));
    await keptEqualsRebuild();
  }, 120_000);

  it('counts needs and evaluations written with plain SQL at the next read', async () => {
    const [root, a] = world.orgs.map((o) => o.id);
    const need = '01890000-0000-7000-8000-0000000000a1';
    await app.sql(
      `insert into need_request (id, raised_by_id, category, title, status, created_at)
       values ($1, $2, 'SUMMER_CARE', '新需求', 'OPEN', '2025-03-31T23:30:00+08:00')`,
      [need, a],
    );
    await app.sql(
      `insert into evaluation (id, project_id, kind, evaluated_on, score) values (gen_random_uuid(), $1, 'FINAL', '2025-03-31', 77)`,
      [world.projects[0]],
    );
    const march = { scopeId: root, from: '2025-03-01', to: '2025-03-31', groupBy: ['ORGANIZATION', 'CATEGORY'] };
    const before = await compare(march);
    await app.sql(`update need_request set status = 'CLOSED' where id = $1`, [need]);
    const after = await compare(march);
    expect(before.totals.needsOpen! - after.totals.needsOpen!).toBe(1);
    await keptEqualsRebuild();
  }, 120_000);
});

describe('statements per dashboard read', () => {
  const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const run = async (q: TruthQuery, fresh = true) => {
    app.resetStatements();
    if (fresh) await compare(q);
    else await ask({ ...q, fresh: false } as TruthQuery);
    return app.statements.map((s) => s.replace(ANSI, ''));
  };
  const dbNow = async () =>
    Number((await app.sql<{ ms: string }>(`select (extract(epoch from clock_timestamp()) * 1000)::bigint ms`))[0].ms);
  const flip = () =>
    app.sql(`update attendance set status = case when status = 'ABSENT' then 'PRESENT' else 'ABSENT' end
              where id = (select id from attendance order by id limit 1)`);
  const pending = async () => (await app.sql<{ p: boolean }>('select report_pending() p'))[0].p;
  const tile: TruthQuery = { scopeId: null, from: '2025-01-01', to: '2025-12-31', groupBy: ['MONTH', 'ORGANIZATION'] };

  it('reads a dashboard tile in one statement and never writes, folded or not', async () => {
    const root = world.orgs[0].id;
    await app.sql('select report_flush()');
    const clean = await run(tile, false);
    // The figures (1): the caller is known from earlier requests (caller-cache.ts); no flush, no label or
    // scope look-ups.
    expect(clean).toHaveLength(1);
    expect(clean.filter((s) => s.includes('report_node_month'))).toHaveLength(1);
    // A drill-down by scopeId looks the organization up through the caller's scope (1 more).
    expect(await run({ ...tile, scopeId: root }, false)).toHaveLength(2);

    // With the folder stopped, a write stays pending: the read is still one statement, writes nothing,
    // leaves the key queued, and says its figures are complete only to before the write.
    await app.reportFolder.stop();
    try {
      const before = await dbNow();
      await flip();
      const after = await dbNow();
      app.resetStatements();
      const stale = await ask({ ...tile, fresh: false } as TruthQuery);
      expect(app.statements).toHaveLength(1);
      expect(app.statements.join('\n')).not.toMatch(/report_flush|insert|update|delete/i);
      expect(await pending()).toBe(true);
      const asOf = Date.parse(stale.asOf);
      expect(asOf).toBeGreaterThanOrEqual(before - 1);
      expect(asOf).toBeLessThanOrEqual(after);
    } finally {
      await app.reportFolder.start();
    }
  });

  it('folds a write in the background, without any read', async () => {
    await app.sql('select report_flush()');
    const folds = app.reportFolder.folds;
    await flip();
    for (let i = 0; i < 200 && (await pending()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await pending()).toBe(false);
    expect(app.reportFolder.folds).toBeGreaterThan(folds);
  });

  it('folds again once its connection, cut, is back', async () => {
    const folder = `application_name = 'linli-report-folder' and datname = current_database()`;
    await app.sql('select report_flush()');
    await app.sql(`select pg_terminate_backend(pid) from pg_stat_activity where ${folder}`);
    await flip();
    for (let i = 0; i < 200 && (await pending()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await pending()).toBe(false);
    const [{ n }] = await app.sql<{ n: string }>(`select count(*) n from pg_stat_activity where ${folder}`);
    expect(Number(n)).toBe(1);
  });

  it("answers `fresh` only once the fold has passed the caller's write, without folding itself", async () => {
    const group = world.groups[0];
    const q: TruthQuery = {
      scopeId: null,
      from: '2024-01-01',
      to: '2025-12-31',
      groupBy: ['MONTH', 'GENDER'],
      filter: { socialGroupIds: [group] },
    };
    // A present person-time of the group's projects turns absent while nothing folds: a fresh read waits
    // (SERVICE_BUSY if it waited too long), and the first answer after the folder is back shows the change.
    const [att] = await app.sql<{ id: string }>(
      `select a.id from attendance a join class_session s on s.id = a.session_id join service_class c on c.id = s.class_id
        join service_project p on p.id = c.project_id
        where p.operator_id = $1 and a.status = 'PRESENT' and s.status = 'HELD' order by a.id limit 1`,
      [group],
    );
    expect(att).toBeDefined();
    await app.reportFolder.stop();
    const wrote = await dbNow();
    await app.sql(`update attendance set status = 'ABSENT' where id = $1`, [att.id]);
    const answer = run(q); // compares with the raw tables, which already hold the change
    await new Promise((r) => setTimeout(r, 300));
    await app.reportFolder.start();
    const statements = await answer;
    expect(statements.some((x) => /report_flush/.test(x))).toBe(false);
    expect(statements.some((x) => /report_pending_since/.test(x))).toBe(true);
    expect(await pending()).toBe(false);
    const again = await ask(q);
    expect(Date.parse(again.asOf)).toBeGreaterThan(wrote);
  });

  it('tells, with the visits and node days it read, what their snapshot was complete to', async () => {
    const q: Query = {
      scope: { kind: 'all', nodeId: EVERYTHING, path: '/', name: '全部' },
      filter: {},
      period: parsePeriod('2025-03-15', '2025-09-10'),
      groupings: ['MONTH', 'ORGANIZATION'],
    };
    const em = systemFork(app.orm);
    const edges = [parsePeriod('2025-03-15', '2025-03-31'), parsePeriod('2025-09-01', '2025-09-10')];
    const read = async () => {
      const [v, d] = [newAsOf(), newAsOf()];
      await readVisits(em, q, [-1, 0, 1], v);
      await readNodeDays(em, q, edges, [-1, 0, 1], d);
      return [v.ms, d.ms];
    };
    await app.reportFolder.stop();
    try {
      await app.sql('select report_flush()');
      let t = await dbNow();
      for (const ms of await read()) expect(ms).toBeGreaterThanOrEqual(t - 1); // clean: complete to the read
      await flip();
      t = await dbNow();
      for (const ms of await read()) expect(ms).toBeLessThanOrEqual(t); // the write is pending
      await app.sql('select report_flush()');
      t = await dbNow();
      for (const ms of await read()) expect(ms).toBeGreaterThanOrEqual(t - 1);
    } finally {
      await app.reportFolder.start();
    }
  });
});
