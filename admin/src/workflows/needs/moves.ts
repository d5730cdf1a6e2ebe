import type { NeedMove } from '../../data/domain/need-actions';

/** The need actions each status offers (需求清单: OPEN → MATCHED → IN_PROGRESS → FULFILLED, CLOSED from any open one). The API is the authority. */
export const NEED_MOVES_FROM: Record<string, NeedMove[]> = {
  OPEN: ['match', 'close'],
  MATCHED: ['start', 'match', 'close'],
  IN_PROGRESS: ['fulfill', 'close'],
  FULFILLED: [],
  CLOSED: [],
};
