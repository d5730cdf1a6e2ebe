import { declareViews } from './declared';
import { reportFactView, reportPersonFactView } from './report-facts.sql';

/**
 * The facts every report summary is computed from, generated from their model (model/facts.ts through
 * report-facts.sql.ts). report_fact: every measure per project × day × person attributes (attendance, service
 * records, enrollments, waitlist, sessions held, class places, evaluations); report_person_fact: who was
 * served on which day (attended or a service record). The full rebuild reads these views; the fold reads the
 * same sources restricted to its queued keys (report_flush_keys).
 */
export const views = declareViews([reportFactView(), reportPersonFactView()]);
