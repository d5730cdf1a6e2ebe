import argon2 from 'argon2';
import { createLogger } from '../../../src/common/logger';
import { validateIdNumber } from '../../../src/common/validators';
import { buildDemoData, DEMO_ACCOUNTS, seedDemoIfEmpty } from '../../../src/db/seeders/demo';
import { roundNotice } from '../../../src/modules/lottery/round-notice';
import { verifyDraw } from '../../../src/modules/lottery/verify-draw';
import { CLASSES } from '../../../src/db/seeders/demo-class-list';
import { demoCalendar, STORY_DAY } from '../../../src/db/seeders/demo-calendar';
import {
  DemoPendingApprovalsDocument,
  DemoPreviewClassSessionsDocument,
  DemoSettlementTotalsDocument,
  DemoYearReportDocument,
  RoundDemandDocument,
  RoundNoticeDocument,
  SignInForTestDocument,
} from '../../generated/operations';
import { DEMO_RULES } from '../../support/demo-rules';
import { signInDemo as signInAs } from '../../support/demo-sign-in';
import { startTestApp, type TestApp } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

/**
 * The demo data (src/db/seeders) as the story is written (loaded for STORY_DAY, as the browser suite
 * pins it): loaded once into an empty database, in one go, with the articles' figures, consistent with
 * every rule the services enforce, and identical on every run. demo-current.test.ts loads it for other days.
 */
const silent = createLogger('silent');

let other: TestApp | undefined;

const { app } = useTestApp();
beforeAll(async () => {
  expect(await seedDemoIfEmpty(app.orm, app.pii, silent, STORY_DAY)).toBe(true);
}, 120_000);

afterAll(async () => {
  await other?.close();
});

const one = async <T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T> =>
  (await app.sql<T>(sql, params))[0];
const count = async (sql: string, params?: unknown[]): Promise<number> =>
  Number((await one<{ n: string }>(sql, params)).n);
const signInDemo = (username: string) => signInAs(app, username);

describe('demo data', () => {
  // How long it takes is measured, not asserted: `npm start` logs it (`demo data loaded`, ms).
  it('loads once, and not again into a database that has data', async () => {
    expect(await seedDemoIfEmpty(app.orm, app.pii, silent, STORY_DAY)).toBe(false);
    expect(await count('select count(*) n from organization')).toBeGreaterThan(40);
  });

  it('has the figures of the articles', async () => {
    // 000: 西山区总工会, 第三届 会暖春芽·伴爱成长, 130 元/人/天 at 书林第二小学福海校区, subsidy up to 50%.
    const xishan = await app.sql<{ fee: number; venue: string; edition: number }>(
      `select c.fee_per_day_fen fee, v.name venue, p.edition from service_class c
         join service_project p on p.id = c.project_id join venue v on v.id = c.venue_id
        where p.brand = '会暖春芽·伴爱成长' and p.edition = 3`,
    );
    expect(xishan.length).toBeGreaterThanOrEqual(3);
    expect(xishan.every((c) => c.fee === 13000)).toBe(true);
    expect(xishan.map((c) => c.venue)).toContain('书林第二小学福海校区');
    const policy = await one<{ rate_bp: number; org: string; cats: string[] }>(
      `select sp.rate_bp, o.name org, sp.eligible_categories cats from subsidy_policy sp
         join service_project p on p.id = sp.project_id join organization o on o.id = sp.membership_organization_id
        where p.brand = '会暖春芽·伴爱成长' and p.edition = 3 and p.parent_id is null`,
    );
    expect(policy).toEqual({
      rate_bp: 5000,
      org: '西山区总工会',
      cats: ['NEW_EMPLOYMENT_FORM_WORKER', 'INDUSTRIAL_WORKER'],
    });
    const posts = await count(
      `select count(*) n from venue v where v.id in (select c.venue_id from service_class c join service_project p on p.id = c.project_id
        where p.brand = '会暖春芽·伴爱成长') and not v.has_safety_post`,
    );
    expect(posts).toBe(0); // 护学岗 at every care point
    // 004: 思茅区's nursery: 15 places, 3 teachers, 12 children.
    const simao = await one(
      `select c.capacity, c.staff_count, c.enrolled_count from service_class c join venue v on v.id = c.venue_id where v.name like '几侎稚家%'`,
    );
    expect(simao).toEqual({ capacity: 15, staff_count: 3, enrolled_count: 12 });
    // 002: the night school has held 64 sessions, Monday to Wednesday at 7 pm; 84 fitness lessons.
    const night = await one<{ n: string; held: string; days: number[] }>(
      `select count(*) n, count(*) filter (where s.status = 'HELD') held, c.weekdays days from class_session s
         join service_class c on c.id = s.class_id where c.name = '家庭健康教育夜校' group by c.weekdays`,
    );
    expect([Number(night.n), Number(night.held), night.days]).toEqual([64, 64, [1, 2, 3]]);
    expect(
      await count(
        `select count(*) n from class_session s join service_class c on c.id = s.class_id where c.name = '公益形体课'`,
      ),
    ).toBe(84);
    expect(
      await count(
        `select count(*) n from service_class c join service_project p on p.id = c.project_id where p.category = 'YOUTH_PALACE'`,
      ),
    ).toBe(32);
    // 003: 110 pupils in the two village study halls; 20–50% below market for venue-for-service partners.
    expect(
      await count(
        `select count(*) n from enrollment e join service_class c on c.id = e.class_id where c.name like '%爱心互助学堂' and e.status = 'COMPLETED'`,
      ),
    ).toBe(110);
    const discounts = await app.sql<{ d: number }>(
      `select discount_bp d from partnership where kind = 'VENUE_FOR_SERVICE' and discount_bp is not null`,
    );
    expect(discounts.map((r) => r.d)).toEqual(expect.arrayContaining([2000, 3500, 5000]));
    // 001: 小草 with 20 certified social workers; 女职工精神园地 with 4 sub-projects.
    expect(
      await one(
        `select certified_social_workers, registration_status from social_group where name = '兰州小草爱心社会工作服务中心'`,
      ),
    ).toEqual({
      certified_social_workers: 20,
      registration_status: 'REGISTERED',
    });
    expect(
      await count(
        `select count(*) n from service_project c join service_project p on p.id = c.parent_id where p.name = '女职工精神园地'`,
      ),
    ).toBe(4);
  });

  it('covers every status and role the demo is meant to show', async () => {
    const statuses = (await app.sql<{ s: string }>(`select distinct status s from service_project order by 1`)).map(
      (r) => r.s,
    );
    expect(statuses).toEqual(
      expect.arrayContaining(['ACTIVE', 'APPROVED', 'COMPLETED', 'DRAFT', 'REJECTED', 'SUBMITTED']),
    );
    expect(
      await count(
        `select count(*) n from service_project p where status <> 'DRAFT' and not exists (select 1 from approval_step a where a.project_id = p.id)`,
      ),
    ).toBe(0);
    // Every submitted project waits on exactly one pending step; nothing else does.
    expect(
      await count(
        `select count(*) n from service_project p where (p.status = 'SUBMITTED') <>
           ((select count(*) from approval_step a where a.project_id = p.id and a.decision = 'PENDING') = 1)`,
      ),
    ).toBe(0);
    expect(await count(`select count(*) n from approval_step where decision = 'PENDING'`)).toBe(3);
    const needs = (await app.sql<{ s: string }>(`select distinct status s from need_request order by 1`)).map(
      (r) => r.s,
    );
    expect(needs).toEqual(['CLOSED', 'FULFILLED', 'IN_PROGRESS', 'MATCHED', 'OPEN']);
    const enrollments = (await app.sql<{ s: string }>(`select distinct status s from enrollment order by 1`)).map(
      (r) => r.s,
    );
    expect(enrollments).toEqual(expect.arrayContaining(['COMPLETED', 'ENROLLED', 'WAITLISTED', 'WITHDRAWN']));
    expect(await count(`select count(*) n from beneficiary where deleted_at is null`)).toBeGreaterThanOrEqual(300);
    const users = await app.sql<{ username: string; role: string; password_hash: string }>(
      `select username, role, password_hash from app_user where username = any($1) order by username`,
      [DEMO_ACCOUNTS.map((a) => a.username)],
    );
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER', 'ANALYST']),
    );
    expect(users.every((u) => u.password_hash.startsWith('$argon2id$'))).toBe(true);
    expect(await argon2.verify(users[0].password_hash, DEMO_ACCOUNTS[0].password)).toBe(true);
  });

  it('has proposals waiting for 西山区总工会 and one turned down with a comment', async () => {
    const token = await signInDemo('xishan-staff');
    const queue = await app.as(token).ok(DemoPendingApprovalsDocument);
    expect(queue.pendingApprovalsCount).toBe(2);
    expect(queue.pendingApprovals.map((s) => [s.project!.sponsor!.name, s.dueOn])).toEqual([
      ['福海街道总工会', '2025-08-15'],
      ['前卫街道总工会', '2025-08-19'],
    ]);
    const rejected = await app.sql(
      `select o.name approver, u.username decider, a.comment is not null and length(a.comment) > 10 commented
         from service_project p join approval_step a on a.project_id = p.id
         join organization o on o.id = a.approver_organization_id join app_user u on u.id = a.decided_by_id
        where p.status = 'REJECTED' and a.decision = 'REJECTED'`,
    );
    expect(rejected).toEqual([{ approver: '福海街道总工会', decider: 'fuhai-staff', commented: true }]);
  });

  it('has class sessions as generateClassSessions makes them: regeneration adds only dates after the story’s day', async () => {
    const ids = buildDemoData(app.pii, new Map(DEMO_ACCOUNTS.map((a) => [a.username, 'x'])), demoCalendar(STORY_DAY));
    let future = 0;
    for (const def of CLASSES) {
      const res = await app.gql(DemoPreviewClassSessionsDocument, { id: ids.klass(def.key), skip: def.skip ?? [] });
      expect(res.errors).toBeUndefined();
      const r = res.data!.r;
      expect({ key: def.key, removed: r.removed, kept: r.kept, updated: r.updated }).toEqual({
        key: def.key,
        removed: 0,
        kept: 0,
        updated: 0,
      });
      const added = r.sessions.filter((s) => s.state === 'NEW').map((s) => s.date);
      expect({ key: def.key, past: added.filter((d) => d <= STORY_DAY) }).toEqual({ key: def.key, past: [] });
      future += r.created;
    }
    expect(future).toBeGreaterThan(0); // year-round classes go on after the demo's summer
  });

  it('lets every demo account sign in with the shared demo password', async () => {
    const anonymous = app.as(null);
    const results = await Promise.all(
      DEMO_ACCOUNTS.map((a) => anonymous.gql(SignInForTestDocument, { username: a.username, password: a.password })),
    );
    for (const r of results) expect(r.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('keeps the rules the services keep', async () => {
    for (const [rule, sql] of Object.entries(DEMO_RULES)) expect({ rule, n: await count(sql) }).toEqual({ rule, n: 0 });
    expect(await count(`select count(*) n from enrollment where subsidy_fen > 0`)).toBeGreaterThan(10);
    expect(await count(`select count(*) n from enrollment where status = 'WAITLISTED'`)).toBeGreaterThan(0);
    expect(await count(`select count(*) n from attendance where picked_up_by_id is not null`)).toBeGreaterThan(1000);
  });

  it('has held sessions verified by staff up to three days back, and a settlement to show', async () => {
    expect(
      await count(`select count(*) n from class_session where attendance_verified_at is not null`),
    ).toBeGreaterThan(100);
    expect(
      await count(`select count(*) n from class_session s left join app_user u on u.id = s.attendance_verified_by_id
        where s.attendance_verified_at is not null and (s.status <> 'HELD' or s.date > '2025-08-12' or u.role = 'PARTNER')`),
    ).toBe(0);
    expect(
      await count(`select count(*) n from class_session where status = 'HELD' and attendance_verified_at is null
        and date between '2025-08-13' and '2025-08-15'`),
    ).toBeGreaterThan(0);
    // The project with the most verified attendance in July 2025: its settlement adds up.
    const top = await one<{ id: string; days: string }>(`select c.project_id as id, count(*) as days
        from attendance a join class_session s on s.id = a.session_id join service_class c on c.id = s.class_id
       where s.attendance_verified_at is not null and a.status in ('PRESENT', 'LATE')
         and s.date between '2025-07-01' and '2025-07-31' group by c.project_id order by 2 desc limit 1`);
    const { settlement } = await app.ok(DemoSettlementTotalsDocument, { projectId: top.id });
    expect(settlement.total.attendanceDays).toBe(Number(top.days));
    expect(settlement.total.sponsorFen + settlement.total.familyFen).toBe(settlement.total.feeFen);
    expect(settlement.total.sponsorFen).toBeGreaterThan(0);
    expect(settlement.total.sponsorFen * 2).toBeLessThanOrEqual(settlement.total.feeFen);
  });

  it('stores valid synthetic ID numbers only encrypted, with the keyed hash and last four', async () => {
    const rows = await app.sql<{ c: string; h: string; l: string; birth: string; gender: string; region: string }>(
      `select b.id_number_cipher c, b.id_number_hash h, b.id_number_last4 l, to_char(b.birth_date, 'YYYY-MM-DD') birth, b.gender,
              o.region_code region
         from beneficiary b join organization o on o.id = b.home_community_id where b.id_number_cipher is not null`,
    );
    expect(rows.length).toBeGreaterThan(500);
    for (const r of rows) {
      const id = app.pii.decrypt(r.c);
      const v = validateIdNumber(id, '2025-08-15');
      expect(v).toEqual({ ok: true, value: id, birthDate: r.birth, gender: r.gender });
      expect([id.slice(0, 6), app.pii.hash(id), id.slice(-4)]).toEqual([r.region, r.h, r.l]);
    }
    expect(await count(`select count(*) n from beneficiary where phone is not null and phone !~ '^139[0-9]{8}$'`)).toBe(
      0,
    );
  });

  it('gives every row an explicit id shaped like a UUID v7', async () => {
    const bad = await count(
      `select count(*) n from (select id from organization union all select id from beneficiary
         union all select id from enrollment union all select id from attendance) x
        where id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`,
    );
    expect(bad).toBe(0);
  });

  it('is the same data on every run (ids included)', async () => {
    other = await startTestApp();
    expect(await seedDemoIfEmpty(other.orm, other.pii, silent, STORY_DAY)).toBe(true);
    // The test app signs in a user of its own (random id): compare the demo's accounts only.
    const demoUsers = `username in (${DEMO_ACCOUNTS.map((a) => `'${a.username}'`).join(', ')})`;
    const tables: Record<string, string> = {
      organization: 'id, name, parent_id, path, region_code, credit_code, created_at',
      social_group: 'id, name, kind, credit_code',
      partnership: 'id, organization_id, social_group_id, kind, discount_bp',
      service_project: 'id, name, status, sponsor_id, operator_id, parent_id, starts_on',
      approval_step: 'id, project_id, decision, decided_by_id, due_on',
      service_class: 'id, name, capacity, enrolled_count, fee_per_day_fen, starts_on',
      class_session: 'id, class_id, date, starts_at, topic, status',
      beneficiary:
        'id, name, gender, birth_date, id_number_hash, id_number_last4, phone, categories, union_organization_id',
      guardianship: 'id, guardian_id, ward_id, relation, may_pick_up',
      consent: 'id, beneficiary_id, given_by_id, purpose, given_at, withdrawn_at',
      enrollment:
        'id, class_id, beneficiary_id, applicant_id, status, waitlist_position, fee_fen, subsidy_fen, created_at',
      attendance: 'id, session_id, enrollment_id, status, check_in_at, check_out_at, picked_up_by_id',
      [`app_user where ${demoUsers}`]: 'id, username, role, organization_id',
    };
    for (const [table, cols] of Object.entries(tables)) {
      const digest = `select count(*) n, md5(string_agg(row(${cols})::text, E'\\n' order by id)) d from ${table}`;
      const [a] = await app.sql<{ n: string; d: string }>(digest);
      const [b] = await other.sql<{ n: string; d: string }>(digest);
      expect({ table, ...b }).toEqual({ table, ...a });
      expect(Number(a.n)).toBeGreaterThan(0);
    }
  }, 120_000);
  it('has report summaries built on seeding, with the real figures', async () => {
    expect(await count('select count(*) n from report_dirty')).toBe(0);
    expect(await count('select count(*) n from report_reach')).toBeGreaterThan(0);
    const report = await app.ok(DemoYearReportDocument);
    const live = `from attendance a join class_session s on s.id = a.session_id and s.deleted_at is null
      join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
      join service_class c on c.id = s.class_id and c.deleted_at is null
      join service_project p on p.id = c.project_id and p.deleted_at is null
      join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null
      where a.deleted_at is null and a.status in ('PRESENT', 'LATE') and s.status <> 'CANCELLED'
        and s.date between '2025-01-01' and '2025-12-31'`;
    const records = `from service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null
      join service_project p on p.id = r.project_id and p.deleted_at is null
      where r.deleted_at is null and (r.occurred_at at time zone 'Asia/Shanghai')::date between '2025-01-01' and '2025-12-31'`;
    const attended = await count(`select count(*) n ${live}`);
    expect(attended).toBeGreaterThan(1000);
    expect(report.report.peopleSource).toBe('SUMMARY_COUNTS');
    expect(report.report.totals).toEqual({
      peopleServed: await count(
        `select count(distinct id) n from (select e.beneficiary_id id ${live} union all select r.beneficiary_id ${records}) x`,
      ),
      personTimes: attended + (await count(`select count(*) n ${records}`)),
      sessionsHeld: await count(`select count(*) n from class_session s join service_class c on c.id = s.class_id
        and c.deleted_at is null join service_project p on p.id = c.project_id and p.deleted_at is null
        where s.deleted_at is null and s.status = 'HELD' and s.date between '2025-01-01' and '2025-12-31'`),
    });
  });

  describe('application rounds (摇号)', () => {
    const roundOf = (status: string) =>
      one<{ id: string; class_id: string; drawn_at: Date; places_drawn: number }>(
        `select r.id, r.class_id, r.drawn_at, r.places_drawn from application_round r where r.status = $1`,
        [status],
      );

    it('has a drawn round whose public notice verifies, results included', async () => {
      const round = await roundOf('DRAWN');
      // Anonymous, as anyone reads the notice; as written the notice period is long over, so the list and hashes only.
      const notice = (await app.as(null).ok(RoundNoticeDocument, { id: round.id })).roundNotice;
      expect(notice.className).toBe('书林二小福海校区 四点半课堂（二班）');
      expect(notice.applications).toHaveLength(36); // 37 applied, one withdrew before the close
      expect(notice.applications.some((a) => a.tier === 1) && notice.applications.some((a) => a.tier === 2)).toBe(true);
      expect(notice.applications.filter((a) => a.group === 'G1')).toHaveLength(2);
      const checked = verifyDraw(notice);
      expect(checked.lines.length).toBeGreaterThanOrEqual(3);
      expect(checked.lines.filter((l) => !l.startsWith('✓'))).toEqual([]);
      expect(checked.matches).toBe(true);
      // During the notice period the results are shown and every outcome is recomputed too.
      const during = await roundNotice(app.orm.em.fork(), round.id, new Date(round.drawn_at.getTime() + 86_400_000));
      expect(during.resultsShown).toBe(true);
      expect(during.results).toHaveLength(36);
      const withResults = verifyDraw(during);
      expect(withResults.lines.filter((l) => !l.startsWith('✓'))).toEqual([]);
      expect(withResults.lines.some((l) => l.includes('36'))).toBe(true);
      expect(withResults.matches).toBe(true);
    });

    it("enrolls the drawn round's winners and waitlists the others in draw order", async () => {
      const round = await roundOf('DRAWN');
      const rows = await app.sql<{
        status: string;
        draw_position: number;
        e_status: string;
        pos: number | null;
        class_id: string;
      }>(
        `select a.status, a.draw_position, e.status e_status, e.waitlist_position pos, e.class_id
           from application a join enrollment e on e.id = a.enrollment_id where a.round_id = $1 order by a.draw_position`,
        [round.id],
      );
      const won = rows.filter((r) => r.status === 'WON');
      const waiting = rows.filter((r) => r.status === 'WAITLISTED');
      expect(won).toHaveLength(round.places_drawn);
      expect(won.every((r) => r.e_status === 'ENROLLED' && r.class_id === round.class_id)).toBe(true);
      expect(waiting.every((r) => r.e_status === 'WAITLISTED' && r.class_id === round.class_id)).toBe(true);
      expect(waiting.map((r) => r.pos)).toEqual(waiting.map((_, i) => i + 1));
      expect(waiting.map((r) => r.pos)).toEqual(waiting.map((r) => r.draw_position));
      expect(won.length + waiting.length).toBe(36);
      expect(
        await count(
          `select count(*) n from application where round_id = $1 and status = 'WITHDRAWN' and enrollment_id is null`,
          [round.id],
        ),
      ).toBe(1);
      expect(
        await count(`select count(*) n from service_class where id = $1 and enrolled_count = capacity`, [
          round.class_id,
        ]),
      ).toBe(1);
    });

    it('has an open round over two classes with applications that 西山区 staff see', async () => {
      const round = await roundOf('OPEN');
      const classes = await app.sql<{ label: string; places: number }>(
        'select label, places from round_class where round_id = $1 order by label',
        [round.id],
      );
      expect(classes).toEqual([
        { label: 'A', places: 10 },
        { label: 'B', places: 8 },
      ]);
      // Choices in order, each a class of the round: A › B, B › A, A alone.
      const prefs = await app.sql<{ n: number }>(
        `select jsonb_array_length(a.preferences) n from application a where a.round_id = $1
            and not exists (select 1 from jsonb_array_elements_text(a.preferences) p
                             where p::uuid not in (select class_id from round_class where round_id = $1))`,
        [round.id],
      );
      expect(prefs.map((p) => p.n).sort()).toEqual([1, 1, 2, 2, 2, 2]);
      expect(
        await count(
          `select count(*) n from application where round_id = $1 and status = 'APPLIED' and enrollment_id is null`,
          [round.id],
        ),
      ).toBe(6);
      // Read through the caller's scope: both rounds (closing in August as written) are 西山区's, not 江阳区's.
      const demand = (user: string) =>
        signInDemo(user).then((token) =>
          app.as(token).ok(RoundDemandDocument, { from: '2025-08-01', to: '2025-08-31', groupBy: 'CLASS' }),
        );
      const seen = (await demand('xishan-staff')).roundDemand;
      expect(seen.map((r) => [r.label, r.rounds, r.applications]).sort()).toEqual([
        ['书林二小福海校区 四点半课堂（三班）', 1, 4],
        ['书林二小福海校区 四点半课堂（二班）', 1, 36],
        ['书林二小福海校区 四点半课堂（四班）', 1, 2],
      ]);
      expect((await demand('jiangyang-fulian')).roundDemand).toEqual([]);
    });
  });
});
