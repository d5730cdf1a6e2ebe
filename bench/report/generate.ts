import argon2 from 'argon2';
import { Client } from 'pg';
import { ENROLLED_COUNTS, log, loggedStep } from './bench-db';
import { CLASSES, EVALUATIONS, NEEDS, PEOPLE, POOL, PROJECTS, SERVICE_RECORDS } from './scale';

/**
 * 1,000,000 people and 10,000,000 attendance rows, generated inside PostgreSQL (generate_series; ids are
 * md5-derived uuids so that rows can refer to each other without look-ups). Triggers are off for the bulk
 * (session_replication_role = replica) and the attendance indexes are built after the load; the summaries
 * are then built once with report_rebuild(), as a deployment would after an import.
 *
 * Shape: 1 province → 4 cities → 40 districts → 400 streets; 200 social groups; 4,000 projects (12
 * categories) sponsored by districts and streets; 20,000 classes starting between 2023-01 and 2025-09 with
 * 25 sessions each (5% cancelled); 21 enrollments per class (20 attending, 1 waitlisted) drawn from 300,000 of
 * the 1,000,000 people, so people recur across classes and years; 200,000 service records, 20,000 needs,
 * 8,000 evaluations.
 */
export const PASSWORD = 'bench-password-1';
const CATS = `array['SUMMER_CARE','CHILDCARE_UNDER_3','AFTER_SCHOOL','FAMILY_EDUCATION','INTEREST_CLASS','YOUTH_PALACE',
  'EMPLOYMENT_TRAINING','MENTAL_HEALTH','ELDERLY_CARE','LEFT_BEHIND_CHILDREN','SAFETY_TRAINING','OTHER']`;
const BCATS = `array['WORKER','NEW_EMPLOYMENT_FORM_WORKER','INDUSTRIAL_WORKER','DIFFICULT_WORKER','DUAL_EARNER_FAMILY','CHILD',
  'INFANT','LEFT_BEHIND_CHILD','CHILD_IN_DIFFICULTY','FULL_TIME_MOTHER','WOMAN','ELDERLY','DISABLED','OTHER']`;
const id = (prefix: string, expr: string) => `md5('${prefix}' || ${expr})::uuid`;
export const orgId = (n: number): string => `md5('o' || ${n})::uuid`;
const START = `(date '2023-01-02' + ((c * 37) % 1000))`;

export async function generate(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const q = loggedStep(db);
  await db.query(`set work_mem = '512MB'`);
  await q(
    'organizations',
    `insert into organization (id, name, kind, level, parent_id)
    select ${orgId(0)}, '省总工会', 'UNION', 'PROVINCE', null`,
  );
  await q(
    'cities',
    `insert into organization (id, name, kind, level, parent_id)
    select ${id('o', 'n')}, '市总工会' || n, 'UNION', 'CITY', ${orgId(0)} from generate_series(1, 4) n`,
  );
  await q(
    'districts',
    `insert into organization (id, name, kind, level, parent_id)
    select ${id('o', 'n')}, '区总工会' || n, 'UNION', 'DISTRICT', ${id('o', '(1 + (n - 10) / 10)')} from generate_series(10, 49) n`,
  );
  await q(
    'streets',
    `insert into organization (id, name, kind, level, parent_id)
    select ${id('o', 'n')}, '街道工会' || n, 'UNION', 'STREET', ${id('o', '(10 + (n - 100) / 10)')} from generate_series(100, 499) n`,
  );
  await db.query(`set session_replication_role = replica`);
  await q(
    'social groups',
    `insert into social_group (id, name, kind, registration_status)
    select ${id('g', 'n')}, '社工服务中心' || n, 'SOCIAL_WORK_CENTER', 'UNREGISTERED' from generate_series(0, 199) n`,
  );
  await q(
    'projects',
    `insert into service_project (id, name, category, sponsor_id, operator_id, starts_on, ends_on, status)
    select ${id('p', 'n')}, '项目' || n, (${CATS})[1 + n % 12],
      case when n % 5 = 0 then ${id('o', '(10 + n % 40)')} else ${id('o', '(100 + n % 400)')} end,
      case when n % 10 = 0 then null else ${id('g', '(n % 200)')} end, '2023-01-01', '2025-12-31', 'ACTIVE'
    from generate_series(0, ${PROJECTS - 1}) n`,
  );
  await q(
    'classes',
    `insert into service_class (id, project_id, name, care_type, capacity, starts_on, ends_on, weekdays,
      daily_start, daily_end, fee_per_day_fen, status)
    select ${id('c', 'c')}, ${id('p', '(c / 5)')}, '班' || c, 'HALF_DAY', 30, ${START}, ${START} + 60, '{1,2,3,4,5}',
      '08:30', '11:30', (c % 3) * 5000, 'OPEN' from generate_series(0, ${CLASSES - 1}) c`,
  );
  await q(
    'sessions',
    `insert into class_session (id, class_id, date, starts_at, ends_at, status)
    select ${id('s', `c || '-' || k`)}, ${id('c', 'c')}, ${START} + k * 2, '08:30', '11:30',
      case when (c * 25 + k) % 20 = 0 then 'CANCELLED' else 'HELD' end
    from generate_series(0, ${CLASSES - 1}) c, generate_series(0, 24) k`,
  );
  await q(
    'people',
    `insert into beneficiary (id, name, gender, birth_date, categories, registered_by_id)
    select ${id('b', 'n')}, 'B' || n, case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
      date '1940-01-01' + ((n::bigint * 7919) % 30000)::int,
      case when n % 3 = 0 then array[(${BCATS})[1 + n % 14], (${BCATS})[1 + (n / 14) % 14]] else array[(${BCATS})[1 + n % 14]] end,
      ${id('o', '(100 + n % 400)')} from generate_series(0, ${PEOPLE - 1}) n`,
  );
  await q(
    'enrollments',
    `insert into enrollment (id, class_id, beneficiary_id, status, days_booked, fee_fen, subsidy_fen,
      payable_fen, created_at, enrolled_at, waitlist_position)
    select ${id('e', `c || '-' || j`)}, ${id('c', 'c')}, ${id('b', `(((c * 21 + j)::bigint * 2654435761) % ${POOL})`)},
      case when j = 20 then 'WAITLISTED' when j = 19 and c % 3 = 0 then 'WITHDRAWN' else 'ENROLLED' end, 20,
      (c % 3) * 100000, (c % 3) * 50000, (c % 3) * 50000,
      (${START} - 10)::timestamp at time zone 'Asia/Shanghai',
      case when j = 20 then null else (${START} - 10)::timestamp at time zone 'Asia/Shanghai' end,
      case when j = 20 then 1 end
    from generate_series(0, ${CLASSES - 1}) c, generate_series(0, 20) j`,
  );
  const indexes = await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = 'attendance' and indexname <> 'attendance_pkey'`,
  );
  for (const ix of indexes.rows) await db.query(`drop index ${ix.name}`);
  for (let from = 0; from < CLASSES; from += 2000) {
    await q(
      `attendance, classes ${from}–${from + 1999}`,
      `insert into attendance (id, session_id, session_day, enrollment_id, status)
      select gen_random_uuid(), ${id('s', `c || '-' || k`)}, ${START} + k * 2, ${id('e', `c || '-' || j`)},
        case when (c * 31 + j * 17 + k * 7) % 100 < 86 then 'PRESENT' when (c * 31 + j * 17 + k * 7) % 100 < 91 then 'LATE'
             when (c * 31 + j * 17 + k * 7) % 100 < 95 then 'ABSENT' else 'EXCUSED' end
      from generate_series(${from}, ${from + 1999}) c, generate_series(0, 19) j, generate_series(0, 24) k`,
    );
  }
  for (const ix of indexes.rows) await q(`index ${ix.name}`, ix.def);
  await q(
    'service records',
    `insert into service_record (id, beneficiary_id, project_id, occurred_at, kind, minutes)
    select gen_random_uuid(), ${id('b', `((n::bigint * 7919) % ${POOL})`)}, ${id('p', `(n % ${PROJECTS})`)},
      timestamptz '2023-01-01 09:00+08' + ((n * 13) % 1090) * interval '1 day', 'COUNSELING', 60 from generate_series(0, ${SERVICE_RECORDS - 1}) n`,
  );
  await q(
    'needs',
    `insert into need_request (id, raised_by_id, category, title, status, matched_project_id, created_at)
    select gen_random_uuid(), ${id('o', '(100 + n % 400)')}, (${CATS})[1 + n % 12], '需求' || n,
      (array['OPEN','MATCHED','IN_PROGRESS','FULFILLED','CLOSED'])[1 + n % 5],
      case when n % 2 = 0 or n % 5 in (1, 2, 3) then ${id('p', `(n % ${PROJECTS})`)} end,
      timestamptz '2023-01-01 10:00+08' + ((n * 7) % 1090) * interval '1 day' from generate_series(0, ${NEEDS - 1}) n`,
  );
  await q(
    'evaluations',
    `insert into evaluation (id, project_id, kind, evaluated_on, score)
    select gen_random_uuid(), ${id('p', `(n % ${PROJECTS})`)}, 'PERIODIC', date '2023-03-01' + (n * 11) % 1000, 60 + n % 41
    from generate_series(0, ${EVALUATIONS - 1}) n`,
  );
  await db.query(`set session_replication_role = origin`);
  await q('enrolled counts', ENROLLED_COUNTS);
  // Loaded with triggers off: the live-row counts start again from the tables (live-count.functions.ts).
  await q('live-row counts', 'select live_count_recount()');
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await db.query(
    `insert into app_user (id, username, password_hash, display_name, role, organization_id, social_group_id) values
     (gen_random_uuid(), 'bench-admin', $1, 'bench', 'PLATFORM_ADMIN', null, null),
     (gen_random_uuid(), 'bench-analyst', $1, 'bench', 'ANALYST', ${orgId(1)}, null),
     (gen_random_uuid(), 'bench-district', $1, 'bench', 'ORG_STAFF', ${orgId(10)}, null),
     (gen_random_uuid(), 'bench-partner', $1, 'bench', 'PARTNER', null, md5('g' || 7)::uuid)`,
    [hash],
  );
  await q('analyze', 'analyze');
  await db.end();
}

/**
 * Datasets generated before need_request_matched_project_id_check (migration need_workflow) have matched,
 * in-progress and fulfilled needs without a project, and that migration would fail on them: give those
 * needs a project (as the generator now does), once, before migrating.
 */
export async function repairDataset(db: Client): Promise<void> {
  const old = await db.query(`select 1 from pg_tables where tablename = 'need_request'`);
  const checked = await db.query(`select 1 from pg_constraint where conname = 'need_request_matched_project_id_check'`);
  if (!old.rowCount || checked.rowCount) return;
  const r =
    await db.query(`update need_request set matched_project_id = md5('p' || (abs(hashtext(id::text)) % ${PROJECTS}))::uuid
    where status in ('MATCHED', 'IN_PROGRESS', 'FULFILLED') and matched_project_id is null`);
  if (r.rowCount) log(`repaired ${r.rowCount} needs without their matched project`);
}

/**
 * The summaries, once, from the raw tables (as after a bulk import). Returns the rebuild's seconds: the
 * capacity plan (docs/scaling.md) charts them against the rows.
 */
export async function buildSummaries(url: string): Promise<number> {
  const db = new Client({ connectionString: url });
  db.on('notice', (n) => log(n.message ?? '')); // report_rebuild() tells each of its steps as it finishes
  await db.connect();
  const t = Date.now();
  await db.query(`set work_mem = '1GB'`);
  await db.query('select report_rebuild()');
  const seconds = (Date.now() - t) / 1000;
  log(`report summaries (report_rebuild): ${seconds.toFixed(0)} s`);
  await db.query('vacuum analyze');
  await db.end();
  return seconds;
}
