import { randomUUID } from 'node:crypto';
import type { Rng } from './truth-random';
import type { TestApp } from './test-app';

/**
 * Random raw data for the report tests, written with plain SQL (the summaries must count rows whatever wrote
 * them): an organization tree, social groups, projects, classes, sessions, people, enrollments, attendance,
 * service records, needs and evaluations over 2024–2025; then random corrections (attendance status
 * changes, withdrawals, soft deletes and restores, people's attributes, a project's sponsor and category,
 * an organization moved in the tree, needs along their workflow, evaluations).
 */
export interface ReportWorld {
  orgs: { id: string; parent: string | null }[];
  groups: string[];
  projects: string[];
  classes: string[];
}

const CATS = ['SUMMER_CARE', 'CHILDCARE_UNDER_3', 'ELDERLY_CARE'];
const BEN_CATS = ['CHILD', 'LEFT_BEHIND_CHILD', 'WORKER', 'WOMAN', 'ELDERLY', 'FULL_TIME_MOTHER'];
const STATUSES = ['PRESENT', 'PRESENT', 'PRESENT', 'LATE', 'ABSENT', 'EXCUSED'];
const day = (r: Rng, from = '2024-01-01', span = 730) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + r.int(0, span - 1) * 86_400_000).toISOString().slice(0, 10);
const stamp = (r: Rng) =>
  `${day(r)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`;

export async function buildReportWorld(app: TestApp, r: Rng, size = 1): Promise<ReportWorld> {
  const sql = (q: string, p: unknown[] = []) => app.sql(q, p);
  const orgs: ReportWorld['orgs'] = [];
  const addOrg = async (parent: string | null, name: string) => {
    const id = randomUUID();
    await sql(`insert into organization (id, name, kind, level, parent_id) values ($1, $2, 'UNION', 'CITY', $3)`, [
      id,
      name,
      parent,
    ]);
    orgs.push({ id, parent });
    return id;
  };
  const root = await addOrg(null, '测试市总工会');
  const a = await addOrg(root, '甲区总工会');
  const b = await addOrg(root, '乙区总工会');
  await addOrg(a, '甲一街道');
  await addOrg(a, '甲二街道');
  await addOrg(b, '乙一街道');
  await addOrg(null, '另一市总工会');
  const groups = [randomUUID(), randomUUID()];
  for (const [i, g] of groups.entries())
    await sql(
      `insert into social_group (id, name, kind, registration_status) values ($1, $2, 'SOCIAL_WORK_CENTER', 'UNREGISTERED')`,
      [g, `社工${i}`],
    );

  const people: string[] = [];
  for (let i = 0; i < 70 * size; i++) {
    const id = randomUUID();
    people.push(id);
    const birth = r.chance(0.1) ? null : day(r, '1950-01-01', 27000);
    await sql(
      `insert into beneficiary (id, name, gender, birth_date, categories, registered_by_id) values ($1, $2, $3, $4, $5, $6)`,
      [id, `人${i}`, r.pick(['MALE', 'FEMALE']), birth, r.subset(BEN_CATS, 0, 2), r.pick(orgs).id],
    );
  }
  const projects: string[] = [];
  const classes: string[] = [];
  for (let p = 0; p < 7; p++) {
    const id = randomUUID();
    projects.push(id);
    await sql(
      `insert into service_project (id, name, category, sponsor_id, operator_id, starts_on, ends_on, status)
       values ($1, $2, $3, $4, $5, '2024-01-01', '2025-12-31', 'ACTIVE')`,
      [id, `项目${p}`, r.pick(CATS), r.pick(orgs).id, r.chance(0.8) ? r.pick(groups) : null],
    );
    for (let c = 0; c < 2; c++) {
      const cid = randomUUID();
      classes.push(cid);
      const starts = day(r);
      await sql(
        `insert into service_class (id, project_id, name, care_type, capacity, starts_on, ends_on, weekdays, daily_start, daily_end, fee_per_day_fen, status)
         values ($1, $2, $3, 'FULL_DAY', $4, $5, '2025-12-31', '{1,2,3,4,5}', '08:30', $6, 13000, $7)`,
        [
          cid,
          id,
          `班${p}-${c}`,
          r.int(14, 30),
          starts > '2025-12-31' ? '2025-12-31' : starts,
          r.pick(['11:30', '17:00']),
          r.chance(0.1) ? 'CANCELLED' : 'OPEN',
        ],
      );
      const sessions: string[] = [];
      for (let s = 0; s < 6 * size; s++) {
        const sid = randomUUID();
        sessions.push(sid);
        await sql(
          `insert into class_session (id, class_id, date, starts_at, ends_at, status) values ($1, $2, $3, $4, $5, $6)
           on conflict do nothing`,
          [
            sid,
            cid,
            day(r),
            '08:30',
            r.pick(['10:00', '11:45']),
            r.pick(['HELD', 'HELD', 'HELD', 'SCHEDULED', 'CANCELLED']),
          ],
        );
      }
      for (const person of r.subset(people, 0, 12)) {
        const status = r.pick(['ENROLLED', 'ENROLLED', 'COMPLETED', 'WAITLISTED', 'WITHDRAWN']);
        const eid = randomUUID();
        const fee = r.int(0, 20) * 13000;
        const subsidy = Math.floor(fee * r.pick([0, 0.3, 0.5]));
        await sql(
          `insert into enrollment (id, class_id, beneficiary_id, status, days_booked, fee_fen, subsidy_fen, payable_fen, created_at, enrolled_at, waitlist_position)
           values ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10)`,
          [
            eid,
            cid,
            person,
            status,
            fee,
            subsidy,
            fee - subsidy,
            stamp(r),
            status === 'WAITLISTED' ? null : stamp(r),
            status === 'WAITLISTED' ? 1 : null,
          ],
        );
        if (status === 'WAITLISTED') continue;
        for (const sid of sessions)
          if (r.chance(0.7))
            await sql(
              `insert into attendance (id, session_id, enrollment_id, status) select $1, $2, $3, $4 where exists (select 1 from class_session where id = $2)`,
              [randomUUID(), sid, eid, r.pick(STATUSES)],
            );
      }
    }
  }
  for (let i = 0; i < 40 * size; i++)
    await sql(
      `insert into service_record (id, beneficiary_id, project_id, occurred_at, kind, minutes) values ($1, $2, $3, $4, 'COUNSELING', $5)`,
      [randomUUID(), r.pick(people), r.pick(projects), stamp(r), r.int(10, 120)],
    );
  for (let i = 0; i < 25; i++) {
    const status = r.pick(['OPEN', 'MATCHED', 'IN_PROGRESS', 'FULFILLED', 'CLOSED']);
    // A matched, served or fulfilled need has its project (need_request_matched_project_id_check).
    const matched = ['MATCHED', 'IN_PROGRESS', 'FULFILLED'].includes(status) || r.chance(0.3);
    await sql(
      `insert into need_request (id, raised_by_id, category, title, status, matched_project_id, created_at) values ($1, $2, $3, '需求', $4, $5, $6)`,
      [randomUUID(), r.pick(orgs).id, r.pick(CATS), status, matched ? r.pick(projects) : null, stamp(r)],
    );
  }
  for (let i = 0; i < 12; i++)
    await sql(
      `insert into evaluation (id, project_id, kind, evaluated_on, score) values ($1, $2, 'PERIODIC', $3, $4)`,
      [randomUUID(), r.pick(projects), day(r), r.int(60, 100)],
    );
  // People seen late in one month and early in a later one, not in between: the rows a period's partial last
  // month must not count again (report.visits.ts) for the test periods 2025-02-17 … 05-09 and 2025-07-20 …
  // 08-10. Random days alone rarely make them.
  for (const person of r.subset(people, 6, 6))
    for (const d of ['2025-02-20', '2025-05-05', '2025-07-25', '2025-08-05'])
      await sql(
        `insert into service_record (id, beneficiary_id, project_id, occurred_at, kind, minutes) values ($1, $2, $3, $4, 'COUNSELING', 30)`,
        [randomUUID(), person, r.pick(projects), `${d}T10:00:00+08:00`],
      );
  return { orgs, groups, projects, classes };
}

/** One random correction of the kinds real use makes (and a few only direct SQL makes). */
export async function randomChange(app: TestApp, r: Rng, w: ReportWorld): Promise<string> {
  const one = async (table: string, where = 'true') =>
    (await app.sql<{ id: string }>(`select id from ${table} where ${where} order by random() limit 1`))[0]?.id;
  const soft = async (table: string) => {
    const id = await one(table);
    if (id)
      await app.sql(
        `update ${table} set deleted_at = case when deleted_at is null then now() else null end where id = $1`,
        [id],
      );
  };
  const kind = r.int(0, 14);
  switch (kind) {
    case 0: {
      const id = await one('attendance');
      if (id) await app.sql(`update attendance set status = $2 where id = $1`, [id, r.pick(STATUSES)]);
      return 'attendance status';
    }
    case 1:
      await soft('attendance');
      return 'attendance delete/restore';
    case 2: {
      const id = await one('enrollment', `status = 'ENROLLED' and deleted_at is null`);
      if (id) await app.sql(`update enrollment set status = 'WITHDRAWN', withdrawn_at = now() where id = $1`, [id]);
      return 'withdrawal';
    }
    case 3: {
      const id = await one('enrollment', `status in ('WITHDRAWN', 'COMPLETED')`);
      if (id)
        await app.sql(
          `update enrollment set deleted_at = case when deleted_at is null then now() else null end where id = $1`,
          [id],
        );
      return 'enrollment delete/restore';
    }
    case 4:
      await soft('beneficiary');
      return 'person delete/restore';
    case 5: {
      const id = await one('beneficiary');
      await app.sql(`update beneficiary set gender = $2, birth_date = $3, categories = $4 where id = $1`, [
        id,
        r.pick(['MALE', 'FEMALE']),
        r.chance(0.2) ? null : day(r, '1950-01-01', 27000),
        r.subset(BEN_CATS, 0, 2),
      ]);
      return 'person attributes';
    }
    case 6: {
      const id = await one('class_session');
      await app.sql(`update class_session set status = $2 where id = $1`, [
        id,
        r.pick(['HELD', 'SCHEDULED', 'CANCELLED']),
      ]);
      return 'session status';
    }
    case 7:
      await soft('class_session');
      return 'session delete/restore';
    case 8:
      await soft('service_class');
      return 'class delete/restore';
    case 9: {
      await app.sql(`update service_project set category = $2, sponsor_id = $3 where id = $1`, [
        r.pick(w.projects),
        r.pick(CATS),
        r.pick(w.orgs).id,
      ]);
      return 'project category and sponsor';
    }
    case 10:
      await soft('service_project');
      return 'project delete/restore';
    case 11: {
      const [root, a, b, a1, a2, b1] = w.orgs.map((o) => o.id);
      const [node, parent] = r.pick([
        [a2, b],
        [a2, a],
        [b1, a1],
        [b1, b],
        [a, root],
        [a, b],
      ]);
      await app.sql(`update organization set parent_id = $2 where id = $1`, [node, parent]);
      return 'organization moved';
    }
    case 13: {
      // A need moves along its workflow, is deleted or restored, changes its organization or its day.
      const [need] = await app.sql<{ id: string; status: string }>(
        `select id, status from need_request order by random() limit 1`,
      );
      const next: Record<string, string> = { OPEN: 'MATCHED', MATCHED: 'IN_PROGRESS', IN_PROGRESS: 'FULFILLED' };
      const how = r.int(0, 2);
      if (how === 0 && next[need.status])
        await app.sql(
          `update need_request set status = $2, matched_project_id = coalesce(matched_project_id, $3) where id = $1`,
          [need.id, next[need.status], r.pick(w.projects)],
        );
      else if (how === 0) await soft('need_request');
      else if (how === 1)
        await app.sql(`update need_request set raised_by_id = $2 where id = $1`, [need.id, r.pick(w.orgs).id]);
      else await app.sql(`update need_request set created_at = $2 where id = $1`, [need.id, stamp(r)]);
      return 'need';
    }
    case 14: {
      const id = await one('evaluation');
      const how = r.int(0, 2);
      if (how === 0) await app.sql(`update evaluation set score = $2 where id = $1`, [id, r.int(0, 100)]);
      else if (how === 1) await soft('evaluation');
      else
        await app.sql(`update evaluation set evaluated_on = $2, project_id = $3 where id = $1`, [
          id,
          day(r),
          r.pick(w.projects),
        ]);
      return 'evaluation';
    }
    default:
      await soft('service_record');
      return 'service record delete/restore';
  }
}
