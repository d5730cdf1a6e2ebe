import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { SafeInt } from '../../common/crud/scalars';
import type { ResourceSpec } from '../../common/resource';
import type { Context } from '../../graphql/context';
import { approvalStepResource } from './approval-step.resource';
import { decideProject, pendingApprovals, pendingApprovalsCount } from './project-approval.service';
import { cancelProject, moveProject, projectSpec, submitProject } from './project-lifecycle.service';
import { loadRollups, type ProjectRollup as Rollup } from './project-rollup';
import { ApprovalDecision, ProjectStatus } from './project.enums';
import type { ServiceProject } from './service-project.entity';

const ProjectType = () => objectTypeOf(projectSpec);
const StepType = () => objectTypeOf(approvalStepResource as unknown as ResourceSpec);

@ObjectType('ProjectRollup', { description: '项目及其全部子项目汇总 / A project and all its sub-projects, summed' })
export class ProjectRollupType implements Rollup {
  @Field(() => Int, { description: '子项目数（各级） / Sub-projects at any depth' })
  subProjects!: number;

  @Field(() => Int, { description: '班级数（不含已取消） / Classes, not cancelled' })
  classes!: number;

  @Field(() => Int, { description: '招收名额合计 / Total capacity' })
  capacity!: number;

  @Field(() => Int, { description: '已报名人数合计 / Enrolled' })
  enrolled!: number;

  @Field(() => Int, { description: '候补人数合计 / Waitlisted' })
  waitlisted!: number;

  @Field(() => SafeInt, { description: '预算合计（分） / Budgets summed, in fen' })
  budgetFen!: number;

  @Field(() => Int, { description: '已开展课次 / Sessions held' })
  sessionsHeld!: number;
}

/** 项目状态流转 and 审批: thin mappings onto project-lifecycle.service.ts and project-approval.service.ts. */
@Resolver(ProjectType)
export class ProjectLifecycleResolver {
  @Mutation(ProjectType, {
    description:
      'DRAFT → SUBMITTED; creates a PENDING approval step for the sponsor’s parent organization (the sponsor itself ' +
      'at the top of the tree), due 7 days after submission. A stale expectedVersion → CONFLICT.',
  })
  submitServiceProject(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return submitProject(ctx, id, expectedVersion);
  }

  @Mutation(ProjectType, {
    description:
      'SUBMITTED → APPROVED, by staff of the approver organization or a platform admin (else FORBIDDEN). ' +
      'Records decider, time and comment on the step.',
  })
  approveServiceProject(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return decideProject(ctx, id, ApprovalDecision.APPROVED, comment);
  }

  @Mutation(ProjectType, { description: 'SUBMITTED → REJECTED, by the same deciders; the comment is required' })
  rejectServiceProject(@Arg('id', () => ID) id: string, @Arg('comment') comment: string, @Ctx() ctx: Context) {
    return decideProject(ctx, id, ApprovalDecision.REJECTED, comment);
  }

  @Mutation(ProjectType, { description: 'REJECTED → DRAFT, to be revised and submitted again' })
  reviseServiceProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return moveProject(ctx, id, ProjectStatus.DRAFT, 'revise');
  }

  @Mutation(ProjectType, { description: 'APPROVED → ACTIVE' })
  activateServiceProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return moveProject(ctx, id, ProjectStatus.ACTIVE, 'activate');
  }

  @Mutation(ProjectType, { description: 'ACTIVE → COMPLETED' })
  completeServiceProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return moveProject(ctx, id, ProjectStatus.COMPLETED, 'complete');
  }

  @Mutation(ProjectType, {
    description: 'Any state but COMPLETED or CANCELLED → CANCELLED; a pending approval step is closed as WITHDRAWN',
  })
  cancelServiceProject(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return cancelProject(ctx, id, comment);
  }

  @Query(() => [StepType()], {
    description: 'The PENDING approval steps the caller may decide, oldest due first (then id)',
  })
  pendingApprovals(
    @Arg('skip', () => Int, { nullable: true }) skip: number | null,
    @Arg('take', () => Int, { nullable: true, description: 'Default 25, at most 100' }) take: number | null,
    @Ctx() ctx: Context,
  ) {
    return pendingApprovals(ctx, skip, take);
  }

  @Query(() => Int, { description: 'How many approval steps the caller may decide' })
  pendingApprovalsCount(@Ctx() ctx: Context) {
    return pendingApprovalsCount(ctx);
  }

  @FieldResolver(() => ProjectRollupType, {
    description: 'The project and all its sub-projects (any depth) the caller may see, summed; one SQL per page',
  })
  rollup(@Root() project: ServiceProject, @Ctx() ctx: Context): Promise<Rollup> {
    return ctx.loaders.custom<Rollup>('projectRollup', (ids) => loadRollups(ctx.em, ids)).load(project.id);
  }
}
