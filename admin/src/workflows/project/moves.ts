import type { ProjectMove } from '../../data/domain/project-actions';

/**
 * The buttons each project status offers, in the order shown: the project lifecycle of docs/api.md
 * (项目状态流转). The API is the authority (it answers CONFLICT with the allowed moves when the status has
 * changed meanwhile); this only keeps buttons for impossible moves off the screen.
 */
export const MOVES_FROM: Record<string, ProjectMove[]> = {
  DRAFT: ['submit', 'cancel'],
  SUBMITTED: ['approve', 'reject', 'cancel'],
  APPROVED: ['activate', 'cancel'],
  REJECTED: ['revise', 'cancel'],
  ACTIVE: ['complete', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Moves that ask for a comment; true when it is required. */
export const COMMENT: Partial<Record<ProjectMove, boolean>> = { approve: false, reject: true, cancel: true };
