import { Ctx, Query, Resolver } from 'type-graphql';
import { assertCanRead } from '../common/scope/access';
import type { Context } from './context';
import { allResources } from '../common/crud/registry';
import { describeFor } from './admin-meta.describe';
import { AdminResource } from './admin-meta.types';

@Resolver()
export class AdminMetaResolver {
  @Query(() => [AdminResource], {
    name: '_adminMeta',
    description:
      'Every resource as the admin console builds it: labels (zh-CN, en), operations, fields, relations, and what the current user may do',
  })
  adminMeta(@Ctx() ctx: Context): AdminResource[] {
    assertCanRead(ctx);
    return allResources().map((spec) => describeFor(spec, ctx.principal));
  }
}
