/**
 * The additive measures of the summaries, in their column order (report_node_month, report_node_day,
 * report_month…; src/db/schema and the migrations that made the tables). PERSON_MEASURES are about one
 * person (they split by gender, age band and beneficiary category); the rest are about classes,
 * evaluations and needs, which a person grouping does not split. The last two count needs, which are
 * raised by an organization rather than within a project.
 *
 * Every reader maps these columns to report components by name (`measureKey`: att_rows → attRows), and the
 * components' type is derived from this list, so a measure added here is read wherever the summaries are.
 */
export const PERSON_MEASURES = [
  'attended',
  'att_rows',
  'records',
  'minutes',
  'enrollments',
  'fee_fen',
  'subsidy_fen',
  'payable_fen',
  'waitlisted',
] as const;
export const NODE_MEASURES = [
  ...PERSON_MEASURES,
  'sessions_held',
  'capacity',
  'class_enrolled',
  'evaluations',
  'score_sum',
  'needs_open',
  'needs_fulfilled',
] as const;
export type NodeMeasure = (typeof NODE_MEASURES)[number];

/** The measures of projects' facts: the node measures without the needs (the lean totals and node days). */
export type FactMeasure = Exclude<NodeMeasure, 'needs_open' | 'needs_fulfilled'>;
export const FACT_MEASURES = NODE_MEASURES.filter((m): m is FactMeasure => !m.startsWith('needs_'));

/** snake_case → camelCase, as a type. */
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
export type MeasureKey = Camel<NodeMeasure>;
/** Component names of the measures about one person: zero, not null, in a person grouping's cells. */
export type PersonKey = Camel<(typeof PERSON_MEASURES)[number]>;

/** A measure's component name: its column in camelCase. */
export const measureKey = <M extends NodeMeasure>(m: M): Camel<M> =>
  m.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as Camel<M>;

/** The `measures` of a summary row (numeric columns named as the measures; null → 0) as components. */
export function measuresOf(
  row: Record<string, unknown>,
  measures: readonly NodeMeasure[],
): Partial<Record<MeasureKey, number>> {
  const out: Partial<Record<MeasureKey, number>> = {};
  for (const m of measures) out[measureKey(m)] = Number(row[m] ?? 0);
  return out;
}
