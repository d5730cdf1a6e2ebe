import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { settlement } from './settlement.service';
import { Settlement } from './settlement.types';

@Resolver()
export class SettlementResolver {
  @Query(() => Settlement, {
    description:
      'Monthly settlement of a project with its operator: verified attendance days × fee, split into the ' +
      "sponsor's and the families' shares. Also as .xlsx: GET /exports/settlement.xlsx?projectId=…&month=YYYY-MM",
  })
  settlement(@Arg('projectId', () => ID) projectId: string, @Arg('month') month: string, @Ctx() ctx: Context) {
    return settlement(ctx, projectId, month);
  }
}
