import {
  ActivateProjectDocument,
  ApproveProjectDocument,
  CancelProjectDocument,
  CompleteProjectDocument,
  PendingApprovalsDocument,
  ProjectOverviewDocument,
  RejectProjectDocument,
  ReviseProjectDocument,
  SettlementDocument,
  SubmitProjectDocument,
  type PendingApprovalsQuery,
  type ProjectOverviewQuery,
  type SettlementQuery,
  type SubmitProjectMutation,
} from '../../generated-api/operations';
import { runMutation, runQuery } from './call';

/**
 * 审批 and 项目状态流转: the approval inbox, the lifecycle moves, a project's rollup and its settlement. The
 * documents are in operations/project.graphql; the types below name parts of their generated results.
 */
export type PendingApproval = PendingApprovalsQuery['rows'][number];
export type ProjectOverview = NonNullable<ProjectOverviewQuery['project']>;
export type Settlement = SettlementQuery['settlement'];
export type SettlementLine = Settlement['lines'][number];
/** What every lifecycle move answers (the same selection in each). */
export type MovedProject = SubmitProjectMutation['project'];

/** The lifecycle moves by name (the mutations take the project id, some a comment or a version). */
export type ProjectMove = 'submit' | 'revise' | 'activate' | 'complete' | 'cancel' | 'approve' | 'reject';

export const projectActions = {
  async pendingApprovals(skip: number, take: number): Promise<{ rows: PendingApproval[]; total: number }> {
    return runQuery(PendingApprovalsDocument, { skip, take });
  },

  async moveProject(
    move: ProjectMove,
    id: string,
    args: { comment?: string | null; expectedVersion?: number | null } = {},
  ): Promise<MovedProject> {
    const vars = { id, ...args };
    // Each mutation is sent the same variables as the others (the API ignores the ones it does not take).
    const r = await {
      submit: () => runMutation(SubmitProjectDocument, vars),
      revise: () => runMutation(ReviseProjectDocument, vars),
      activate: () => runMutation(ActivateProjectDocument, vars),
      complete: () => runMutation(CompleteProjectDocument, vars),
      cancel: () => runMutation(CancelProjectDocument, vars),
      approve: () => runMutation(ApproveProjectDocument, vars),
      // The dialog asks for the reason of a rejection; were it missing, the API would refuse the call.
      reject: () => runMutation(RejectProjectDocument, { ...vars, comment: args.comment! }),
    }[move]();
    return r.project;
  },

  async projectOverview(id: string): Promise<ProjectOverview | null> {
    const r = await runQuery(ProjectOverviewDocument, { id });
    return r.project;
  },

  async settlement(projectId: string, month: string): Promise<Settlement> {
    const r = await runQuery(SettlementDocument, { projectId, month });
    return r.settlement;
  },
};
