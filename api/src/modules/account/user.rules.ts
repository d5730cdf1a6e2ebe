import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/principal';
import { forbidden } from '../../common/scope/access';
import type { User } from './user.entity';

/** Only platform admins make platform admins; nobody changes their own role or disables themselves. */
export async function userRules(_tx: EntityManager, rows: User[], ctx: { principal: Principal | null }) {
  const me = ctx.principal;
  for (const row of rows) {
    if (row.role === 'PLATFORM_ADMIN' && me?.role !== 'PLATFORM_ADMIN')
      throw forbidden('只有平台管理员可以设置平台管理员');
    if (row.id === me?.userId && (row.role !== me.role || !row.active)) throw forbidden('不能修改自己的角色或停用自己');
  }
}
