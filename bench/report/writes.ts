import type { Client } from 'pg';
import { md5Uuid } from './scenarios';
import { POOL } from './scale';

/**
 * The write side of the benchmark: what a roster save and an enrollment cost, how long after each the API's
 * report folder has folded it into the summaries (fold lag: from the write's answer until nothing queued is
 * left), and what a report read right after the write costs (reads never fold). A small fixture is added to
 * the generated data once (plain SQL, idempotent): a class of project p0 (sponsored by district 10, so the
 * district staff user may write to it) with 40 enrolled adults and one session on the 10th of every month
 * of 2025, plus a pool of adults who are not enrolled anywhere, for the enrollment scenario.
 */
export const WRITE_CLASS = md5Uuid('c-bench-write');
const SESSIONS = Array.from({ length: 12 }, (_, m) => md5Uuid(`s-bench-write-${m}`));
const ROSTER = 40;
const POOL_FROM = POOL + 100;

export async function ensureWriteFixture(db: Client): Promise<{ sessions: string[]; enrollments: string[] }> {
  await dropExtraSessions(db);
  await db.query('begin');
  await db.query(
    `insert into service_class (id, project_id, name, care_type, capacity, starts_on, ends_on, weekdays,
       daily_start, daily_end, fee_per_day_fen, status)
     values ($1, md5('p0')::uuid, '基准写入班', 'HALF_DAY', 1000, '2025-01-06', '2025-12-31', '{1,2,3,4,5}',
       '08:30', '11:30', 0, 'OPEN') on conflict (id) do nothing`,
    [WRITE_CLASS],
  );
  await db.query(
    `insert into enrollment (id, class_id, beneficiary_id, status, days_booked, fee_fen, subsidy_fen, payable_fen,
       created_at, enrolled_at)
     select md5('e-bench-write-' || j)::uuid, $1, md5('b' || (${POOL} + j))::uuid, 'ENROLLED', 20, 0, 0, 0,
       timestamptz '2025-01-02 09:00+08', timestamptz '2025-01-02 09:00+08'
       from generate_series(0, ${ROSTER - 1}) j on conflict (id) do nothing`,
    [WRITE_CLASS],
  );
  await db.query(
    `insert into class_session (id, class_id, date, starts_at, ends_at, status)
     select md5('s-bench-write-' || m)::uuid, $1, make_date(2025, m + 1, 10), '08:30', '11:30', 'SCHEDULED'
       from generate_series(0, 11) m on conflict (id) do nothing`,
    [WRITE_CLASS],
  );
  await db.query('commit');
  const enrollments = Array.from({ length: ROSTER }, (_, j) => md5Uuid(`e-bench-write-${j}`));
  return { sessions: SESSIONS, enrollments };
}

/** Adults (18+ on the class's first day) of the pool with no live enrollment in the class. */
export async function enrollmentPool(db: Client, count: number): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    `select b.id::text from generate_series(${POOL_FROM}, ${POOL_FROM + count * 4}) n
       join beneficiary b on b.id = md5('b' || n)::uuid
      where b.birth_date <= date '2025-01-06' - interval '18 years'
        and not exists (select 1 from enrollment e where e.beneficiary_id = b.id and e.class_id = $1
                          and e.status in ('ENROLLED', 'WAITLISTED') and e.deleted_at is null)
      order by n limit ${count}`,
    [WRITE_CLASS],
  );
  return r.rows.map((x) => x.id);
}

/**
 * Deletes the write class's sessions other than its twelve, with their attendance: the first roll calls'
 * sessions (below, and roll-call-sql.ts). Left in place, every roster save of the class would fold one key per
 * day they cover, and the fold lag would grow from run to run.
 */
export async function dropExtraSessions(db: Client): Promise<void> {
  const extra = `select id from class_session where class_id = $1 and id <> all($2::uuid[])`;
  await db.query('begin');
  await db.query(`delete from attendance where session_id in (${extra})`, [WRITE_CLASS, SESSIONS]);
  await db.query(`delete from class_session where id in (${extra})`, [WRITE_CLASS, SESSIONS]);
  await db.query('commit');
}

/**
 * A new session of the write class on a random day and second of 2025 (the class's live sessions are unique by
 * day and start), for a first roll call; dropExtraSessions deletes it after the run.
 */
export async function newSession(db: Client): Promise<string> {
  const r = await db.query<{ id: string }>(
    `insert into class_session (id, class_id, date, starts_at, ends_at, status)
     select gen_random_uuid(), $1, date '2025-01-06' + floor(random() * 359)::int, t, t + interval '1 second', 'SCHEDULED'
       from (select time '05:00' + floor(random() * 36000) * interval '1 second' t) x
     on conflict do nothing returning id::text`,
    [WRITE_CLASS],
  );
  return r.rows[0]?.id ?? newSession(db);
}

/** The roster of one session: every row PRESENT, or every other row ABSENT (so people-month facts change). */
export function roster(enrollments: string[], round: number): { enrollmentId: string; status: string }[] {
  return enrollments.map((enrollmentId, j) => ({
    enrollmentId,
    status: round % 2 === 0 || j % 2 === 1 ? 'PRESENT' : 'ABSENT',
  }));
}

export const RECORD = `mutation ($sessionId: ID!, $rows: [AttendanceRowInput!]!) {
  recordAttendance(sessionId: $sessionId, rows: $rows) { id status } }`;
export const ENROLL = `mutation ($classId: ID!, $beneficiaryId: ID!, $key: String!) {
  enroll(classId: $classId, beneficiaryId: $beneficiaryId, days: 1, idempotencyKey: $key) { id status } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawEnrollment(id: $id) { id status } }`;

type Gql = (token: string, query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * Sequentially, `rounds` times: a roster save of 40 rows (district staff) and the analyst's city report of
 * 2025 right after it; `rounds` first roll calls (40 rows inserted) of new sessions; then `rounds` enrollments of an adult into the same class (platform admin: the pool's
 * people are registered outside the district, so district staff get NOT_FOUND for them), each followed by the
 * same report read and a withdrawal. Latencies per step (ms), client-side.
 */
export async function runWrites(
  db: Client,
  gql: Gql,
  tokens: { writer: string; enroller: string; reader: string },
  report: { query: string; variables: Record<string, unknown> },
  rounds: number,
): Promise<Record<string, number[]>> {
  const { sessions, enrollments } = await ensureWriteFixture(db);
  const pool = await enrollmentPool(db, rounds + 5);
  const out: Record<string, number[]> = {
    record: [],
    recordFirst: [],
    readAfterRecord: [],
    foldLagRecord: [],
    enroll: [],
    readAfterEnroll: [],
    foldLagEnroll: [],
    withdraw: [],
  };
  const timed = async (key: string | null, f: () => Promise<unknown>) => {
    const t = performance.now();
    const r = await f();
    if (key) out[key].push(performance.now() - t);
    return r;
  };
  const read = () => gql(tokens.reader, report.query, report.variables);
  /** Waits until the folder has folded every queued key (polled every 2 ms on the benchmark's connection). */
  const folded = async () => {
    for (let i = 0; i < 15_000; i++) {
      if (!(await db.query<{ p: boolean }>('select report_pending() p')).rows[0].p) return;
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error('the report folder did not fold within 30 s');
  };
  for (let i = -5; i < rounds; i++) {
    const round = i + 5;
    const warm = i < 0;
    const rows = roster(enrollments, Math.floor(round / sessions.length));
    await timed(warm ? null : 'record', () =>
      gql(tokens.writer, RECORD, { sessionId: sessions[round % sessions.length], rows }),
    );
    const lag = performance.now();
    await timed(warm ? null : 'readAfterRecord', read);
    await folded();
    if (!warm) out.foldLagRecord.push(performance.now() - lag);
  }
  // A session's first roll call inserts its rows (the saves above mostly update): each round a new session.
  for (let i = -5; i < rounds; i++) {
    const sessionId = await newSession(db);
    await timed(i < 0 ? null : 'recordFirst', () =>
      gql(tokens.writer, RECORD, { sessionId, rows: roster(enrollments, 0) }),
    );
    await folded();
  }
  await dropExtraSessions(db);
  await folded();
  for (let i = -5; i < Math.min(rounds, pool.length - 5); i++) {
    const warm = i < 0;
    const person = pool[i + 5];
    const d = (await timed(warm ? null : 'enroll', () =>
      gql(tokens.enroller, ENROLL, { classId: WRITE_CLASS, beneficiaryId: person, key: `bench-${Date.now()}-${i}` }),
    )) as { enroll: { id: string } };
    const lag = performance.now();
    await timed(warm ? null : 'readAfterEnroll', read);
    await folded();
    if (!warm) out.foldLagEnroll.push(performance.now() - lag);
    await timed(warm ? null : 'withdraw', () => gql(tokens.enroller, WITHDRAW, { id: d.enroll.id }));
  }
  return out;
}
