import { gql } from '@apollo/client';
import { runMutation } from './call';

/** 需求清单: OPEN → MATCHED → IN_PROGRESS → FULFILLED, or CLOSED with a reason from any open state. */
export type NeedMove = 'match' | 'start' | 'fulfill' | 'close';

const MOVES = {
  match: gql`
    mutation ($id: ID!, $projectId: ID!, $expectedVersion: Int) {
      need: matchNeedRequest(id: $id, projectId: $projectId, expectedVersion: $expectedVersion) {
        id
        status
        version
      }
    }
  `,
  start: gql`
    mutation ($id: ID!, $expectedVersion: Int) {
      need: startNeedRequest(id: $id, expectedVersion: $expectedVersion) {
        id
        status
        version
      }
    }
  `,
  fulfill: gql`
    mutation ($id: ID!, $note: String, $expectedVersion: Int) {
      need: fulfillNeedRequest(id: $id, note: $note, expectedVersion: $expectedVersion) {
        id
        status
        version
      }
    }
  `,
  close: gql`
    mutation ($id: ID!, $note: String!, $expectedVersion: Int) {
      need: closeNeedRequest(id: $id, note: $note, expectedVersion: $expectedVersion) {
        id
        status
        version
      }
    }
  `,
};

export const needActions = {
  async moveNeed(
    move: NeedMove,
    id: string,
    args: { projectId?: string; note?: string | null; expectedVersion?: number | null },
  ): Promise<void> {
    await runMutation(MOVES[move], { id, ...args });
  },
};
