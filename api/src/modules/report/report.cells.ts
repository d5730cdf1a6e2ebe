/**
 * The components every figure of a report is computed from. Additive components add up across the cells of
 * any grouping; `people` (distinct) does not. Rates are computed from their components, never averaged.
 */
export interface Components {
  people: number | null;
  attended: number;
  attRows: number;
  records: number;
  minutes: number;
  enrolments: number;
  feeFen: number;
  subsidyFen: number;
  payableFen: number;
  waitlisted: number;
  /** Not about one person: null in person groupings (gender, age band, beneficiary category). */
  sessionsHeld: number | null;
  capacity: number | null;
  classEnrolled: number | null;
  needsOpen: number | null;
  needsFulfilled: number | null;
  evaluations: number | null;
  scoreSum: number | null;
}

export const ADDITIVE = [
  'attended',
  'attRows',
  'records',
  'minutes',
  'enrolments',
  'feeFen',
  'subsidyFen',
  'payableFen',
  'waitlisted',
] as const;
export const CLASS_LEVEL = ['sessionsHeld', 'capacity', 'classEnrolled'] as const;
export const NEEDS = ['needsOpen', 'needsFulfilled'] as const;
export const EVALUATIONS = ['evaluations', 'scoreSum'] as const;

export function emptyComponents(personLevelOnly: boolean): Components {
  const z = personLevelOnly ? null : 0;
  return {
    people: 0,
    attended: 0,
    attRows: 0,
    records: 0,
    minutes: 0,
    enrolments: 0,
    feeFen: 0,
    subsidyFen: 0,
    payableFen: 0,
    waitlisted: 0,
    sessionsHeld: z,
    capacity: z,
    classEnrolled: z,
    needsOpen: z,
    needsFulfilled: z,
    evaluations: z,
    scoreSum: z,
  };
}

const rate = (num: number | null, den: number | null): number | null =>
  num === null || den === null || den === 0 ? null : Math.round((num * 10000) / den);

/** A figure withheld from an analyst, and why (report.suppress.ts). */
export interface Withheld {
  figure: string;
  reason: 'SMALL_COUNT' | 'COMPLEMENTARY';
}

/** What a cell shows (GraphQL ReportCell and the export): null where a figure does not apply or is withheld. */
export interface CellFigures {
  /** The whole cell is withheld (every figure null). */
  suppressed: boolean;
  withheld: Withheld[];
  peopleServed: number | null;
  enrollments: number | null;
  personTimes: number | null;
  attendancePersonTimes: number | null;
  serviceRecordPersonTimes: number | null;
  sessionsHeld: number | null;
  serviceMinutes: number | null;
  feeTotalFen: number | null;
  subsidyTotalFen: number | null;
  familyPaidFen: number | null;
  capacity: number | null;
  enrolledInClasses: number | null;
  fillRateBp: number | null;
  attendanceRows: number | null;
  attendanceRateBp: number | null;
  waitlisted: number | null;
  needsOpen: number | null;
  needsFulfilled: number | null;
  evaluations: number | null;
  averageScore: number | null;
}

export function figures(c: Components): CellFigures {
  return {
    suppressed: false,
    withheld: [],
    peopleServed: c.people,
    enrollments: c.enrolments,
    personTimes: c.attended + c.records,
    attendancePersonTimes: c.attended,
    serviceRecordPersonTimes: c.records,
    sessionsHeld: c.sessionsHeld,
    serviceMinutes: c.minutes,
    feeTotalFen: c.feeFen,
    subsidyTotalFen: c.subsidyFen,
    familyPaidFen: c.payableFen,
    capacity: c.capacity,
    enrolledInClasses: c.classEnrolled,
    fillRateBp: rate(c.classEnrolled, c.capacity),
    attendanceRows: c.attRows,
    attendanceRateBp: rate(c.attended, c.attRows),
    waitlisted: c.waitlisted,
    needsOpen: c.needsOpen,
    needsFulfilled: c.needsFulfilled,
    evaluations: c.evaluations,
    averageScore: c.evaluations && c.scoreSum !== null ? Math.round((c.scoreSum * 100) / c.evaluations) / 100 : null,
  };
}

/** The figures of a cell, by name (everything but `suppressed` and `withheld`). */
export const FIGURE_NAMES = Object.keys(figures(emptyComponents(false))).filter(
  (k) => k !== 'suppressed' && k !== 'withheld',
) as Exclude<keyof CellFigures, 'suppressed' | 'withheld'>[];
