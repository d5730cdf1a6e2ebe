import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserRole } from './account.enums';
import { User } from './user.entity';

@ObjectType('Me', { description: 'The signed-in caller' })
export class Me {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true }) socialGroupId?: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer …`; short-lived' }) accessToken!: string;
  @Field({ description: 'Exchange for a new pair with `refresh`; each refresh token works once' })
  refreshToken!: string;
  @Field(() => Int, { description: 'Seconds until the access token expires' }) expiresIn!: number;
  @Field(() => Me) user!: Me;
}

const toMe = (u: {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  organization?: { id: string } | null;
  socialGroup?: { id: string } | null;
}): Me => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  organizationId: u.organization?.id ?? null,
  socialGroupId: u.socialGroup?.id ?? null,
});

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in with a username and password' })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    const s = await ctx.auth.login(ctx.systemEm(), username, password, ctx.clientAddress);
    return { ...s, user: toMe(s.user) };
  }

  @Mutation(() => AuthPayload, { description: 'A new access token and a new refresh token; the old one stops working' })
  async refresh(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: Context) {
    const s = await ctx.auth.refresh(ctx.systemEm(), refreshToken);
    return { ...s, user: toMe(s.user) };
  }

  @Mutation(() => Boolean, { description: 'Ends the session: the refresh token and all rotated from it stop working' })
  logout(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.auth.logout(ctx.systemEm(), refreshToken);
  }

  @Query(() => Me, { nullable: true, description: 'The caller, or null when not signed in' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    if (!ctx.principal?.userId || ctx.principal.kind !== 'user') return null;
    const user = await ctx.systemEm().findOne(User, { id: ctx.principal.userId });
    return user ? toMe(user) : null;
  }
}
