import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { LocalDate } from '../../common/crud/scalars';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { classSessionResource } from './class-session.resource';
import { cancelClassSession } from './class-session.service';
import { generateClassSessions } from './session-generation.service';
import { SessionGeneration } from './session-generation.types';

const SessionType = () => objectTypeOf(classSessionResource as unknown as ResourceSpec);

/** 生成课次 and 停课: thin mappings onto session-generation.service.ts and class-session.service.ts. */
@Resolver()
export class ClassSessionResolver {
  @Mutation(() => SessionGeneration, {
    description:
      'Turns the class schedule (startsOn..endsOn, weekdays, dailyStart–dailyEnd) into sessions, skipping skipDates. ' +
      'preview: true writes nothing. Never duplicates; sessions no longer on the schedule are soft-deleted unless ' +
      'they have attendance. At most 1000 sessions; a cancelled class is refused.',
  })
  generateClassSessions(
    @Arg('classId', () => ID) classId: string,
    @Arg('preview') preview: boolean,
    @Arg('skipDates', () => [LocalDate], { nullable: true, description: 'Dates without a meeting (holidays)' })
    skipDates: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return generateClassSessions(ctx, classId, preview, skipDates);
  }

  @Mutation(SessionType, {
    description:
      'A session → CANCELLED with a reason; its attendance is kept. Twice, or once its attendance is verified → CONFLICT',
  })
  cancelClassSession(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return cancelClassSession(ctx, id, reason);
  }
}
