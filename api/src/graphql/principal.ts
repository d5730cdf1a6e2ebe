import type { UserRole } from '../modules/account/account.enums';

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
