"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pgArray = exports.EVERYTHING = void 0;
exports.resolveScope = resolveScope;
exports.scopeName = scopeName;
exports.pathLike = pathLike;
exports.projectsSql = projectsSql;
const errors_1 = require("../../graphql/errors");
const access_1 = require("../../common/scope/access");
const find_in_scope_1 = require("../../common/scope/find-in-scope");
exports.EVERYTHING = '00000000-0000-0000-0000-000000000000';
const findOrg = (em, id) => (0, find_in_scope_1.findInScope)(em, 'Organization', id, ['id', 'path', 'name']);
/**
 * With `deferName`, the caller's own organization (the default scope) is not looked up here: its id and path
 * are the principal's, and its name (and that it is still live) is read with the figures (name null until
 * then; see scopeName). A scopeId is always looked up here, through the caller's scoped EntityManager.
 */
async function resolveScope(ctx, scopeId, options = {}) {
    (0, access_1.assertCanRead)(ctx);
    const p = ctx.principal;
    if (p.role === 'PARTNER') {
        if (scopeId)
            throw (0, errors_1.badInput)({ scopeId: '社会组织用户只能统计本组织承办或参与的项目' });
        if (!p.socialGroupId)
            throw (0, errors_1.notFound)('SocialGroup', 'none');
        return { kind: 'partner', groupId: p.socialGroupId, path: '/', name: '本组织承办或参与的项目' };
    }
    if (scopeId) {
        // As the caller's scoped EntityManager finds it: an organization outside the subtree is NOT_FOUND.
        const org = /^[0-9a-f-]{36}$/i.test(scopeId) ? await findOrg(ctx.em, scopeId) : null;
        if (!org)
            throw (0, errors_1.notFound)('Organization', scopeId);
        return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
    }
    if (p.organizationId && p.orgPath && options.deferName)
        return { kind: 'org', nodeId: p.organizationId, path: p.orgPath, name: null };
    if (p.organizationId && p.orgPath) {
        const org = await findOrg(ctx.em, p.organizationId);
        if (!org)
            throw (0, errors_1.notFound)('Organization', p.organizationId);
        return { kind: 'org', nodeId: org.id, path: org.path, name: org.name };
    }
    if (p.role === 'PLATFORM_ADMIN' || p.role === 'ANALYST')
        return { kind: 'all', nodeId: exports.EVERYTHING, path: '/', name: '全部' };
    throw (0, errors_1.notFound)('Organization', 'none');
}
/** The deferred name of the caller's own organization; NOT_FOUND when it has been deleted meanwhile. */
async function scopeName(em, scope) {
    if (scope.name !== null || scope.kind !== 'org')
        return scope.name ?? '';
    const [row] = await em.execute('select name from organization where id = ? and deleted_at is null', [scope.nodeId]);
    if (!row)
        throw (0, errors_1.notFound)('Organization', scope.nodeId);
    return row.name;
}
const pgArray = (values) => `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
exports.pgArray = pgArray;
const PATH = /^\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/)*$/;
/**
 * `column like '<path>%'` with the organization path written into the text, not bound: the report reads run
 * as prepared statements (db/prepared.ts), and a generic plan of `path like $1` guesses two organizations
 * (a nested loop over needs: 12 ms against 4 ms for a city on the benchmark's dataset). A path is ids and
 * slashes (kept by the organization triggers); anything else is refused rather than written into SQL.
 */
function pathLike(column, path) {
    if (!PATH.test(path))
        throw new Error('unexpected organization path');
    return `${column} like '${path}%'`;
}
function projectsSql(scope, filter) {
    const where = ['p.deleted_at is null'];
    const params = [];
    if (scope.kind === 'org') {
        where.push(pathLike('o.path', scope.path));
    }
    else if (scope.kind === 'partner') {
        // A union rather than `operator_id = ? or id in (…)`: the planner estimates the union's handful of rows
        // and walks the summaries' primary keys from them; with the OR it guessed half of all projects and read a
        // whole period of report_month_total (61 ms against 6 ms on the benchmark's dataset). As `= any(array(…))`
        // rather than `in (…)`: the ids are then fetched by primary key; with `in` the generic plan hashed the
        // union and scanned all of service_project (4,000 rows, 1 ms of a partner's 2.3 ms people statement).
        where.push(`p.id = any(array(select x.id from service_project x where x.operator_id = ?
      union select pp.project_id from project_partner pp where pp.social_group_id = ? and pp.deleted_at is null))`);
        params.push(scope.groupId, scope.groupId);
    }
    if (filter.categories?.length) {
        where.push(`p.category = any(?::text[])`);
        params.push((0, exports.pgArray)(filter.categories));
    }
    if (filter.socialGroupIds?.length) {
        where.push(`p.operator_id = any(?::uuid[])`);
        params.push((0, exports.pgArray)(filter.socialGroupIds));
    }
    if (filter.projectIds?.length) {
        where.push(`p.id = any(?::uuid[])`);
        params.push((0, exports.pgArray)(filter.projectIds));
    }
    const sql = `select p.id, p.category, p.operator_id, o.path from service_project p
    join organization o on o.id = p.sponsor_id where ${where.join(' and ')}`;
    return { sql, params };
}
//# sourceMappingURL=report.scope.js.map