import { createHash } from 'node:crypto';
import { print } from 'graphql';
import {
  AdminCreatesPartnerApiKeyDocument,
  AdminListsRevealEventsDocument,
  AdminRevokesApiKeyDocument,
  AuditCreatesVenuesDocument,
  AuditUpdatesVenueDocument,
  AuditWithdrawsConsentDocument,
  EnrollForFixtureDocument,
  PartnerCountsProjectsAndOrganizationsDocument,
  ScopeCreatesUserDocument,
  ScopeRevealsPersonalInfoDocument,
  type EnrollForFixtureMutationVariables,
} from '../../generated/operations';
import { create, enrollArgs, sampleIdNumber, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

const { app, world } = useWorld();
let staff: string;
beforeAll(async () => {
  staff = await app.signIn({ username: 'district-staff', role: 'ORG_STAFF', organizationId: world.district });
});

const audits = async (action: string, id: string) =>
  (
    await app.sql<{ n: number }>('select count(*)::int as n from audit_event where action = $1 and entity_id = $2', [
      action,
      id,
    ])
  )[0].n;

const REVEAL = ScopeRevealsPersonalInfoDocument;

describe('consent for children under 14', () => {
  it('refuses to enroll a child without a guardian consent, and again after the consent is withdrawn', async () => {
    const child = await create(app, 'Beneficiary', {
      ...sampleInput('Beneficiary', world),
      birthDate: '2016-04-01',
      idNumber: sampleIdNumber(700, '2016-04-01'),
      phone: null,
    });
    await create(app, 'Guardianship', sampleInput('Guardianship', { ...world, child }));
    // `enroll` is the only way in; each attempt is a new request with a key of its own.
    const data = { classId: world.serviceClass, beneficiaryId: child, applicantId: world.parent, daysBooked: 5 };
    const tryEnroll = (d: typeof data) =>
      app.gql(EnrollForFixtureDocument, enrollArgs(d) as EnrollForFixtureMutationVariables);
    const refused = await tryEnroll(data);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(refused.errors?.[0].extensions?.fieldErrors ?? {})).toEqual(['beneficiaryId']);

    const consent = await create(app, 'Consent', { ...sampleInput('Consent', { ...world, child }) });
    const enrolled = await tryEnroll(data);
    expect(enrolled.data?.enroll.id).toBeTruthy();

    // Withdrawal takes effect on the next request: no new enrollment, no reveal.
    await app.ok(AuditWithdrawsConsentDocument, { id: consent, withdrawnAt: '2025-07-02T00:00:00Z' });
    const other = await create(app, 'ServiceClass', sampleInput('ServiceClass', world));
    const again = await tryEnroll({ ...data, classId: other });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const reveal = await app.gql(REVEAL, { id: child, field: 'idNumber', reason: '核对补贴资格' });
    expect(reveal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await audits('reveal', child)).toBe(0);
  });
});

describe('revealing personal data', () => {
  it('returns the clear value for a stated reason and writes exactly one audit event per reveal', async () => {
    const [row] = await app.sql<{ id_number_cipher: string }>(
      'select id_number_cipher from beneficiary where id = $1',
      [world.parent],
    );
    const clear = app.pii.decrypt(row.id_number_cipher);
    const res = await app.as(staff).ok(REVEAL, { id: world.parent, field: 'idNumber', reason: '核对补贴资格' });
    expect(res.revealPersonalInfo).toBe(clear);
    await app.as(staff).ok(REVEAL, { id: world.parent, field: 'phone', reason: '联系接送事宜' });
    expect(await audits('reveal', world.parent)).toBe(2);
    const [event] = await app.sql<{ changed_fields: string[]; detail: { reason: string }; actor_label: string }>(
      `select changed_fields, detail, actor_label from audit_event where action = 'reveal' and entity_id = $1 order by occurred_at limit 1`,
      [world.parent],
    );
    expect(event).toEqual({
      changed_fields: ['idNumber'],
      detail: { reason: '核对补贴资格' },
      actor_label: 'district-staff',
    });
    // No reason, an analyst, or someone outside the scope: refused, nothing recorded.
    expect(
      (await app.as(staff).gql(REVEAL, { id: world.parent, field: 'phone', reason: ' ' })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const analyst = await app.signIn({ username: 'an-analyst', role: 'ANALYST' });
    expect(
      (await app.as(analyst).gql(REVEAL, { id: world.parent, field: 'phone', reason: '统计核对' })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const other = await create(app, 'Organization', {
      name: '另一个区总工会',
      kind: 'UNION',
      level: 'DISTRICT',
      parentId: world.city,
    });
    const outsider = await app.signIn({ username: 'other-staff', role: 'ORG_STAFF', organizationId: other });
    expect(
      (await app.as(outsider).gql(REVEAL, { id: world.parent, field: 'phone', reason: '统计核对' })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(await audits('reveal', world.parent)).toBe(2);
  });
});

describe('analysts', () => {
  it('list no people at all (aggregates only): every query of people is FORBIDDEN, sorting and filtering too', async () => {
    const analyst = await app.signIn({ username: 'list-analyst', role: 'ANALYST' });
    for (const q of [
      '{ beneficiaries(take: 5) { id gender } }',
      '{ beneficiariesCount }',
      '{ beneficiaries(orderBy: [{ name: ASC }]) { id } }',
      '{ beneficiaries(where: { name: { startsWith: "测" } }) { id } }',
    ]) {
      const res = await app.as(analyst).gql(q);
      expect([q, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([q, 'FORBIDDEN', null]);
    }
  });
});

describe('audit trail', () => {
  it('records one event per successful write with the changed field names and no values; none on rollback', async () => {
    const before = (await app.sql<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
    const id = await create(app, 'Venue', { ...sampleInput('Venue', world), name: '审计测试场地' });
    await app.ok(AuditUpdatesVenueDocument, { id, data: { capacity: 99, address: '某路1号' } });
    const failed = await app.gql(AuditUpdatesVenueDocument, { id, data: { capacity: -5 } });
    expect(failed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rows = await app.sql<{ action: string; changed_fields: string[]; request_id: string; detail: unknown }>(
      `select action, changed_fields, request_id, detail from audit_event where entity_id = $1 order by occurred_at, action`,
      [id],
    );
    expect(rows.map((r) => [r.action, [...r.changed_fields].sort()])).toEqual([
      ['create', ['capacity', 'hasSafetyPost', 'kind', 'name', 'ownerId']],
      ['update', ['address', 'capacity']],
    ]);
    expect(rows.every((r) => r.request_id && r.detail === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('某路1号');
    // A bulk create that fails half-way writes neither rows nor events.
    const bulk = await app.gql(AuditCreatesVenuesDocument, {
      data: [
        { name: '一', kind: 'OTHER' },
        { name: '二', kind: 'OTHER', capacity: -1 },
      ],
    });
    expect(bulk.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.sql<{ n: number }>('select count(*)::int as n from audit_event'))[0].n).toBe(before + 2);
  });

  it('cannot be changed or deleted, even with SQL', async () => {
    const [{ id }] = await app.sql<{ id: string }>('select id from audit_event limit 1');
    await expect(app.sql(`update audit_event set action = 'x' where id = $1`, [id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(app.sql('delete from audit_event where id = $1', [id])).rejects.toThrow(/cannot be changed/);
  });

  it('lets admins ask who did what between two times', async () => {
    const res = await app.ok(AdminListsRevealEventsDocument, { from: '2000-01-01T00:00:00Z' });
    expect(res.auditEvents.length).toBeGreaterThanOrEqual(2);
    expect(res.auditEvents.every((e) => e.action === 'reveal' && e.entityType === 'Beneficiary')).toBe(true);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, see what their partner sees, and stop working when revoked', async () => {
    const res = await app.ok(AdminCreatesPartnerApiKeyDocument, { socialGroupId: world.group });
    const { secret, key } = res.createApiKey;
    const [row] = await app.sql<{ key_hash: string }>('select key_hash from api_key where id = $1', [key.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await app.sql('select * from api_key'))).not.toContain(secret);
    const call = (headers: Record<string, string>) =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: print(PartnerCountsProjectsAndOrganizationsDocument) }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: Record<string, number> } }));
    const partner = await app.signIn({ username: 'partner-user', role: 'PARTNER', socialGroupId: world.group });
    const asPartner = await app.as(partner).ok(PartnerCountsProjectsAndOrganizationsDocument);
    expect((await call({ 'x-api-key': secret })).body.data).toEqual(asPartner);
    expect((await call({ authorization: `Bearer ${secret}` })).body.data).toEqual(asPartner);
    expect(asPartner.serviceProjectsCount).toBeGreaterThan(0);
    await app.ok(AdminRevokesApiKeyDocument, { id: key.id });
    expect((await call({ 'x-api-key': secret })).status).toBe(401);
  });
});

describe('users', () => {
  it('lets an organization admin manage users of the subtree but not make platform admins', async () => {
    const admin = await app.signIn({ username: 'district-admin', role: 'ORG_ADMIN', organizationId: world.district });
    const CREATE = ScopeCreatesUserDocument;
    const made = await app.as(admin).ok(CREATE, {
      data: { username: 'new-staff', displayName: '新同事', role: 'ORG_STAFF', organizationId: world.district },
    });
    expect(made.createUser.id).toBeTruthy();
    const escalate = await app
      .as(admin)
      .gql(CREATE, { data: { username: 'evil', displayName: 'x', role: 'PLATFORM_ADMIN' } });
    expect(escalate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outside = await app.as(admin).gql(CREATE, {
      data: { username: 'far', displayName: 'x', role: 'ORG_STAFF', organizationId: world.city },
    });
    expect(outside.errors?.[0].extensions?.fieldErrors).toEqual({ organizationId: '关联记录不存在' });
    expect(
      (
        await app
          .as(staff)
          .gql(CREATE, { data: { username: 'y', displayName: 'y', role: 'ORG_STAFF', organizationId: world.district } })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await app.sql<{ n: number }>(`select count(*)::int as n from app_user where username in ('evil', 'far', 'y')`)
      )[0].n,
    ).toBe(0);
  });
});
