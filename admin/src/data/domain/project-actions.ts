import { gql } from '@apollo/client';
import { runMutation, runQuery } from './call';

/** 审批 and 项目状态流转: the approval inbox, the lifecycle moves, a project's rollup and its settlement. */
export interface PendingApproval {
  id: string;
  projectId: string;
  dueOn: string;
  createdAt: string;
  approverOrganization: { id: string; name: string } | null;
  project: {
    id: string;
    name: string;
    category: string;
    budgetFen: number | null;
    startsOn: string;
    sponsor: { id: string; name: string } | null;
  } | null;
}

export interface ProjectOverview {
  id: string;
  status: string;
  version: number;
  rollup: {
    subProjects: number;
    classes: number;
    capacity: number;
    enrolled: number;
    waitlisted: number;
    budgetFen: number;
    sessionsHeld: number;
  };
  evaluationSummary: {
    count: number;
    averageScore: number | null;
    averageSatisfactionBp: number | null;
    lastEvaluatedOn: string | null;
  };
}

export interface SettlementLine {
  classId: string;
  className: string;
  feePerDayFen: number;
  verifiedSessions: number;
  pendingSessions: number;
  people: number;
  attendanceDays: number;
  feeFen: number;
  sponsorFen: number;
  familyFen: number;
}
export interface Settlement {
  projectName: string;
  sponsorName: string | null;
  operatorName: string | null;
  month: string;
  from: string;
  to: string;
  lines: SettlementLine[];
  total: SettlementLine;
}

/** The lifecycle moves by name (the mutations take the project id, some a comment or a version). */
export type ProjectMove = 'submit' | 'revise' | 'activate' | 'complete' | 'cancel' | 'approve' | 'reject';

const LINE =
  'classId className feePerDayFen verifiedSessions pendingSessions people attendanceDays feeFen sponsorFen familyFen';

const MOVES: Record<ProjectMove, ReturnType<typeof gql>> = {
  submit: gql`
    mutation ($id: ID!, $expectedVersion: Int) {
      project: submitServiceProject(id: $id, expectedVersion: $expectedVersion) {
        id
        status
        version
      }
    }
  `,
  revise: gql`
    mutation ($id: ID!) {
      project: reviseServiceProject(id: $id) {
        id
        status
        version
      }
    }
  `,
  activate: gql`
    mutation ($id: ID!) {
      project: activateServiceProject(id: $id) {
        id
        status
        version
      }
    }
  `,
  complete: gql`
    mutation ($id: ID!) {
      project: completeServiceProject(id: $id) {
        id
        status
        version
      }
    }
  `,
  cancel: gql`
    mutation ($id: ID!, $comment: String) {
      project: cancelServiceProject(id: $id, comment: $comment) {
        id
        status
        version
      }
    }
  `,
  approve: gql`
    mutation ($id: ID!, $comment: String) {
      project: approveServiceProject(id: $id, comment: $comment) {
        id
        status
        version
      }
    }
  `,
  reject: gql`
    mutation ($id: ID!, $comment: String!) {
      project: rejectServiceProject(id: $id, comment: $comment) {
        id
        status
        version
      }
    }
  `,
};

export const projectActions = {
  async pendingApprovals(skip: number, take: number): Promise<{ rows: PendingApproval[]; total: number }> {
    return runQuery(
      gql`
        query PendingApprovals($skip: Int, $take: Int) {
          rows: pendingApprovals(skip: $skip, take: $take) {
            id
            projectId
            dueOn
            createdAt
            approverOrganization {
              id
              name
            }
            project {
              id
              name
              category
              budgetFen
              startsOn
              sponsor {
                id
                name
              }
            }
          }
          total: pendingApprovalsCount
        }
      `,
      { skip, take },
    );
  },

  async moveProject(
    move: ProjectMove,
    id: string,
    args: { comment?: string | null; expectedVersion?: number | null } = {},
  ): Promise<{ id: string; status: string; version: number }> {
    const r = await runMutation<{ project: { id: string; status: string; version: number } }>(MOVES[move], {
      id,
      ...args,
    });
    return r.project;
  },

  async projectOverview(id: string): Promise<ProjectOverview | null> {
    const r = await runQuery<{ project: ProjectOverview | null }>(
      gql`
        query ProjectOverview($id: ID!) {
          project: serviceProject(id: $id) {
            id
            status
            version
            rollup {
              subProjects
              classes
              capacity
              enrolled
              waitlisted
              budgetFen
              sessionsHeld
            }
            evaluationSummary {
              count
              averageScore
              averageSatisfactionBp
              lastEvaluatedOn
            }
          }
        }
      `,
      { id },
    );
    return r.project;
  },

  async settlement(projectId: string, month: string): Promise<Settlement> {
    const r = await runQuery<{ settlement: Settlement }>(
      gql`
        query Settlement($projectId: ID!, $month: String!) {
          settlement(projectId: $projectId, month: $month) {
            projectName sponsorName operatorName month from to
            lines { ${LINE} }
            total { ${LINE} }
          }
        }
      `,
      { projectId, month },
    );
    return r.settlement;
  },
};
