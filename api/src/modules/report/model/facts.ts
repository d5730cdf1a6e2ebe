import type { FactMeasure } from '../report.measures';

/**
 * Every fact the report summaries are computed from, declared once (issue 19 item 1, the facts' half): each
 * source with its tables and joins, its liveness rule (soft delete, cancelled sessions and classes, the
 * enrollment statuses that count), its project, its day, the person it is about and the measures it adds.
 * From this list come the fact views (report_fact, report_person_fact: the full rebuild reads them) and the
 * keyed restatements the fold recomputes queued keys with (src/db/schema/report-facts.sql.ts), so a rule
 * changed here changes both, and the functions that queue the keys a raw change touches (report_mark_<table>,
 * from the joins without their liveness: a row that dies must still queue its keys).
 */
export type { FactMeasure };

/** How a source's day is found: a date column, or an instant read as a China date. */
export type DayColumn = { date: string } | { instant: string };

/** A table joined to a source's rows (inner join): the join's condition, and the joined row's liveness. */
export interface Join {
  table: string;
  alias: string;
  on: string;
  live?: string;
}

export interface FactSource {
  name: string;
  /** The table with one row per fact, and its alias. */
  table: string;
  alias: string;
  joins: Join[];
  /** Liveness of the source's own rows (and the statuses that count). */
  where: string;
  /** The project the fact belongs to. */
  project: string;
  day: DayColumn;
  /** The person the fact is about: their id and the alias of their beneficiary row (null: not about a person). */
  person: { id: string; row: string } | null;
  /** The measures it adds, as SQL (a condition counts as 1 where it holds); the others are 0. */
  measures: Partial<Record<FactMeasure, string>>;
  /**
   * When set, the person was served on that day (a person-time) where this holds (`true`: always): the source
   * feeds `report_person_fact`.
   */
  served?: string | true;
  /** Tables a measure reads in a subquery, and how they reach the source's rows: their changes queue its keys. */
  reads?: Join[];
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

const PRESENT = `a.status in ('PRESENT','LATE')`;
const ENROLLED = `e.status in ('ENROLLED','COMPLETED')`;
const LIVE = (alias: string) => `${alias}.deleted_at is null`;
const CLASS_OF = (alias: string): Join => ({
  table: 'service_class',
  alias: 'c',
  on: `c.id = ${alias}.class_id`,
  live: LIVE('c'),
});
const PERSON_OF = (alias: string): Join => ({
  table: 'beneficiary',
  alias: 'b',
  on: `b.id = ${alias}.beneficiary_id`,
  live: LIVE('b'),
});

export const FACT_SOURCES: readonly FactSource[] = [
  {
    name: 'attendance',
    table: 'attendance',
    alias: 'a',
    joins: [
      {
        table: 'class_session',
        alias: 's',
        on: 's.id = a.session_id',
        live: `${LIVE('s')} and s.status <> 'CANCELLED'`,
      },
      CLASS_OF('s'),
      { table: 'enrollment', alias: 'e', on: 'e.id = a.enrollment_id', live: LIVE('e') },
      PERSON_OF('e'),
    ],
    where: LIVE('a'),
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
    table: 'service_record',
    alias: 'r',
    joins: [PERSON_OF('r')],
    where: LIVE('r'),
    project: 'r.project_id',
    day: { instant: 'r.occurred_at' },
    person: { id: 'r.beneficiary_id', row: 'b' },
    measures: { records: '1', minutes: 'r.minutes' },
    served: true,
  },
  {
    name: 'enrollment',
    table: 'enrollment',
    alias: 'e',
    joins: [CLASS_OF('e'), PERSON_OF('e')],
    where: `${LIVE('e')} and ${ENROLLED}`,
    project: 'c.project_id',
    day: { instant: 'coalesce(e.enrolled_at, e.created_at)' },
    person: { id: 'e.beneficiary_id', row: 'b' },
    measures: { enrollments: '1', fee_fen: 'e.fee_fen', subsidy_fen: 'e.subsidy_fen', payable_fen: 'e.payable_fen' },
  },
  {
    name: 'waitlist',
    table: 'enrollment',
    alias: 'e',
    joins: [CLASS_OF('e'), PERSON_OF('e')],
    where: `${LIVE('e')} and e.status = 'WAITLISTED'`,
    project: 'c.project_id',
    day: { instant: 'e.created_at' },
    person: { id: 'e.beneficiary_id', row: 'b' },
    measures: { waitlisted: '1' },
  },
  {
    name: 'session held',
    table: 'class_session',
    alias: 's',
    joins: [CLASS_OF('s')],
    where: `${LIVE('s')} and s.status = 'HELD'`,
    project: 'c.project_id',
    day: { date: 's.date' },
    person: null,
    measures: { sessions_held: '1' },
  },
  {
    name: 'class places',
    table: 'service_class',
    alias: 'c',
    joins: [],
    where: `${LIVE('c')} and c.status <> 'CANCELLED'`,
    project: 'c.project_id',
    day: { date: 'c.starts_on' },
    person: null,
    measures: {
      capacity: 'c.capacity',
      class_enrolled: `(select count(*)::int from enrollment e join beneficiary b on b.id = e.beneficiary_id and ${LIVE('b')}
         where e.class_id = c.id and ${LIVE('e')} and ${ENROLLED})`,
    },
    reads: [
      { table: 'enrollment', alias: 'e', on: 'e.class_id = c.id' },
      { table: 'beneficiary', alias: 'b', on: 'b.id = e.beneficiary_id' },
    ],
  },
  {
    name: 'evaluation',
    table: 'evaluation',
    alias: 'e',
    joins: [],
    where: LIVE('e'),
    project: 'e.project_id',
    day: { date: 'e.evaluated_on' },
    person: null,
    measures: { evaluations: '1', score_sum: 'e.score' },
  },
];

/**
 * How a table's changes queue keys, where not every change can: a person's update matters only when what the
 * facts read of them changes (their attributes, their liveness), and a new person has no facts yet.
 */
export const CHANGES: Record<string, { events: ('INSERT' | 'UPDATE' | 'DELETE')[]; watch?: string[] }> = {
  beneficiary: { events: ['UPDATE'], watch: ['gender', 'birth_date', 'categories', 'deleted_at is null'] },
};

/**
 * Needs (需求) are raised by an organization, not within a project: counted per organization × China month ×
 * category (report_need_month), queued by organization and month (report_dirty_need).
 */
export interface NeedFact {
  table: string;
  alias: string;
  where: string;
  organization: string;
  /** The instant whose China month the need counts in. */
  at: string;
  category: string;
  measures: Record<'needs_open' | 'needs_fulfilled', string>;
}

export const NEED_FACT: NeedFact = {
  table: 'need_request',
  alias: 'nr',
  where: LIVE('nr'),
  organization: 'nr.raised_by_id',
  at: 'nr.created_at',
  category: 'nr.category',
  measures: {
    needs_open: `nr.status in ('OPEN', 'MATCHED', 'IN_PROGRESS')`,
    needs_fulfilled: `nr.status = 'FULFILLED'`,
  },
};
