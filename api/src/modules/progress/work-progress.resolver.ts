import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { readProgress } from './work-progress';

@ObjectType('WorkProgress', { description: 'Where a long piece of work started with a progressKey stands' })
export class WorkProgressView {
  @Field({ description: 'importRoster' }) kind!: string;
  @Field({ description: 'CHECKING, REGISTERING, ENROLLING, COMMITTING; then DONE or FAILED' }) phase!: string;
  @Field(() => Int, { description: 'How far the whole work is, 0–100' }) percent!: number;
  @Field(() => Int, { description: 'Rows being worked on' }) rows!: number;
  @Field() updatedAt!: Date;
}

@Resolver()
export class WorkProgressResolver {
  @Query(() => WorkProgressView, {
    nullable: true,
    description: 'Progress of the caller’s own work under the key it chose (null for an unknown key or another’s)',
  })
  async workProgress(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<WorkProgressView | null> {
    const row = await readProgress(ctx, key);
    return row && { kind: row.kind, phase: row.phase, percent: row.percent, rows: row.rows, updatedAt: row.updated_at };
  }
}
