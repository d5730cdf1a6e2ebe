import type { EntityManager } from '@mikro-orm/postgresql';
import type { Beneficiary } from '../beneficiary/beneficiary.entity';
import type { TierRule } from './application-round.entity';

/**
 * The priority tier of an application, from the round's rules in order: the first rule the applicant
 * (the guardian for a child, else the person) meets gives tier 1, 2, …; one who meets none is in the last
 * tier (其他). A rule is met when the applicant has one of its categories (any, when it names none) and
 * their 工会关系 lies in the named organization's subtree (anywhere, when it names none).
 */
export async function tierOf(tx: EntityManager, rules: TierRule[], who: Beneficiary): Promise<number> {
  for (const [i, rule] of rules.entries()) {
    const categories = rule.categories ?? [];
    if (categories.length && !who.categories.some((c) => categories.includes(c))) continue;
    if (rule.unionWithinId && !(await unionWithin(tx, who, rule.unionWithinId))) continue;
    return i + 1;
  }
  return rules.length + 1;
}

async function unionWithin(tx: EntityManager, who: Beneficiary, orgId: string): Promise<boolean> {
  const union = who.unionOrganization?.id;
  if (!union) return false;
  const rows = await tx.execute(
    `select 1 from organization u join organization w on u.path like w.path || '%'
      where u.id = ? and w.id = ?`,
    [union, orgId],
  );
  return rows.length > 0;
}
