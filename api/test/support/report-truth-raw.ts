import type { TestApp } from './test-app';

/** Raw rows for the report's ground truth: plain SQL, dates as China-date strings. */
export type Raw = Record<string, Record<string, unknown>[]>;

export async function loadRaw(app: TestApp): Promise<Raw> {
  const q = (s: string) => app.sql<Record<string, unknown>>(s);
  const D = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;
  const Z = (c: string) => `to_char(${c} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  return {
    orgs: await q(`select id, parent_id from organization`),
    projects: await q(`select id, category, operator_id, sponsor_id, deleted_at is null live from service_project`),
    people: await q(
      `select id, gender, ${D('birth_date')} birth, categories, deleted_at is null live from beneficiary`,
    ),
    classes: await q(
      `select id, project_id, capacity, ${D('starts_on')} starts_on, status, deleted_at is null live from service_class`,
    ),
    sessions: await q(
      `select id, class_id, ${D('date')} as date, starts_at::text s, ends_at::text e, status, deleted_at is null live from class_session`,
    ),
    enrollments: await q(`select id, class_id, beneficiary_id, status, fee_fen, subsidy_fen, payable_fen,
      ${Z('coalesce(enrolled_at, created_at)')} eday, ${Z('created_at')} cday, deleted_at is null live from enrollment`),
    attendance: await q(`select session_id, enrollment_id, status, deleted_at is null live from attendance`),
    records: await q(
      `select beneficiary_id, project_id, ${Z('occurred_at')} as day, minutes, deleted_at is null live from service_record`,
    ),
    needs: await q(
      `select raised_by_id, category, status, matched_project_id, ${Z('created_at')} as day, deleted_at is null live from need_request`,
    ),
    evaluations: await q(
      `select project_id, ${D('evaluated_on')} as day, score, deleted_at is null live from evaluation`,
    ),
  };
}

export type Figures = Record<string, number | null>;

export function toFigures(a: Record<string, number>, people: number, person: boolean): Figures {
  const v = (k: string) => a[k] ?? 0;
  const cls = (x: number | null) => (person ? null : x);
  const rate = (n: number, d: number) => (d ? Math.round((n * 10000) / d) : null);
  return {
    peopleServed: people,
    enrollments: v('enrollments'),
    personTimes: v('attended') + v('records'),
    attendancePersonTimes: v('attended'),
    serviceRecordPersonTimes: v('records'),
    serviceMinutes: v('minutes'),
    feeTotalFen: v('feeFen'),
    subsidyTotalFen: v('subsidyFen'),
    familyPaidFen: v('payableFen'),
    attendanceRows: v('attRows'),
    attendanceRateBp: rate(v('attended'), v('attRows')),
    waitlisted: v('waitlisted'),
    sessionsHeld: cls(v('sessionsHeld')),
    capacity: cls(v('capacity')),
    enrolledInClasses: cls(v('classEnrolled')),
    fillRateBp: person ? null : rate(v('classEnrolled'), v('capacity')),
    needsOpen: cls(v('needsOpen')),
    needsFulfilled: cls(v('needsFulfilled')),
    evaluations: cls(v('evaluations')),
    averageScore: person || !v('evaluations') ? null : Math.round((v('scoreSum') * 100) / v('evaluations')) / 100,
  };
}

export const FIGURES = [
  'peopleServed',
  'enrollments',
  'personTimes',
  'attendancePersonTimes',
  'serviceRecordPersonTimes',
  'sessionsHeld',
  'serviceMinutes',
  'feeTotalFen',
  'subsidyTotalFen',
  'familyPaidFen',
  'capacity',
  'enrolledInClasses',
  'fillRateBp',
  'attendanceRows',
  'attendanceRateBp',
  'waitlisted',
  'needsOpen',
  'needsFulfilled',
  'evaluations',
  'averageScore',
];

/** A cell with nothing in it (rows the summaries may keep for an empty key). */
export const isEmpty = (f: Figures): boolean => FIGURES.every((k) => !f[k]);
