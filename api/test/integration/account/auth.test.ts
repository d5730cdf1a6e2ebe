import { print } from 'graphql';
import jwt from 'jsonwebtoken';
import { hashPassword } from '../../../src/modules/account/password';
import {
  CurrentUserNameAndRoleDocument,
  LoginWithPasswordDocument,
  LogoutRefreshTokenDocument,
  ReportScopeOfCallerDocument,
  RotateRefreshTokenDocument,
  SetUserPasswordByIdDocument,
  type CurrentUserNameAndRoleQuery,
  type ReportScopeOfCallerQuery,
} from '../../generated/operations';
import { eventually } from '../../support/eventually';
import { TEST_JWT_SECRET } from '../../support/test-app';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();
beforeAll(async () => {
  await app.sql(
    `insert into app_user (id, username, password_hash, display_name, role) values
     ('0190a000-0000-7000-8000-00000000a001', 'alice', $1, '管理员', 'PLATFORM_ADMIN'),
     ('0190a000-0000-7000-8000-00000000a002', 'bob', $1, '停用者', 'PLATFORM_ADMIN')`,
    [await hashPassword('correct horse')],
  );
});

async function login(u: string, p = 'correct horse') {
  return (await app.ok(LoginWithPasswordDocument, { u, p })).login;
}

async function meWith(token: string) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(CurrentUserNameAndRoleDocument) }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: CurrentUserNameAndRoleQuery; errors?: { extensions: { code: string } }[] },
  };
}

describe('sign-in with short-lived access tokens and rotating refresh tokens', () => {
  it('signs in, answers me, and refuses a wrong password without saying which part was wrong', async () => {
    const s = await login('alice');
    expect(s.user).toEqual({ username: 'alice', role: 'PLATFORM_ADMIN' });
    expect(s.expiresIn).toBe(15 * 60);
    expect((await meWith(s.accessToken)).body.data?.me).toEqual({ username: 'alice', role: 'PLATFORM_ADMIN' });
    for (const [u, p] of [
      ['alice', 'wrong'],
      ['nobody', 'correct horse'],
    ]) {
      const res = await app.gql(LoginWithPasswordDocument, { u, p });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('用户名或密码错误');
    }
    const [row] = await app.sql<{ password_hash: string }>(
      `select password_hash from app_user where username = 'alice'`,
    );
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('rotates refresh tokens and revokes the whole family when a rotated token is used again', async () => {
    const s1 = await login('alice');
    const s2 = (await app.ok(RotateRefreshTokenDocument, { t: s1.refreshToken })).refresh;
    const s3 = (await app.ok(RotateRefreshTokenDocument, { t: s2.refreshToken })).refresh;
    // s1's token was rotated: presenting it again means it leaked.
    const reuse = await app.gql(RotateRefreshTokenDocument, { t: s1.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await app.gql(RotateRefreshTokenDocument, { t: s3.refreshToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await app.sql<{ revoked: number }>(
      `select count(*)::int as revoked from refresh_token where revoked_at is not null and family = (select family from refresh_token where token_hash = encode(sha256($1::bytea), 'hex'))`,
      [s1.refreshToken],
    );
    expect(rows[0].revoked).toBe(3);
  });

  it('logs out: the refresh token stops working', async () => {
    const s = await login('alice');
    expect((await app.ok(LogoutRefreshTokenDocument, { t: s.refreshToken })).logout).toBe(true);
    expect((await app.gql(RotateRefreshTokenDocument, { t: s.refreshToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('logout and a password change end the access tokens already issued, on the next request', async () => {
    const a = await login('alice');
    const b = await login('alice');
    expect((await meWith(a.accessToken)).status).toBe(200);
    await app.ok(LogoutRefreshTokenDocument, { t: a.refreshToken });
    const afterLogout = await meWith(a.accessToken);
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // The other sign-in is untouched by that logout, and ends with a password change.
    expect((await meWith(b.accessToken)).body.data?.me).toEqual({ username: 'alice', role: 'PLATFORM_ADMIN' });
    const [alice] = await app.sql<{ id: string }>(`select id::text from app_user where username = 'alice'`);
    const c = await login('alice');
    await app.as(c.accessToken).ok(SetUserPasswordByIdDocument, { id: alice.id, password: 'correct horse' });
    for (const t of [b.accessToken, c.accessToken]) expect((await meWith(t)).status).toBe(401);
  });

  it('twelve concurrent sign-ins to one account all succeed (no CONFLICT over the last sign-in time)', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => app.gql(LoginWithPasswordDocument, { u: 'alice', p: 'correct horse' })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(Array(12).fill('OK'));
    const [row] = await app.sql<{ version: number; last: Date | null }>(
      `select version, last_login_at as last from app_user where username = 'alice'`,
    );
    expect(row.last).not.toBeNull();
  });

  it('refuses a disabled user once notified and at the next refresh', async () => {
    const s = await login('bob');
    await app.sql(`update app_user set active = false where username = 'bob'`);
    await eventually(async () => (await meWith(s.accessToken)).status, 401);
    expect((await app.gql(RotateRefreshTokenDocument, { t: s.refreshToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await app.gql(LoginWithPasswordDocument, { u: 'bob', p: 'correct horse' })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('reads the principal from the account at every request: role, organization and deletion apply to a token already issued, once notified', async () => {
    const ask = async (token: string) => {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: print(ReportScopeOfCallerDocument),
          variables: { from: '2025-01-01', to: '2025-01-31' },
        }),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          data?: ReportScopeOfCallerQuery;
          errors?: { extensions: { code: string } }[];
        },
      };
    };
    const [orgA, orgB] = ['0190a000-0000-7000-8000-0000000000a1', '0190a000-0000-7000-8000-0000000000b1'];
    await app.sql(
      `insert into organization (id, name, kind, level, parent_id) values
       ($1, '甲市总工会', 'UNION', 'CITY', null), ($2, '乙市总工会', 'UNION', 'CITY', null)`,
      [orgA, orgB],
    );
    await app.sql(
      `insert into app_user (id, username, password_hash, display_name, role) values
       ('0190a000-0000-7000-8000-00000000a003', 'carol', (select password_hash from app_user where username = 'alice'), '轮岗者', 'PLATFORM_ADMIN')`,
    );
    const s = await login('carol');
    expect((await ask(s.accessToken)).body.data?.report.scope.organizationId).toBeNull();
    // Demoted to staff of 甲 with the same token (whose claim still says PLATFORM_ADMIN): scoped to 甲 at once.
    await app.sql(`update app_user set role = 'ORG_STAFF', organization_id = $1 where username = 'carol'`, [orgA]);
    await eventually(async () => (await ask(s.accessToken)).body.data?.report.scope, {
      organizationId: orgA,
      name: '甲市总工会',
    });
    await app.sql(`update app_user set organization_id = $1 where username = 'carol'`, [orgB]);
    await eventually(async () => (await ask(s.accessToken)).body.data?.report.scope, {
      organizationId: orgB,
      name: '乙市总工会',
    });
    // Her organization deleted: her default scope is gone (NOT_FOUND), not some other organization's.
    await app.sql(`update organization set deleted_at = now() where id = $1`, [orgB]);
    await eventually(async () => (await ask(s.accessToken)).body.errors?.[0].extensions.code, 'NOT_FOUND');
    // The account deleted: refused as soon as the server is notified.
    await app.sql(`update app_user set deleted_at = now() where username = 'carol'`);
    await eventually(async () => (await ask(s.accessToken)).status, 401);
    const gone = await ask(s.accessToken);
    expect(gone.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [
      'alg none',
      () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '0190a000-0000-7000-8000-00000000a001', role: 'PLATFORM_ADMIN', iss: 'linli', exp: now() + 600 })}.`,
    ],
    [
      'expired',
      () =>
        jwt.sign({ role: 'PLATFORM_ADMIN' }, TEST_JWT_SECRET, {
          subject: '0190a000-0000-7000-8000-00000000a001',
          issuer: 'linli',
          expiresIn: -10,
        }),
    ],
    [
      'wrong signature',
      () =>
        jwt.sign({ role: 'PLATFORM_ADMIN' }, 'another-secret-another-secret-another', {
          subject: '0190a000-0000-7000-8000-00000000a001',
          issuer: 'linli',
          expiresIn: 600,
        }),
    ],
    [
      'HS512 with our secret',
      () =>
        jwt.sign({ role: 'PLATFORM_ADMIN' }, TEST_JWT_SECRET, {
          algorithm: 'HS512',
          subject: '0190a000-0000-7000-8000-00000000a001',
          issuer: 'linli',
          expiresIn: 600,
        }),
    ],
    ['garbage', () => 'not-a-token'],
  ])('answers a token with %s as UNAUTHENTICATED (HTTP 401)', async (_name, make) => {
    const res = await meWith(make());
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
