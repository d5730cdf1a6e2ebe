import { defineEnum, type EnumValue } from './enums';

/** What a user may do; their rows still obey scope. */
export const UserRole = defineEnum('UserRole', {
  PLATFORM_ADMIN: ['平台管理员', 'Platform administrator'],
  ORG_ADMIN: ['组织管理员', 'Organization administrator'],
  ORG_STAFF: ['组织工作人员', 'Organization staff'],
  PARTNER: ['社会组织用户', 'Partner (social organization) user'],
  ANALYST: ['数据分析', 'Analyst'],
});
export type UserRole = EnumValue<typeof UserRole>;

/**
 * Who is calling, resolved once per request from the access token or API key and the database
 * (so a disabled user or a moved organization takes effect at once). Scoping reads only this.
 */
export interface Principal {
  kind: 'user' | 'apiKey';
  /** The user, or the user who created the API key (for the audit trail). */
  userId: string | null;
  apiKeyId: string | null;
  role: UserRole;
  organizationId: string | null;
  /** `/rootId/…/orgId/`: the subtree an organization user may see. */
  orgPath: string | null;
  socialGroupId: string | null;
  /** Username or key prefix: what the audit trail shows as the actor. */
  label: string;
}
