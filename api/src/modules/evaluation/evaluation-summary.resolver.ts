import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { serviceProjectResource } from '../project/service-project.resource';
import { socialGroupResource } from '../social-group/social-group.resource';
import { EvaluationSummary, groupEvaluationSummaries, projectEvaluationSummaries } from './evaluation-summary';

@Resolver(() => objectTypeOf(socialGroupResource as unknown as ResourceSpec))
export class SocialGroupEvaluationResolver {
  @FieldResolver(() => EvaluationSummary, {
    description: 'Average score and count of the evaluations of the projects this group operates (承办项目评估)',
  })
  evaluationSummary(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('groupEvaluations', groupEvaluationSummaries).load(root.id);
  }
}

@Resolver(() => objectTypeOf(serviceProjectResource as unknown as ResourceSpec))
export class ProjectEvaluationResolver {
  @FieldResolver(() => EvaluationSummary, { description: 'Average score and count of this project’s evaluations' })
  evaluationSummary(@Root() root: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.computed('projectEvaluations', projectEvaluationSummaries).load(root.id);
  }
}
