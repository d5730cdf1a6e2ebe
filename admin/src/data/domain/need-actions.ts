import {
  CloseNeedDocument,
  FulfillNeedDocument,
  MatchNeedDocument,
  StartNeedDocument,
} from '../../generated-api/operations';
import { runMutation } from './call';

/**
 * 需求清单: OPEN → MATCHED → IN_PROGRESS → FULFILLED, or CLOSED with a reason from any open state. The
 * documents are in operations/need.graphql.
 */
export type NeedMove = 'match' | 'start' | 'fulfill' | 'close';

export const needActions = {
  async moveNeed(
    move: NeedMove,
    id: string,
    args: { projectId?: string; note?: string | null; expectedVersion?: number | null },
  ): Promise<void> {
    // The dialog asks for the project of a match and the reason of a close (it cannot confirm without them);
    // were one missing, the API would refuse the call, as it always has.
    switch (move) {
      case 'match':
        await runMutation(MatchNeedDocument, { id, ...args, projectId: args.projectId! });
        return;
      case 'start':
        await runMutation(StartNeedDocument, { id, ...args });
        return;
      case 'fulfill':
        await runMutation(FulfillNeedDocument, { id, ...args });
        return;
      case 'close':
        await runMutation(CloseNeedDocument, { id, ...args, note: args.note! });
        return;
    }
  },
};
