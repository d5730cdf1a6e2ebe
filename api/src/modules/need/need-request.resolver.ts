import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { needRequestResource } from './need-request.resource';
import { moveNeedRequest } from './need-request.service';

const NeedType = () => objectTypeOf(needRequestResource as unknown as ResourceSpec);
const version = () => Arg('expectedVersion', () => Int, { nullable: true });

/** The moves of a need (需求清单); a move from the wrong status is a CONFLICT that names the status. */
@Resolver()
export class NeedRequestResolver {
  @Mutation(NeedType, { description: 'OPEN (or MATCHED, to change the project) → MATCHED to a project in scope' })
  matchNeedRequest(
    @Arg('id', () => ID) id: string,
    @Arg('projectId', () => ID) projectId: string,
    @version() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return moveNeedRequest(ctx, id, 'match', { projectId, expectedVersion });
  }

  @Mutation(NeedType, { description: 'MATCHED → IN_PROGRESS' })
  startNeedRequest(@Arg('id', () => ID) id: string, @version() expectedVersion: number | null, @Ctx() ctx: Context) {
    return moveNeedRequest(ctx, id, 'start', { expectedVersion });
  }

  @Mutation(NeedType, { description: 'IN_PROGRESS → FULFILLED, with an optional note on how it was met' })
  fulfillNeedRequest(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @version() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return moveNeedRequest(ctx, id, 'fulfill', { note, expectedVersion });
  }

  @Mutation(NeedType, { description: 'OPEN, MATCHED or IN_PROGRESS → CLOSED; the reason is required' })
  closeNeedRequest(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @version() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return moveNeedRequest(ctx, id, 'close', { note, expectedVersion });
  }
}
