import {
  measureKey,
  NODE_MEASURES,
  PERSON_MEASURES,
  type MeasureKey,
  type NodeMeasure,
  type PersonKey,
} from '../report.measures';

/**
 * The components every figure of a report is computed from: one per summary measure (report.measures.ts,
 * named in camelCase), and the distinct people. The measures add up across the cells of any grouping;
 * `people` does not. Rates are computed from their components, never averaged. The measures not about one
 * person (classes, evaluations, needs) are null in person groupings (gender, age band, beneficiary category).
 */
export type Components = { people: number | null } & Record<PersonKey, number> &
  Record<Exclude<MeasureKey, PersonKey>, number | null>;

const PERSON: ReadonlySet<NodeMeasure> = new Set(PERSON_MEASURES);

export function emptyComponents(personLevelOnly: boolean): Components {
  const z = personLevelOnly ? null : 0;
  const out: Record<string, number | null> = { people: 0 };
  for (const m of NODE_MEASURES) out[measureKey(m)] = PERSON.has(m) ? 0 : z;
  return out as Components;
}
