import {
  CountOrganizationsDocument,
  FirstBeneficiaryIdDocument,
  ReportScopeOrganizationIdDocument,
} from '../../generated/operations';
import { useTestApp } from '../../support/use-app';

/**
 * Who is calling is kept between requests (caller-cache.ts) while PostgreSQL notifies every change: a
 * signed-in request then costs no statement to know its caller, a change made anywhere (here: plain SQL in
 * another session) applies as soon as its notification arrives (after the commit; milliseconds, longer on a
 * loaded machine, so the tests wait for it rather than assume the very next request), and while the
 * listening connection is down every request looks its caller up again.
 */
const { app } = useTestApp();
const LISTENER = `select pid from pg_stat_activity
  where application_name = 'linli-caller-listener' and datname = current_database()`;

async function statementsOf(token: string) {
  app.resetStatements();
  const r = await app.as(token).gql(CountOrganizationsDocument);
  return { code: r.errors?.[0]?.extensions?.code ?? 'OK', statements: app.statements.length };
}

async function waitFor(check: () => Promise<boolean>, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('caller cache', () => {
  it('a known caller costs no statement; a role change in another session applies once notified', async () => {
    const token = await app.signIn({ username: 'cc-admin', role: 'PLATFORM_ADMIN' });
    await statementsOf(token);
    expect(await statementsOf(token)).toEqual({ code: 'OK', statements: 1 }); // the count only
    await app.sql(`update app_user set role = 'ANALYST' where username = 'cc-admin'`);
    const people = async () => (await app.as(token).gql(FirstBeneficiaryIdDocument)).errors?.[0]?.extensions?.code;
    await waitFor(async () => (await people()) === 'FORBIDDEN', 5_000);
    await app.sql(`update app_user set active = false where username = 'cc-admin'`);
    await waitFor(async () => (await statementsOf(token)).code === 'UNAUTHENTICATED', 5_000);
    expect((await statementsOf(token)).code).toBe('UNAUTHENTICATED');
  });

  it('while the listener is down every request looks its caller up; once back, callers are kept again', async () => {
    const token = await app.signIn({ username: 'cc-staff', role: 'PLATFORM_ADMIN' });
    await statementsOf(token);
    expect((await statementsOf(token)).statements).toBe(1);
    const [{ pid }] = await app.sql<{ pid: number }>(LISTENER);
    await app.sql(`select pg_terminate_backend($1)`, [pid]);
    // Until it is back: a lookup per request, so a change is seen even though nobody hears of it.
    const lookups = await statementsOf(token);
    const back = await app.sql<{ pid: number }>(LISTENER);
    if (!back.length) {
      expect(lookups).toEqual({ code: 'OK', statements: 2 });
      await app.sql(`update app_user set active = false where username = 'cc-staff'`);
      expect((await statementsOf(token)).code).toBe('UNAUTHENTICATED');
      await app.sql(`update app_user set active = true where username = 'cc-staff'`);
    }
    await waitFor(async () => (await app.sql(LISTENER)).length === 1);
    await waitFor(async () => (await statementsOf(token)).statements === 1);
    expect(await statementsOf(token)).toEqual({ code: 'OK', statements: 1 });
  });

  it('an organization moved or deleted applies to its staff once notified', async () => {
    const [org] = await app.sql<{ id: string }>(
      `insert into organization (id, name, kind, level) values (gen_random_uuid(), '缓存测试市总工会', 'UNION', 'CITY')
       returning id::text`,
    );
    const token = await app.signIn({ username: 'cc-org', role: 'ORG_STAFF', organizationId: org.id });
    await statementsOf(token);
    expect(await statementsOf(token)).toEqual({ code: 'OK', statements: 1 });
    const january = { from: '2025-01-01', to: '2025-01-31' };
    expect((await app.as(token).ok(ReportScopeOrganizationIdDocument, january)).report.scope).toEqual({
      organizationId: org.id,
    });
    await app.sql(`update organization set deleted_at = now() where id = $1`, [org.id]);
    const code = async () =>
      (await app.as(token).gql(ReportScopeOrganizationIdDocument, january)).errors?.[0]?.extensions?.code;
    await waitFor(async () => (await code()) === 'NOT_FOUND', 5_000);
  });
});
