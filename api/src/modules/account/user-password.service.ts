import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, unauthenticated } from '../../common/scope/access';
import { badInput, notFound } from '../../common/errors';
import type { Principal } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

/** Admins set passwords of users in their scope; anyone may set their own. Sessions of the user end. */
export async function setUserPassword(
  em: EntityManager,
  ctx: { principal: Principal | null; requestId: string },
  userId: string,
  password: string,
): Promise<boolean> {
  const me = ctx.principal;
  if (!me) throw unauthenticated();
  const self = me.kind === 'user' && me.userId === userId;
  if (!self && me.role !== 'PLATFORM_ADMIN' && me.role !== 'ORG_ADMIN') throw forbidden();
  if (password.length < 10) throw badInput({ password: '密码至少10位' });
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: userId }, self ? { filters: { scope: false } } : undefined);
    if (!user) throw notFound('User', userId);
    if (user.role === 'PLATFORM_ADMIN' && me.role !== 'PLATFORM_ADMIN') throw forbidden();
    user.passwordHash = await hashPassword(password);
    await tx.nativeUpdate(RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
    recordAudit(tx, ctx, { action: 'set-password', entityType: 'User', entityId: user.id, fields: ['password'] });
    await tx.flush();
    return true;
  });
}
