import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { assertCanRead } from '../../common/scope/access';
import { Organization } from '../organization/organization.entity';

export const EVERYTHING = '00000000-0000-0000-0000-000000000000';

/**
 * Whose figures a report covers. Organization users (staff and analysts) get their organization's subtree
 * by default and may narrow it to any organization inside it (drill-down); platform admins (and analysts
 * without an organization) get everything. Partners get the projects their social group operates or
 * partners in, nothing else, and no organization scope (scopeId is refused).
 */
export type ReportScope =
  | { kind: 'org'; nodeId: string; path: string; name: string }
  | { kind: 'all'; nodeId: typeof EVERYTHING; path: '/'; name: string }
  | { kind: 'partner'; groupId: string; path: '/'; name: string };

export async function resolveScope(
  ctx: Pick<Context, 'em' | 'principal'>,
  scopeId: string | null | undefined,
): Promise<ReportScope> {
  assertCanRead(ctx);
  const p = ctx.principal!;
  if (p.role === 'PARTNER') {
    if (scopeId) throw badInput({ scopeId: '社会组织用户只能统计本组织承办或参与的项目' });
    if (!p.socialGroupId) throw notFound('SocialGroup', 'none');
    return { kind: 'partner', groupId: p.socialGroupId, path: '/', name: '本组织承办或参与的项目' };
  }
  if (scopeId) {
    // Through the caller's scoped EntityManager: an organization outside the subtree is NOT_FOUND.
    const org = /^[0-9a-f-]{36}$/i.test(scopeId) ? await ctx.em.findOne(Organization, { id: scopeId }) : null;
    if (!org) throw notFound('Organization', scopeId);
    return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
  }
  if (p.organizationId && p.orgPath) {
    const org = await ctx.em.findOne(Organization, { id: p.organizationId });
    if (!org) throw notFound('Organization', p.organizationId);
    return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
  }
  if (p.role === 'PLATFORM_ADMIN' || p.role === 'ANALYST')
    return { kind: 'all', nodeId: EVERYTHING, path: '/', name: '全部' };
  throw notFound('Organization', 'none');
}

/** SQL (and its bindings) for the live projects of a scope, narrowed by the report's filters. */
export interface ReportFilter {
  categories?: string[] | null;
  socialGroupIds?: string[] | null;
  projectIds?: string[] | null;
  beneficiaryCategories?: string[] | null;
}

export const pgArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;

export function projectsSql(scope: ReportScope, filter: ReportFilter): { sql: string; params: unknown[] } {
  const where: string[] = ['p.deleted_at is null'];
  const params: unknown[] = [];
  if (scope.kind === 'org') {
    where.push(`o.path like ?`);
    params.push(`${scope.path}%`);
  } else if (scope.kind === 'partner') {
    where.push(`(p.operator_id = ? or p.id in (select pp.project_id from project_partner pp
      where pp.social_group_id = ? and pp.deleted_at is null))`);
    params.push(scope.groupId, scope.groupId);
  }
  if (filter.categories?.length) {
    where.push(`p.category = any(?::text[])`);
    params.push(pgArray(filter.categories));
  }
  if (filter.socialGroupIds?.length) {
    where.push(`p.operator_id = any(?::uuid[])`);
    params.push(pgArray(filter.socialGroupIds));
  }
  if (filter.projectIds?.length) {
    where.push(`p.id = any(?::uuid[])`);
    params.push(pgArray(filter.projectIds));
  }
  const sql = `select p.id, p.category, p.operator_id, o.path from service_project p
    join organization o on o.id = p.sponsor_id where ${where.join(' and ')}`;
  return { sql, params };
}
