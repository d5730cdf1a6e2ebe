import { enumLabels } from '../../common/enums';
import { conflict, type AppError } from '../../common/errors';
import { ProjectStatus } from './project.enums';

/**
 * The project lifecycle (项目状态流转), the one table the services obey:
 *
 *   DRAFT → SUBMITTED → APPROVED → ACTIVE → COMPLETED
 *               ↓
 *           REJECTED → DRAFT (revise, then submit again)
 *   and CANCELLED from any state but COMPLETED and CANCELLED.
 *
 * The database refuses every other change of `service_project.status` by itself (the trigger
 * `service_project_status_transition` of the lifecycle migration holds the same list), so a direct
 * SQL update cannot skip approval either. A test compares the two over all 49 pairs.
 */
export const PROJECT_MOVES: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  DRAFT: [ProjectStatus.SUBMITTED, ProjectStatus.CANCELLED],
  SUBMITTED: [ProjectStatus.APPROVED, ProjectStatus.REJECTED, ProjectStatus.CANCELLED],
  APPROVED: [ProjectStatus.ACTIVE, ProjectStatus.CANCELLED],
  REJECTED: [ProjectStatus.DRAFT, ProjectStatus.CANCELLED],
  ACTIVE: [ProjectStatus.COMPLETED, ProjectStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

export const canMove = (from: ProjectStatus, to: ProjectStatus): boolean => PROJECT_MOVES[from].includes(to);

/** The Chinese label of a status (草稿, 待审批 …), as the console shows it. */
export const statusLabel = (s: ProjectStatus): string => enumLabels.get('ProjectStatus')?.[s]?.[0] ?? s;

/** What each action is called in messages, by the status it leads to. */
const ACTION: Record<ProjectStatus, string> = {
  DRAFT: '退回修改',
  SUBMITTED: '提交审批',
  APPROVED: '批准',
  REJECTED: '驳回',
  ACTIVE: '启动实施',
  COMPLETED: '结项',
  CANCELLED: '取消',
};

/**
 * An illegal move is a CONFLICT (the request is well formed; the project's state does not allow it),
 * like withdrawing an enrollment twice. `extensions.status` and `allowed` let a client explain it.
 */
export function illegalMove(from: ProjectStatus, to: ProjectStatus): AppError {
  const allowed = PROJECT_MOVES[from];
  const hint = allowed.length
    ? `当前只能${allowed.map((s) => `“${ACTION[s]}”`).join('或')}`
    : '该状态为终态，不能再变更';
  return conflict(`项目当前状态为“${statusLabel(from)}”，不能${ACTION[to]}；${hint}`, {
    status: from,
    requested: to,
    allowed,
  });
}

export function assertMove(from: ProjectStatus, to: ProjectStatus): void {
  if (!canMove(from, to)) throw illegalMove(from, to);
}

/**
 * Days the approver organization has to decide, counted from the day of submission (China time).
 * A week: the unions' practice is to answer a lower level's request within five working days, and
 * seven calendar days always contain five working days (outside the long public holidays).
 */
export const APPROVAL_DUE_DAYS = 7;

/** Today's date in China (UTC+8 all year, no daylight saving), as 'YYYY-MM-DD'. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
