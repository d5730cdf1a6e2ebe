import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCanWrite, forbidden } from '../../common/scope/access';
import { getResource } from '../../common/crud/registry';
import { badInput, notFound } from '../../common/errors';
import type { Principal } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { ApiKey } from './api-key.entity';
import { randomToken, sha256 } from './tokens';
import { User } from './user.entity';
import type { AuditAction } from '../audit/audit-actions';

type Ctx = { principal: Principal | null; requestId: string };

/** Keys look like `lk_<8 characters>_<secret>`; the first part is kept to tell keys apart in lists. */
export async function createApiKey(
  em: EntityManager,
  ctx: Ctx,
  input: { name: string; organizationId?: string | null; socialGroupId?: string | null; expiresAt?: Date | null },
): Promise<{ key: ApiKey; secret: string }> {
  assertCanWrite(ctx, getResource('ApiKey'));
  if (Boolean(input.organizationId) === Boolean(input.socialGroupId)) {
    throw badInput({ organizationId: '请选择一个组织或一个社会组织（二选一）' });
  }
  if (input.expiresAt && input.expiresAt <= new Date()) throw badInput({ expiresAt: '到期时间应晚于现在' });
  // A social organization's key sees its projects wherever they are: only platform admins may mint one.
  if (input.socialGroupId && ctx.principal?.role !== 'PLATFORM_ADMIN') {
    throw forbidden('只有平台管理员可以为社会组织创建 API 密钥');
  }
  if (!input.name.trim()) throw badInput({ name: '不能为空' });
  return em.transactional(async (tx) => {
    // Looked up under the caller's scope: a key only for what the caller may see.
    const org = input.organizationId ? await tx.findOne(Organization, { id: input.organizationId }) : null;
    const group = input.socialGroupId ? await tx.findOne(SocialGroup, { id: input.socialGroupId }) : null;
    if (input.organizationId && !org) throw badInput({ organizationId: '关联记录不存在' });
    if (input.socialGroupId && !group) throw badInput({ socialGroupId: '关联记录不存在' });
    const prefix = randomToken(6).slice(0, 8);
    const secret = `lk_${prefix}_${randomToken(32)}`;
    const key = tx.create(ApiKey, {
      name: input.name.trim(),
      prefix,
      keyHash: sha256(secret),
      organization: org,
      socialGroup: group,
      createdBy: ctx.principal?.userId ? tx.getReference(User, ctx.principal.userId) : null,
      expiresAt: input.expiresAt ?? null,
    });
    audit(tx, ctx, 'create', key.id, ['name', 'organizationId', 'socialGroupId', 'expiresAt']);
    await tx.flush();
    return { key, secret };
  });
}

export async function revokeApiKey(em: EntityManager, ctx: Ctx, id: string): Promise<ApiKey> {
  assertCanWrite(ctx, getResource('ApiKey'));
  return em.transactional(async (tx) => {
    const key = await tx.findOne(ApiKey, { id });
    if (!key) throw notFound('ApiKey', id);
    key.revokedAt ??= new Date();
    audit(tx, ctx, 'revoke', key.id, ['revokedAt']);
    await tx.flush();
    return key;
  });
}

const audit = (tx: EntityManager, ctx: Ctx, action: AuditAction, id: string, fields: string[]) =>
  recordAudit(tx, ctx, { action, entityType: 'ApiKey', entityId: id, fields });
