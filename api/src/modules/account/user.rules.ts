import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../common/principal';
import { forbidden } from '../../common/scope/access';
import type { User } from './user.entity';

/**
 * An account never sees more than the admin who makes it: organization admins make organization
 * accounts (admins, staff, analysts) of their subtree only; partner accounts, platform admins and
 * platform-wide analysts are made by platform admins. Nobody changes their own role or disables themselves.
 */
export async function userRules(_tx: EntityManager, rows: User[], ctx: { principal: Principal | null }) {
  const me = ctx.principal;
  for (const row of rows) {
    if (me?.role !== 'PLATFORM_ADMIN') {
      if (row.role === 'PLATFORM_ADMIN') throw forbidden('只有平台管理员可以设置平台管理员');
      if (!['ORG_ADMIN', 'ORG_STAFF', 'ANALYST'].includes(row.role)) throw forbidden('只有平台管理员可以创建此类账号');
      if (!row.organization || row.socialGroup) throw forbidden('账号须属于本组织或其下级组织');
    }
    if (row.id === me?.userId && (row.role !== me.role || !row.active)) throw forbidden('不能修改自己的角色或停用自己');
  }
}
