import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../common/errors';
import { assertCanRead } from '../../common/scope/access';
import { findInScope } from '../../common/scope/find-in-scope';

export const EVERYTHING = '00000000-0000-0000-0000-000000000000';

/**
 * Whose figures a report covers. Organization users (staff and analysts) get their organization's subtree
 * by default and may narrow it to any organization inside it (drill-down); platform admins (and analysts
 * without an organization) get everything. Partners get the projects their social group operates or
 * partners in, nothing else, and no organization scope (scopeId is refused).
 */
export type ReportScope =
  | { kind: 'org'; nodeId: string; path: string; name: string | null }
  | { kind: 'all'; nodeId: typeof EVERYTHING; path: '/'; name: string }
  | { kind: 'partner'; groupId: string; path: '/'; name: string };

const findOrg = (em: EntityManager, id: string) =>
  findInScope<{ id: string; path: string; name: string }>(em, 'Organization', id, ['id', 'path', 'name']);

/**
 * With `deferName`, the caller's own organization (the default scope) is not looked up here: its id and path
 * are the principal's, and its name (and that it is still live) is read with the figures (name null until
 * then; see scopeName). A scopeId is always looked up here, through the caller's scoped EntityManager.
 */
export async function resolveScope(
  ctx: Pick<Context, 'em' | 'principal'>,
  scopeId: string | null | undefined,
  options: { deferName?: boolean } = {},
): Promise<ReportScope> {
  assertCanRead(ctx);
  const p = ctx.principal!;
  if (p.role === 'PARTNER') {
    if (scopeId) throw badInput({ scopeId: '社会组织用户只能统计本组织承办或参与的项目' });
    if (!p.socialGroupId) throw notFound('SocialGroup', 'none');
    return { kind: 'partner', groupId: p.socialGroupId, path: '/', name: '本组织承办或参与的项目' };
  }
  if (scopeId) {
    // As the caller's scoped EntityManager finds it: an organization outside the subtree is NOT_FOUND.
    const org = /^[0-9a-f-]{36}$/i.test(scopeId) ? await findOrg(ctx.em, scopeId) : null;
    if (!org) throw notFound('Organization', scopeId);
    return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
  }
  if (p.organizationId && p.orgPath && options.deferName)
    return { kind: 'org', nodeId: p.organizationId, path: p.orgPath, name: null };
  if (p.organizationId && p.orgPath) {
    const org = await findOrg(ctx.em, p.organizationId);
    if (!org) throw notFound('Organization', p.organizationId);
    return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
  }
  if (p.role === 'PLATFORM_ADMIN' || p.role === 'ANALYST')
    return { kind: 'all', nodeId: EVERYTHING, path: '/', name: '全部' };
  throw notFound('Organization', 'none');
}

/** The deferred name of the caller's own organization; NOT_FOUND when it has been deleted meanwhile. */
export async function scopeName(em: EntityManager, scope: ReportScope): Promise<string> {
  if (scope.name !== null || scope.kind !== 'org') return scope.name ?? '';
  const [row] = await em.execute<{ name: string }[]>(
    'select name from organization where id = ? and deleted_at is null',
    [scope.nodeId],
  );
  if (!row) throw notFound('Organization', scope.nodeId);
  return row.name;
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

const PATH = /^\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/)*$/;

/**
 * `column like '<path>%'` with the organization path written into the text, not bound: the report reads run
 * as prepared statements (common/prepared.ts), and a generic plan of `path like $1` guesses two organizations
 * (a nested loop over needs: 12 ms against 4 ms for a city on the benchmark's dataset). A path is ids and
 * slashes (kept by the organization triggers); anything else is refused rather than written into SQL.
 */
export function pathLike(column: string, path: string): string {
  if (!PATH.test(path)) throw new Error('unexpected organization path');
  return `${column} like '${path}%'`;
}

export function projectsSql(scope: ReportScope, filter: ReportFilter): { sql: string; params: unknown[] } {
  const where: string[] = ['p.deleted_at is null'];
  const params: unknown[] = [];
  if (scope.kind === 'org') {
    where.push(pathLike('o.path', scope.path));
  } else if (scope.kind === 'partner') {
    // A union rather than `operator_id = ? or id in (…)`: the planner estimates the union's handful of rows
    // and walks the summaries' primary keys from them; with the OR it guessed half of all projects and read a
    // whole period of the month summaries (61 ms against 6 ms on the benchmark's dataset). As `= any(array(…))`
    // rather than `in (…)`: the ids are then fetched by primary key; with `in` the generic plan hashed the
    // union and scanned all of service_project (4,000 rows, 1 ms of a partner's 2.3 ms people statement).
    where.push(`p.id = any(array(select x.id from service_project x where x.operator_id = ?
      union select pp.project_id from project_partner pp where pp.social_group_id = ? and pp.deleted_at is null))`);
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
