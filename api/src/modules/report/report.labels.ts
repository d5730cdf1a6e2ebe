import type { EntityManager } from '@mikro-orm/postgresql';
import { enumLabels } from '../../common/enums';
import type { ReportGrouping } from './report.enums';
import { pgArray, type ReportScope } from './report.scope';

const GENDER: Record<string, string> = { MALE: '男', FEMALE: '女' };

/** Chinese labels of group keys; names not already known are looked up in one statement. */
export async function labelKeys(
  em: EntityManager,
  scope: ReportScope,
  keys: Map<ReportGrouping, string[]>,
  known: Map<string, string> = new Map(),
): Promise<(g: ReportGrouping, key: string) => string> {
  const names = new Map(known);
  const orgIds = (keys.get('ORGANIZATION') ?? []).filter((k) => k !== 'SELF' && !names.has(k));
  const groupIds = (keys.get('SOCIAL_GROUP') ?? []).filter((k) => k !== 'NONE');
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
