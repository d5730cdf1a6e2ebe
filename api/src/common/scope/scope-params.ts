import type { Principal } from '../principal';

/**
 * The parameters of the `scope` filter, set once per request on its EntityManager. A query made
 * without them throws (MikroORM requires the arguments of a filter that takes any): scoping fails closed.
 */
export type ScopeParams = (
  | { all: true } // platform admins, the system itself (sign-in, seeding, migrations)
  | { orgPath: string } // organization users (and analysts of an organization): its subtree
  | { groupId: string } // partner users and keys: their social group's projects
  | { none: true } // no credentials: nothing
) & {
  /** Analysts: aggregates only, no rows about one person (scope-rules.ts PER_PERSON_ENTITIES). */
  aggregatesOnly?: true;
};

export const SYSTEM_SCOPE: ScopeParams = { all: true };

export function scopeOf(principal: Principal | null): ScopeParams {
  if (!principal) return { none: true };
  switch (principal.role) {
    case 'PLATFORM_ADMIN':
      return { all: true };
    case 'PARTNER':
      return principal.socialGroupId ? { groupId: principal.socialGroupId } : { none: true };
    case 'ANALYST':
      return principal.orgPath
        ? { orgPath: principal.orgPath, aggregatesOnly: true }
        : { all: true, aggregatesOnly: true };
    default:
      return principal.orgPath ? { orgPath: principal.orgPath } : { none: true };
  }
}
