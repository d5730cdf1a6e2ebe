import { UserRole } from '../../modules/account/account.enums';
import { DemoContext } from './demo-context';
import { chinaTime } from './demo-dates';

/** The shared password of every demo account (printed at start-up next to the accounts). */
export const DEMO_PASSWORD = 'linli-demo-2025';

export interface DemoAccount {
  username: string;
  role: string;
  description: string;
  password: string;
}

interface AccountDef {
  username: string;
  role: UserRole;
  displayName: string;
  description: string;
  org?: string;
  group?: string;
}

/** One account per role and level, each scoped where the design puts it (§1). */
const ACCOUNTS: AccountDef[] = [
  {
    username: 'admin',
    role: UserRole.PLATFORM_ADMIN,
    displayName: '平台管理员',
    description: '平台管理员（账号、角色、组织树）',
  },
  {
    username: 'kunming-admin',
    role: UserRole.ORG_ADMIN,
    displayName: '昆明市总工会管理员',
    description: '昆明市总工会 管理员',
    org: 'kunming',
  },
  {
    username: 'xishan-staff',
    role: UserRole.ORG_STAFF,
    displayName: '西山区总工会工作人员',
    description: '西山区总工会 工作人员',
    org: 'xishan',
  },
  {
    username: 'fuhai-staff',
    role: UserRole.ORG_STAFF,
    displayName: '福海街道总工会工作人员',
    description: '福海街道总工会 工作人员',
    org: 'fuhai',
  },
  {
    username: 'jiangyang-fulian',
    role: UserRole.ORG_STAFF,
    displayName: '江阳区妇联工作人员',
    description: '江阳区妇联 工作人员',
    org: 'jiangyang-fl',
  },
  {
    username: 'xiaocao',
    role: UserRole.PARTNER,
    displayName: '小草社工',
    description: '兰州小草爱心社会工作服务中心 社工',
    group: 'xiaocao',
  },
  // No organization: aggregates across the whole platform, never personal data.
  { username: 'analyst', role: UserRole.ANALYST, displayName: '数据分析员', description: '数据分析（全平台汇总）' },
];

export const DEMO_ACCOUNTS: DemoAccount[] = ACCOUNTS.map((a) => ({
  username: a.username,
  role: a.role,
  description: a.description,
  password: DEMO_PASSWORD,
}));

export function buildUsers(ctx: DemoContext, passwordHashes: Map<string, string>): void {
  const at = chinaTime('2023-01-03', '09:00');
  for (const a of ACCOUNTS) {
    ctx.rows.user.push({
      id: ctx.register('user', a.username, ctx.id()),
      username: a.username,
      passwordHash: passwordHashes.get(a.username) ?? null,
      displayName: a.displayName,
      role: a.role,
      organization: a.org ? ctx.org(a.org) : null,
      socialGroup: a.group ? ctx.group(a.group) : null,
      active: true,
      ...DemoContext.stamp(at),
    });
  }
}
