import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { isUuid } from '../../common/crud/paging';
import { notFound } from '../../common/errors';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { ServiceClass } from '../class/service-class.entity';
import { applicationRoundResource } from './application-round.resource';
import { ApplicationRound } from './application-round.entity';
import { applicationResource } from './application.resource';
import { applicationChoices, RoundClassInfo, roundClassInfos, roundIdsOfClass } from './round-fields';

const RoundType = () => objectTypeOf(applicationRoundResource as unknown as ResourceSpec);

/** A round's classes on its record, and the rounds of a class (the class page lists those it is drawn in). */
@Resolver(RoundType)
export class RoundClassesResolver {
  @FieldResolver(() => [RoundClassInfo], {
    description: 'The classes drawn in the round, A first: one, or several of one project drawn together',
  })
  classes(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('roundClasses', roundClassInfos).load(root.id);
  }

  @Query(() => [RoundType()], {
    description:
      'The rounds that draw a class, as their first class or one of several, newest first: those the caller may read. A class the caller may not read: NOT_FOUND',
  })
  async classApplicationRounds(@Arg('classId', () => ID) classId: string, @Ctx() ctx: Context) {
    // A class the caller may not read is answered as a missing one, as every domain query does.
    const cls = isUuid(classId) ? await ctx.em.findOne(ServiceClass, { id: classId }, { fields: ['id'] }) : null;
    if (!cls) throw notFound('ServiceClass', classId);
    const ids = await roundIdsOfClass(ctx.em, classId);
    if (!ids.length) return [];
    return ctx.em.find(ApplicationRound, { id: { $in: ids } }, { orderBy: { createdAt: 'DESC' }, limit: 100 });
  }
}

@Resolver(() => objectTypeOf(applicationResource as unknown as ResourceSpec))
export class ApplicationChoicesResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description: 'A round over several classes: the labels of the classes applied for, first choice first',
  })
  choices(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('applicationChoices', applicationChoices).load(root.id);
  }
}
