/**
 * Live-row counts (common/crud/compile/live-count.ts, db/schema/live-count.functions.ts): the unfiltered count
 * of a big table, asked by a caller who sees every row, is the sum of the deltas each write statement appended;
 * it must equal `count(*)` of the live rows after every kind of write, and folding the deltas (two folds at
 * once) must not change it. A scoped caller's count stays its own statement over the table.
 */
import { LiveCountsDocument, SubtreeCountsDocument } from '../../generated/operations';
import { buildWorld, create, insertEnrollments, sampleInput, type World } from '../../support/fixtures';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();
let world: World;

const TABLES = {
  attendanceRecordsCount: 'attendance',
  beneficiariesCount: 'beneficiary',
  classSessionsCount: 'class_session',
  enrollmentsCount: 'enrollment',
  serviceProjectsCount: 'service_project',
  serviceRecordsCount: 'service_record',
} as const;

/** What the counts must be: the live rows, counted by scanning. */
async function scanned(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [field, table] of Object.entries(TABLES)) {
    const [row] = await app.sql<{ n: number }>(`select count(*)::int as n from ${table} where deleted_at is null`);
    out[field] = row.n;
  }
  return out;
}

async function counted(): Promise<Record<string, number>> {
  app.resetStatements();
  const got = await app.ok(LiveCountsDocument);
  // Answered from the deltas, in the one statement of the request.
  expect(app.statements.filter((s) => s.includes('live_count_delta')).length).toBe(1);
  return got;
}

/** Beneficiaries written with SQL (no personal data needed for counting). */
async function people(n: number): Promise<string[]> {
  const rows = await app.sql<{ id: string }>(
    `insert into beneficiary (id, name, gender, birth_date, categories, registered_by_id)
     select gen_random_uuid(), '计数' || i, 'FEMALE', date '2018-01-01', '{CHILD}', $2 from generate_series(1, $1) i
     returning id`,
    [n, world.district],
  );
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  world = await buildWorld(app);
});

describe('live-row counts', () => {
  it('equal count(*) of the live rows after inserts, soft deletes, restores, deletes and a failed statement', async () => {
    expect(await counted()).toEqual(await scanned());
    const ids = await people(30);
    const enrollments = await insertEnrollments(
      app,
      ids.map((beneficiaryId) => ({ classId: world.serviceClass, beneficiaryId })),
    );
    expect(await counted()).toEqual(await scanned());

    await app.sql(`update enrollment set deleted_at = now() where id = any($1)`, [enrollments.slice(0, 7)]);
    await app.sql(`update beneficiary set deleted_at = now() where id = any($1)`, [ids.slice(20)]);
    const projects = [await create(app, 'ServiceProject', sampleInput('ServiceProject', world)), world.project];
    expect(await counted()).toEqual(await scanned());
    await app.sql(`update service_project set deleted_at = now() where id = $1`, [projects[0]]);
    // An update that leaves liveness alone changes nothing.
    await app.sql(`update enrollment set days_booked = 3 where id = any($1)`, [enrollments]);
    expect(await counted()).toEqual(await scanned());

    await app.sql(`update enrollment set deleted_at = null where id = any($1)`, [enrollments.slice(0, 2)]);
    await app.sql(`delete from enrollment where id = any($1)`, [enrollments.slice(2, 5)]);
    await app.sql(`delete from enrollment where id = any($1)`, [enrollments.slice(25)]);
    // A statement that fails writes no delta: a second live enrollment of one person in one class.
    await expect(insertEnrollments(app, [{ classId: world.serviceClass, beneficiaryId: ids[10] }])).rejects.toThrow();
    const expected = await scanned();
    expect(await counted()).toEqual(expected);
    expect(expected.enrollmentsCount).toBeGreaterThan(20);
  });

  it('stay exact when two folds run at once, folded to one row per table', async () => {
    for (let i = 0; i < 5; i++) {
      const ids = await people(3);
      await insertEnrollments(
        app,
        ids.map((beneficiaryId) => ({ classId: world.serviceClass, beneficiaryId })),
      );
    }
    const [{ n: before }] = await app.sql<{ n: number }>(`select count(*)::int as n from live_count_delta`);
    expect(before).toBeGreaterThan(10);
    await Promise.all([app.sql('select live_count_compact()'), app.sql('select live_count_compact()')]);
    const rows = await app.sql<{ table_name: string; n: number }>(
      `select table_name, count(*)::int as n from live_count_delta group by table_name`,
    );
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(await counted()).toEqual(await scanned());
  });

  it('start again from the tables after a truncate or a load with triggers off', async () => {
    await app.sql(`truncate attendance`);
    expect((await counted()).attendanceRecordsCount).toBe(0);
    await app.sql(`alter table enrollment disable trigger enrollment_live_count_del`);
    await app.sql(`delete from enrollment where id in (select id from enrollment limit 4)`);
    await app.sql(`alter table enrollment enable trigger enrollment_live_count_del`);
    expect(await counted()).not.toEqual(await scanned());
    await app.sql('select live_count_recount()');
    expect(await counted()).toEqual(await scanned());
  });

  it('are not what a scoped caller counts: its own rows, by its own statement', async () => {
    const token = await app.signIn({ username: 'lc-district', role: 'ORG_STAFF', organizationId: world.district });
    app.resetStatements();
    const got = await app.as(token).ok(SubtreeCountsDocument);
    expect(app.statements.some((s) => s.includes('live_count_delta'))).toBe(false);
    const [row] = await app.sql<{ n: number }>(
      `select count(*)::int as n from enrollment e join service_class c on c.id = e.class_id
       join service_project p on p.id = c.project_id join organization o on o.id = p.sponsor_id
       where e.deleted_at is null and o.path like (select path from organization where id = $1) || '%'`,
      [world.district],
    );
    expect(got.enrollmentsCount).toBe(row.n);
    expect(row.n).toBeGreaterThan(20);
    // Another district of the same city sees none of them, whatever the table's live total.
    const [other] = await app.sql<{ id: string }>(
      `insert into organization (id, name, kind, level, parent_id) values (gen_random_uuid(), '另一区总工会', 'UNION',
       'DISTRICT', $1) returning id`,
      [world.city],
    );
    const elsewhere = await app.signIn({ username: 'lc-other', role: 'ORG_STAFF', organizationId: other.id });
    expect((await app.as(elsewhere).ok(SubtreeCountsDocument)).enrollmentsCount).toBe(0);
  });
});
