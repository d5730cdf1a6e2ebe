import { makeCreditCode } from '../../common/validators';
import { DemoContext } from './demo-context';
import { chinaTime } from './demo-dates';
import { ORGANIZATION_TREE, type OrgDef } from './demo-org-tree';

/** When the organizations were "registered" in the demo: before any project of the articles. */
const REGISTERED_AT = chinaTime('2023-01-03', '09:00');

/**
 * Adds the tree to the context, parents before children, and remembers each node's parent: the database
 * trigger computes `path` from the parent's path, so the rows are inserted one depth at a time.
 */
export function buildOrganizations(ctx: DemoContext): void {
  let unionSeq = 0;
  const visit = (def: OrgDef, parent: string | null) => {
    const id = ctx.register('org', def.key, ctx.id());
    const creditCode =
      def.credit === 'union' ? makeCreditCode(`81${def.region}LL${String(++unionSeq).padStart(7, '0')}`) : null;
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
      ...DemoContext.stamp(REGISTERED_AT),
    });
    ctx.orgParent.set(id, parent);
    for (const child of def.children ?? []) visit(child, id);
  };
  for (const root of ORGANIZATION_TREE) visit(root, null);
}

/** Depth of each organization (0 = root), for inserting level by level. */
export function organizationDepths(ctx: DemoContext): Map<string, number> {
  const depth = new Map<string, number>();
  const of = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parent = ctx.orgParent.get(id) ?? null;
    const d = parent ? of(parent) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  for (const row of ctx.rows.organization) of(row.id);
  return depth;
}

/** Whether `id` is `ancestor` or lies in its subtree (the subsidy's 工会关系在本区 rule). */
export function isInSubtree(ctx: DemoContext, id: string | null | undefined, ancestor: string): boolean {
  for (let cur = id ?? null; cur; cur = ctx.orgParent.get(cur) ?? null) if (cur === ancestor) return true;
  return false;
}
