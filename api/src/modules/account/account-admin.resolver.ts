import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { objectTypeOf } from '../../common/crud/object-type';
import { getResource } from '../../common/crud/registry';
import { DateTime } from '../../common/crud/scalars';
import type { Context } from '../../graphql/context';
import { createApiKey, revokeApiKey } from './api-key.service';
import { setUserPassword } from './user-password.service';

@InputType('ApiKeyCreateInput')
class ApiKeyCreateInput {
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true }) socialGroupId?: string | null;
  @Field(() => DateTime, { nullable: true }) expiresAt?: Date | null;
}

/** Accounts work for staff: API keys for partners and organizations, and passwords. */
export function createAccountAdminResolver() {
  const ApiKeyType = objectTypeOf(getResource('ApiKey'));

  @ObjectType('ApiKeyWithSecret')
  class ApiKeyWithSecret {
    @Field(() => ApiKeyType) key!: unknown;
    @Field({ description: 'The key itself: shown once, stored only as a hash' }) secret!: string;
  }

  @Resolver()
  class AccountAdminResolver {
    @Mutation(() => ApiKeyWithSecret, { description: 'A key for a social organization or an organization' })
    createApiKey(@Arg('data', () => ApiKeyCreateInput) data: ApiKeyCreateInput, @Ctx() ctx: Context) {
      return createApiKey(ctx.em, ctx, data);
    }

    @Mutation(() => ApiKeyType, { description: 'The key stops working at once' })
    revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      return revokeApiKey(ctx.em, ctx, id);
    }

    @Mutation(() => Boolean, { description: "Sets a user's password; their sessions end" })
    setUserPassword(@Arg('userId', () => ID) userId: string, @Arg('password') password: string, @Ctx() ctx: Context) {
      // The notification of the revoked sign-ins reaches every process; this one forgets at once.
      return setUserPassword(ctx.em, ctx, userId, password).finally(() => ctx.auth.callers?.forgetUser(userId));
    }
  }
  return AccountAdminResolver;
}
