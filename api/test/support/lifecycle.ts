import {
  LifecycleActivateDocument,
  LifecycleApproveDocument,
  LifecycleCancelDocument,
  LifecycleCompleteDocument,
  LifecycleRejectDocument,
  LifecycleReviseDocument,
  LifecycleSubmitDocument,
} from '../generated/operations';
import type { GqlResponse, TestApp } from './test-app';

/** The project actions as a client sends them, for the lifecycle tests. */
export type Status = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type Action = 'submit' | 'approve' | 'reject' | 'revise' | 'activate' | 'complete' | 'cancel';
export const STATUSES: Status[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];

/** One document per action, each answering `{ r: { id status version } }` (operations/test-support.graphql). */
export const MUTATIONS = {
  submit: LifecycleSubmitDocument,
  approve: LifecycleApproveDocument,
  reject: LifecycleRejectDocument,
  revise: LifecycleReviseDocument,
  activate: LifecycleActivateDocument,
  complete: LifecycleCompleteDocument,
  cancel: LifecycleCancelDocument,
} satisfies Record<Action, unknown>;

/** The action whose target is each status. */
export const ACTION_TO: Record<Status, Action> = {
  DRAFT: 'revise',
  SUBMITTED: 'submit',
  APPROVED: 'approve',
  REJECTED: 'reject',
  ACTIVE: 'activate',
  COMPLETED: 'complete',
  CANCELLED: 'cancel',
};

/** How a new project reaches each status through the API. */
export const PATH: Record<Status, Action[]> = {
  DRAFT: [],
  SUBMITTED: ['submit'],
  APPROVED: ['submit', 'approve'],
  REJECTED: ['submit', 'reject'],
  ACTIVE: ['submit', 'approve', 'activate'],
  COMPLETED: ['submit', 'approve', 'activate', 'complete'],
  CANCELLED: ['cancel'],
};

/** The statuses a project passes through from DRAFT to each status (for rows moved with SQL). */
export const STATUS_PATH: Record<string, Status[]> = {
  DRAFT: [],
  SUBMITTED: ['SUBMITTED'],
  APPROVED: ['SUBMITTED', 'APPROVED'],
  REJECTED: ['SUBMITTED', 'REJECTED'],
  ACTIVE: ['SUBMITTED', 'APPROVED', 'ACTIVE'],
  COMPLETED: ['SUBMITTED', 'APPROVED', 'ACTIVE', 'COMPLETED'],
  CANCELLED: ['CANCELLED'],
};

export type Result = GqlResponse<{ r: { id: string; status: Status; version: number } }>;

export function act(
  client: Pick<TestApp, 'gql'>,
  action: Action,
  id: string,
  extra: { c?: string | null; v?: number } = {},
): Promise<Result> {
  const vars = { id, ...(action === 'reject' ? { c: '材料不全，请补充' } : {}), ...extra };
  // Each action's variables are a subset of these; the union of documents takes them as one shape.
  return client.gql(MUTATIONS[action] as never, vars);
}

export const code = (res: GqlResponse<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;

/** A project row written with SQL (any status: inserts are not lifecycle moves). */
export async function insertProject(
  app: Pick<TestApp, 'sql'>,
  sponsorId: string,
  status: Status = 'DRAFT',
  parentId: string | null = null,
  budgetFen: number | null = null,
): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `insert into service_project (id, name, category, sponsor_id, parent_id, starts_on, ends_on, status, budget_fen)
     values (gen_random_uuid(), '测试项目', 'SUMMER_CARE', $1, $2, '2025-07-01', '2025-08-31', $3, $4) returning id`,
    [sponsorId, parentId, status, budgetFen],
  );
  return row.id;
}
