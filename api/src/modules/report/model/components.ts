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
  enrollments: number;
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
  'enrollments',
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
    enrollments: 0,
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
