/**
 * The additive measures of the node summaries (report_node_month, report_node_day…), in their column
 * order. The first fourteen are facts of projects; the last two count needs, which are raised by an
 * organization rather than within a project.
 */
export const NODE_MEASURES = [
  'attended',
  'att_rows',
  'records',
  'minutes',
  'enrollments',
  'fee_fen',
  'subsidy_fen',
  'payable_fen',
  'waitlisted',
  'sessions_held',
  'capacity',
  'class_enrolled',
  'evaluations',
  'score_sum',
  'needs_open',
  'needs_fulfilled',
];

/** The measures of projects' facts: the node measures without the needs (the lean totals and node days). */
export const FACT_MEASURES = NODE_MEASURES.filter((m) => m !== 'needs_open' && m !== 'needs_fulfilled');
