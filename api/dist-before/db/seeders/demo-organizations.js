"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildOrganizations = buildOrganizations;
exports.organizationDepths = organizationDepths;
exports.isInSubtree = isInSubtree;
const validators_1 = require("../../common/validators");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
const demo_org_tree_1 = require("./demo-org-tree");
/** When the organizations were "registered" in the demo: before any project of the articles. */
const REGISTERED_AT = (0, demo_dates_1.chinaTime)('2023-01-03', '09:00');
/**
 * Adds the tree to the context, parents before children, and remembers each node's parent: the database
 * trigger computes `path` from the parent's path, so the rows are inserted one depth at a time.
 */
function buildOrganizations(ctx) {
    let unionSeq = 0;
    const visit = (def, parent) => {
        const id = ctx.register('org', def.key, ctx.id());
        const creditCode = def.credit === 'union' ? (0, validators_1.makeCreditCode)(`81${def.region}LL${String(++unionSeq).padStart(7, '0')}`) : null;
        ctx.rows.organization.push({
            id,
            name: def.name,
            shortName: def.shortName ?? null,
            kind: def.kind,
            level: def.level,
            parent,
            regionCode: def.region ?? null,
            creditCode,
            address: def.address ?? null,
            ...demo_context_1.DemoContext.stamp(REGISTERED_AT),
        });
        ctx.orgParent.set(id, parent);
        for (const child of def.children ?? [])
            visit(child, id);
    };
    for (const root of demo_org_tree_1.ORGANIZATION_TREE)
        visit(root, null);
}
/** Depth of each organization (0 = root), for inserting level by level. */
function organizationDepths(ctx) {
    const depth = new Map();
    const of = (id) => {
        const known = depth.get(id);
        if (known !== undefined)
            return known;
        const parent = ctx.orgParent.get(id) ?? null;
        const d = parent ? of(parent) + 1 : 0;
        depth.set(id, d);
        return d;
    };
    for (const row of ctx.rows.organization)
        of(row.id);
    return depth;
}
/** Whether `id` is `ancestor` or lies in its subtree (the subsidy's 工会关系在本区 rule). */
function isInSubtree(ctx, id, ancestor) {
    for (let cur = id ?? null; cur; cur = ctx.orgParent.get(cur) ?? null)
        if (cur === ancestor)
            return true;
    return false;
}
//# sourceMappingURL=demo-organizations.js.map