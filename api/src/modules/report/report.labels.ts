import type { EntityManager } from '@mikro-orm/postgresql';
import { enumLabels } from '../../common/enums';
import type { ReportGrouping } from './report.enums';
import { pgArray, type ReportScope } from './report.scope';

const GENDER: Record<string, string> = { MALE: '男', FEMALE: '女' };

/** Chinese labels of group keys; organization and social group names are looked up in one statement. */
export async function labelKeys(
  em: EntityManager,
  scope: ReportScope,
  keys: Map<ReportGrouping, string[]>,
): Promise<(g: ReportGrouping, key: string) => string> {
  const orgIds = (keys.get('ORGANIZATION') ?? []).filter((k) => k !== 'SELF');
  const groupIds = (keys.get('SOCIAL_GROUP') ?? []).filter((k) => k !== 'NONE');
  const names = new Map<string, string>();
  if (orgIds.length || groupIds.length) {
    const rows = await em.execute<{ id: string; name: string }[]>(
      `select id::text, name from organization where id = any(?::uuid[])
       union all select id::text, name from social_group where id = any(?::uuid[])`,
      [pgArray(orgIds), pgArray(groupIds)],
    );
    for (const r of rows) names.set(r.id, r.name);
  }
  const enumLabel = (name: string, key: string) => enumLabels.get(name)?.[key]?.[0] ?? key;
  return (g, key) => {
    switch (g) {
      case 'MONTH':
        return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
      case 'QUARTER':
        return `${key.slice(0, 4)}年第${key.slice(-1)}季度`;
      case 'ORGANIZATION':
        return key === 'SELF' ? `${scope.name}（本级）` : (names.get(key) ?? key);
      case 'SOCIAL_GROUP':
        return key === 'NONE' ? '无承办组织' : (names.get(key) ?? key);
      case 'CATEGORY':
        return enumLabel('ProjectCategory', key);
      case 'BENEFICIARY_CATEGORY':
        return key === 'NONE' ? '未分类' : enumLabel('BeneficiaryCategory', key);
      case 'AGE_BAND':
        return enumLabel('AgeBand', key);
      case 'GENDER':
        return GENDER[key] ?? key;
    }
  };
}

/** Children of the scope in the organization tree (the rows of ORGANIZATION besides 'SELF'). */
export async function childOrganizations(em: EntityManager, scope: ReportScope): Promise<string[]> {
  const rows =
    scope.kind === 'org'
      ? await em.execute<{ id: string }[]>(`select id::text from organization where parent_id = ?`, [scope.nodeId])
      : await em.execute<{ id: string }[]>(`select id::text from organization where parent_id is null`);
  return rows.map((r) => r.id);
}
