import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { executePrepared } from '../../common/prepared';
import type { CallerCache } from './caller-cache';
import { AppError } from '../../common/errors';
import type { Principal } from '../../common/principal';
import { ApiKey } from './api-key.entity';
import { checkLogin, recordLogin, takeApiKeyRequest } from './throttle';
import { DUMMY_HASH, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { randomToken, sha256, type TokenService } from './tokens';
import { User } from './user.entity';
import type { UserRole } from './account.enums';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

export type CallerRow = PrincipalRow & { session_live: boolean };

interface PrincipalRow {
  id: string;
  role: UserRole;
  active: boolean;
  username: string;
  organization_id: string | null;
  org_path: string | null;
  social_group_id: string | null;
}

const unauthenticated = (message = '用户名或密码错误') => new AppError('UNAUTHENTICATED', message);

/**
 * Sign-in, rotating refresh tokens and resolving the caller of a request. Runs on an EntityManager
 * without scope filters: who the caller is has to be known before any scope can apply.
 */
export class AuthService {
  /** Callers of recent requests, when the server keeps them (server.ts starts it). */
  callers?: CallerCache<CallerRow>;

  constructor(
    private readonly tokens: TokenService,
    private readonly refreshDays: number,
    /** An API key's request budget per minute (config.ts apiKeyRequestsPerMinute). */
    private readonly apiKeyRequestsPerMinute = 600,
  ) {}

  async login(em: EntityManager, username: string, password: string, address: string): Promise<Session> {
    // One transaction holding the account's throttle row (throttle.ts); the failure is counted in
    // it and committed, and only then is the error thrown.
    const outcome = await em.transactional(async (tx) => {
      await checkLogin(tx, username, address);
      const user = await tx.findOne(User, { username: username.trim() });
      const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      await recordLogin(tx, username, address, Boolean(user && ok && user.passwordHash));
      if (!user || !ok || !user.passwordHash) return { error: '用户名或密码错误' };
      if (!user.active) return { error: '账号已停用' };
      // Not through the entity: its version check made concurrent sign-ins to one account CONFLICT.
      await tx.nativeUpdate(User, { id: user.id }, { lastLoginAt: new Date() });
      return { session: await this.issue(tx, user, uuidv7()) };
    });
    if (!outcome.session) throw unauthenticated(outcome.error);
    return outcome.session;
  }

  /** Rotates a refresh token. A token that was already rotated revokes its whole family. */
  async refresh(em: EntityManager, token: string): Promise<Session> {
    const outcome = await em.transactional(async (tx) => {
      const row = await tx.findOne(
        RefreshToken,
        { tokenHash: sha256(token) },
        { populate: ['user'], lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!row || row.revokedAt || row.expiresAt <= new Date()) return { error: '登录已过期，请重新登录' };
      // A rotated token presented again was copied; a disabled user's sessions end here at the latest.
      if (row.rotatedAt) return { error: '登录凭证已失效，请重新登录', revokeFamily: row.family };
      if (!row.user.active || row.user.deletedAt) return { error: '账号已停用', revokeFamily: row.family };
      row.rotatedAt = new Date();
      return { session: await this.issue(tx, row.user, row.family) };
    });
    if (outcome.session) return outcome.session;
    // Outside the transaction above, so that the revocation is kept although the request fails.
    if (outcome.revokeFamily) {
      await em.nativeUpdate(RefreshToken, { family: outcome.revokeFamily, revokedAt: null }, { revokedAt: new Date() });
    }
    throw unauthenticated(outcome.error);
  }

  async logout(em: EntityManager, token: string): Promise<boolean> {
    const row = await em.findOne(RefreshToken, { tokenHash: sha256(token) });
    if (!row) return false;
    await em.nativeUpdate(RefreshToken, { family: row.family, revokedAt: null }, { revokedAt: new Date() });
    this.callers?.forgetUser(row.user.id);
    return true;
  }

  private async issue(em: EntityManager, user: User, family: string): Promise<Session> {
    const refreshToken = randomToken();
    em.create(RefreshToken, {
      user,
      family,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.refreshDays * 86_400_000),
    });
    await em.flush();
    const access = this.tokens.signAccess(user.id, user.role, family);
    return { accessToken: access.token, refreshToken, expiresIn: access.expiresIn, user };
  }

  /**
   * The caller of a request from `Authorization: Bearer <jwt|api key>` or `X-Api-Key`; null when no
   * credentials were sent. Bad credentials throw UNAUTHENTICATED.
   */
  async principal(
    db: {
      /** Runs the user look-up, raw SQL only (the request's fork before its scope is set). */
      sql: EntityManager;
      /** An EntityManager without scope filters, for the API key (an entity). */
      system: () => EntityManager;
    },
    authorization?: string,
    apiKeyHeader?: string,
  ): Promise<Principal | null> {
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const apiKey = apiKeyHeader ?? (bearer?.startsWith('lk_') ? bearer : undefined);
    if (apiKey) return this.apiKeyPrincipal(db.system(), apiKey);
    if (!authorization) return null;
    if (!bearer) throw unauthenticated('无效的认证信息');
    const claims = this.tokens.verifyAccess(bearer);
    if (!claims) throw unauthenticated('登录已过期或无效，请重新登录');
    // Every request runs this: one plain statement (a managed User with its Organization cost ~3 ms of CPU),
    // prepared, so that PostgreSQL does not parse and plan it on every request (0.5–1 ms in the statement log).
    // The same rows as findOne(User, populate organization): live user; the path only of a live organization;
    // and whether the token's sign-in still stands (logout and a password change revoke it at once).
    // Kept between requests while PostgreSQL tells us of every change to it (caller-cache.ts).
    const key = `${claims.sub}|${claims.sid}`;
    let user = this.callers?.get(key);
    if (!user) {
      const startedIn = this.callers?.now ?? 0;
      [user] = await executePrepared<CallerRow>(
        db.sql,
        `select u.id, u.role, u.active, u.username, u.organization_id, o.path as org_path, u.social_group_id,
                exists (select 1 from refresh_token r
                         where r.family = ?::uuid and r.user_id = u.id and r.revoked_at is null) as session_live
           from app_user u left join organization o on o.id = u.organization_id and o.deleted_at is null
          where u.id = ? and u.deleted_at is null`,
        [claims.sid, claims.sub],
      );
      if (user) this.callers?.set(key, user.id, user, startedIn);
    }
    if (!user || !user.active) throw unauthenticated('账号已停用');
    if (!user.session_live) throw unauthenticated('登录已失效，请重新登录');
    return {
      kind: 'user',
      userId: user.id,
      apiKeyId: null,
      role: user.role,
      organizationId: user.organization_id,
      orgPath: user.org_path,
      socialGroupId: user.social_group_id,
      label: user.username,
    };
  }

  private async apiKeyPrincipal(em: EntityManager, key: string): Promise<Principal> {
    const row = await em.findOne(ApiKey, { keyHash: sha256(key) }, { populate: ['organization'] });
    const now = new Date();
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw unauthenticated('API 密钥无效或已过期');
    await takeApiKeyRequest(em, row.id, this.apiKeyRequestsPerMinute);
    // Record use at most once a minute: a key used by a busy integration should not write on every call.
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiKey, { id: row.id }, { lastUsedAt: now });
    }
    const role: UserRole = row.socialGroup ? 'PARTNER' : 'ORG_STAFF';
    return {
      kind: 'apiKey',
      userId: row.createdBy?.id ?? null,
      apiKeyId: row.id,
      role,
      organizationId: row.organization?.id ?? null,
      orgPath: row.organization?.path ?? null,
      socialGroupId: row.socialGroup?.id ?? null,
      label: `key:${row.prefix}`,
    };
  }
}
