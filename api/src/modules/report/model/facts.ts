import { FACT_MEASURES } from '../report.measures';

/**
 * Every fact the report summaries are computed from, declared once (issue 19 item 1, the facts' half): each
 * source with its tables and joins, its liveness rule (soft delete, cancelled sessions and classes, the
 * enrollment statuses that count), its project, its day, the person it is about and the measures it adds.
 * From this list come the fact views (report_fact, report_person_fact: the full rebuild reads them) and the
 * keyed restatements the fold recomputes queued keys with (src/db/schema/report-facts.sql.ts), so a rule
 * changed here changes both. Which raw change queues which key (report-marks.functions.ts) is still written
 * by hand.
 */
export type FactMeasure = (typeof FACT_MEASURES)[number];

/** How a source's day is found: a date column, or an instant read as a China date. */
export type DayColumn = { date: string } | { instant: string };

export interface FactSource {
  name: string;
  /** `from` and inner joins; liveness of joined rows stated in their `on`. */
  from: string;
  /** Liveness of the source's own rows. */
  where: string;
  /** The project the fact belongs to. */
  project: string;
  day: DayColumn;
  /** The person the fact is about: their id and the alias of their beneficiary row (null: not about a person). */
  person: { id: string; row: string } | null;
  /** The measures it adds, as SQL (a condition counts as 1 where it holds); the others are 0. */
  measures: Partial<Record<FactMeasure, string>>;
  /** An evaluation (a project-level fact, not about a person). */
  evaluation?: true;
  /**
   * When set, the person was served on that day (a person-time) where this holds (`true`: always): the source
   * feeds `report_person_fact`.
   */
  served?: string | true;
}

/** Measures that may pass 2³¹ (money in fen, minutes, places): bigint in the facts; the others int. */
export const BIGINT_MEASURES: ReadonlySet<FactMeasure> = new Set([
  'minutes',
  'fee_fen',
  'subsidy_fen',
  'payable_fen',
  'capacity',
  'score_sum',
]);

const LIVE_SESSION = `s.deleted_at is null and s.status <> 'CANCELLED'`;
const PRESENT = `a.status in ('PRESENT','LATE')`;
const ENROLLED = `e.status in ('ENROLLED','COMPLETED')`;
const PERSON_OF_ENROLLMENT = 'join beneficiary b on b.id = e.beneficiary_id and b.deleted_at is null';

export const FACT_SOURCES: readonly FactSource[] = [
  {
    name: 'attendance',
    from: `attendance a
  join class_session s on s.id = a.session_id and ${LIVE_SESSION}
  join service_class c on c.id = s.class_id and c.deleted_at is null
  join enrollment e on e.id = a.enrollment_id and e.deleted_at is null
  ${PERSON_OF_ENROLLMENT}`,
    where: 'a.deleted_at is null',
    project: 'c.project_id',
    day: { date: 's.date' },
    person: { id: 'e.beneficiary_id', row: 'b' },
    measures: {
      attended: PRESENT,
      att_rows: '1',
      minutes: `case when ${PRESENT} then (extract(epoch from s.ends_at - s.starts_at) / 60)::bigint else 0 end`,
    },
    served: PRESENT,
  },
  {
    name: 'service record',
    from: 'service_record r join beneficiary b on b.id = r.beneficiary_id and b.deleted_at is null',
    where: 'r.deleted_at is null',
    project: 'r.project_id',
    day: { instant: 'r.occurred_at' },
    person: { id: 'r.beneficiary_id', row: 'b' },
    measures: { records: '1', minutes: 'r.minutes' },
    served: true,
  },
  {
    name: 'enrollment',
    from: `enrollment e
  join service_class c on c.id = e.class_id and c.deleted_at is null
  ${PERSON_OF_ENROLLMENT}`,
    where: `e.deleted_at is null and ${ENROLLED}`,
    project: 'c.project_id',
    day: { instant: 'coalesce(e.enrolled_at, e.created_at)' },
    person: { id: 'e.beneficiary_id', row: 'b' },
    measures: { enrollments: '1', fee_fen: 'e.fee_fen', subsidy_fen: 'e.subsidy_fen', payable_fen: 'e.payable_fen' },
  },
  {
    name: 'waitlist',
    from: `enrollment e
  join service_class c on c.id = e.class_id and c.deleted_at is null
  ${PERSON_OF_ENROLLMENT}`,
    where: `e.deleted_at is null and e.status = 'WAITLISTED'`,
    project: 'c.project_id',
    day: { instant: 'e.created_at' },
    person: { id: 'e.beneficiary_id', row: 'b' },
    measures: { waitlisted: '1' },
  },
  {
    name: 'session held',
    from: 'class_session s join service_class c on c.id = s.class_id and c.deleted_at is null',
    where: `s.deleted_at is null and s.status = 'HELD'`,
    project: 'c.project_id',
    day: { date: 's.date' },
    person: null,
    measures: { sessions_held: '1' },
  },
  {
    name: 'class places',
    from: 'service_class c',
    where: `c.deleted_at is null and c.status <> 'CANCELLED'`,
    project: 'c.project_id',
    day: { date: 'c.starts_on' },
    person: null,
    measures: {
      capacity: 'c.capacity',
      class_enrolled: `(select count(*)::int from enrollment e ${PERSON_OF_ENROLLMENT}
         where e.class_id = c.id and e.deleted_at is null and ${ENROLLED})`,
    },
  },
  {
    name: 'evaluation',
    from: 'evaluation e',
    where: 'e.deleted_at is null',
    project: 'e.project_id',
    day: { date: 'e.evaluated_on' },
    person: null,
    measures: { evaluations: '1', score_sum: 'e.score' },
    evaluation: true,
  },
];
