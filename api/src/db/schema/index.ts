import type { DeclaredObject } from './declared';
import { integrityFunctions } from './integrity.functions';
import { liveCountFunctions } from './live-count.functions';
import { reportDerivedFunctions } from './report-derived.functions';
import { reportFlushFunctions } from './report-flush.functions';
import { reportHelperFunctions } from './report-helpers.functions';
import { reportKeyFunctions } from './report-keys.functions';
import { reportMarkFunctions } from './report-marks.functions';
import { reportMemberFunctions } from './report-members.functions';
import { reportVisitFunctions } from './report-visits.functions';
import { views } from './report-facts.views';
import { triggers } from './triggers';

/** Every declared object in the order they are created: functions, then the views, then the triggers. */
export const declaredObjects: DeclaredObject[] = [
  ...integrityFunctions,
  ...liveCountFunctions,
  ...reportHelperFunctions,
  ...reportKeyFunctions,
  ...reportMarkFunctions,
  ...reportFlushFunctions,
  ...reportMemberFunctions,
  ...reportDerivedFunctions,
  ...reportVisitFunctions,
  ...views,
  ...triggers,
];
