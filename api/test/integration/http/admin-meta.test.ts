import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();

type Meta = {
  _adminMeta: {
    name: string;
    label: { zh: string };
    operations: Record<string, string | null>;
    fields: {
      name: string;
      kind: string;
      target: string | null;
      enumValues: { value: string; label: { zh: string } }[] | null;
    }[];
    relations: { name: string; target: string }[];
  }[];
};

describe('_adminMeta describes every resource for the console', () => {
  it('lists labels, operations that exist in the schema, fields and relations', async () => {
    const meta = await app.ok<Meta>(`{
      _adminMeta {
        name label { zh } operations { one list count connection create createMany update updateMany delete deleteMany restore }
        fields { name kind target enumValues { value label { zh } } }
        relations { name target }
      }
    }`);
    const schema = await app.ok<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const roots = new Set(
      [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((f) => f.name),
    );
    expect(meta._adminMeta.length).toBe(24);
    for (const r of meta._adminMeta) {
      expect(r.label.zh).toMatch(/[\u4e00-\u9fa5]/);
      for (const op of Object.values(r.operations)) if (op) expect(roots.has(op)).toBe(true);
    }
    const cls = meta._adminMeta.find((r) => r.name === 'ServiceClass')!;
    expect(cls.fields.find((f) => f.name === 'projectId')).toMatchObject({ kind: 'ref', target: 'ServiceProject' });
    expect(cls.fields.find((f) => f.name === 'feePerDayFen')?.kind).toBe('money');
    expect(cls.relations.map((r) => r.name)).toEqual(expect.arrayContaining(['sessions', 'enrollments']));
    const careType = cls.fields.find((f) => f.name === 'careType')!;
    expect(careType.enumValues).toContainEqual({ value: 'HALF_DAY', label: { zh: '半日托' } });
    const audit = meta._adminMeta.find((r) => r.name === 'AuditEvent')!;
    expect(audit.operations.create).toBeNull();
    // Application rounds, applications and objections (issue 22) are read generically, written by domain actions only.
    for (const [name, list] of [
      ['ApplicationRound', 'applicationRounds'],
      ['Application', 'applications'],
      ['RoundObjection', 'roundObjections'],
    ]) {
      const r = meta._adminMeta.find((x) => x.name === name)!;
      expect([name, r.operations]).toEqual([
        name,
        expect.objectContaining({ list, create: null, createMany: null, update: null, delete: null, restore: null }),
      ]);
    }
  });

  it('says how records are named and which values are not for people', async () => {
    type Named = {
      _adminMeta: { name: string; title: string[] | null; fields: { name: string; showAs: string | null }[] }[];
    };
    const meta = (await app.ok<Named>(`{ _adminMeta { name title fields { name showAs } } }`))._adminMeta;
    const of = (name: string) => meta.find((r) => r.name === name)!;
    const showAs = (r: string, f: string) => of(r).fields.find((x) => x.name === f)?.showAs;
    expect(of('Enrollment').title).toEqual(['beneficiary.name', 'serviceClass.name']);
    expect(of('Attendance').title).toEqual([
      'enrollment.beneficiary.name',
      'session.date',
      'session.serviceClass.name',
    ]);
    expect(of('ServiceClass').title).toBeNull();
    expect(showAs('Enrollment', 'idempotencyKey')).toBe('internal');
    expect(showAs('Organization', 'path')).toBe('orgPath');
    expect(showAs('AuditEvent', 'entityType')).toBe('resourceName');
    expect(showAs('AuditEvent', 'changedFields')).toBe('fieldNames');

    // Every action the log holds has its Chinese words; the roster import and the class it changed are named.
    const org = await app.ok<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(data: { name: "审计标签测试工会", kind: UNION, level: STREET }) { id } }`,
    );
    const labels = await app.ok<{
      _adminMeta: {
        name: string;
        fields: { name: string; enumValues: { value: string; label: { zh: string } }[] | null }[];
      }[];
    }>(`{ _adminMeta { name fields { name enumValues { value label { zh } } } } }`);
    const actions = labels._adminMeta.find((r) => r.name === 'AuditEvent')!.fields.find((f) => f.name === 'action')!;
    const zh = new Map(actions.enumValues!.map((v) => [v.value, v.label.zh]));
    expect(zh.get('importRoster')).toBe('名单导入');
    const logged = await app.ok<{ auditEvents: { action: string; entityType: string }[] }>(
      `query ($id: String!) { auditEvents(where: { entityId: { equals: $id } }) { action entityType } }`,
      { id: org.createOrganization.id },
    );
    expect(logged.auditEvents).toEqual([{ action: 'create', entityType: 'Organization' }]);
    expect(zh.get('create')).toBe('新建');
    // A consent's notice code has its words too (告知书版本).
    const notice = labels._adminMeta.find((r) => r.name === 'Consent')!.fields.find((f) => f.name === 'noticeVersion')!;
    expect(notice.enumValues).toContainEqual({ value: 'roster-paper-v1', label: { zh: '纸质名单书面同意（第1版）' } });
  });

  it('tells the console what the current user may do, and answers nobody who is not signed in', async () => {
    const Q = `{ _adminMeta { name permissions { read create update delete } fields { name readable } } }`;
    type M = {
      _adminMeta: {
        name: string;
        permissions: Record<string, boolean>;
        fields: { name: string; readable: boolean }[];
      }[];
    };
    const analyst = await app.signIn({ username: 'meta-analyst', role: 'ANALYST' });
    const group = await app.ok<{ createSocialGroup: { id: string } }>(
      `mutation { createSocialGroup(data: { name: "元数据测试社工站", kind: VOLUNTEER_TEAM, registrationStatus: UNREGISTERED }) { id } }`,
    );
    const partner = await app.signIn({
      username: 'meta-partner',
      role: 'PARTNER',
      socialGroupId: group.createSocialGroup.id,
    });
    const asAnalyst = (await app.as(analyst).ok<M>(Q))._adminMeta;
    const person = asAnalyst.find((r) => r.name === 'Beneficiary')!;
    // Analysts read aggregates only: no rows of people at all.
    expect(person.permissions).toEqual({ read: false, create: false, update: false, delete: false });
    expect(
      person.fields
        .filter((f) => !f.readable)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['birthDate', 'employer', 'idNumber', 'name', 'notes', 'phone'].sort());
    const org = (await app.as(partner).ok<M>(Q))._adminMeta.find((r) => r.name === 'Organization')!;
    expect(org.permissions).toEqual({ read: true, create: false, update: false, delete: false });
    const admin = (await app.ok<M>(Q))._adminMeta.find((r) => r.name === 'Organization')!;
    expect(admin.permissions).toEqual({ read: true, create: true, update: true, delete: true });
    expect((await app.as(null).gql(Q)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('says which lists the console offers: none for analysts, no organization management for partners', async () => {
    const Q = `{ _adminMeta { name permissions { list } } }`;
    type M = { _adminMeta: { name: string; permissions: { list: boolean } }[] };
    const listed = async (token?: string) =>
      (await (token ? app.as(token) : app).ok<M>(Q))._adminMeta.filter((r) => r.permissions.list).map((r) => r.name);
    const analyst = await app.signIn({ username: 'list-analyst', role: 'ANALYST' });
    const group = await app.ok<{ createSocialGroup: { id: string } }>(
      `mutation { createSocialGroup(data: { name: "菜单测试社工站", kind: VOLUNTEER_TEAM, registrationStatus: UNREGISTERED }) { id } }`,
    );
    const partner = await app.signIn({
      username: 'list-partner',
      role: 'PARTNER',
      socialGroupId: group.createSocialGroup.id,
    });
    // Analysts' only screen is the dashboard: no lists at all (aggregates come from `report`).
    expect(await listed(analyst)).toEqual([]);
    const forPartner = await listed(partner);
    expect(forPartner).toEqual(expect.arrayContaining(['ServiceProject', 'ServiceClass', 'Beneficiary', 'Enrollment']));
    for (const name of ['Organization', 'User', 'ApiKey', 'AuditEvent']) expect(forPartner).not.toContain(name);
    // Partners and staff run application rounds: the lists are theirs (analysts' are not, above).
    expect(forPartner).toEqual(expect.arrayContaining(['ApplicationRound', 'Application', 'RoundObjection']));
    const org = await app.ok<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(data: { name: "菜单测试街道工会", kind: UNION, level: STREET }) { id } }`,
    );
    const staff = await app.signIn({
      username: 'list-staff',
      role: 'ORG_STAFF',
      organizationId: org.createOrganization.id,
    });
    expect(await listed(staff)).toEqual(expect.arrayContaining(['ApplicationRound', 'Application', 'RoundObjection']));
    expect(await listed()).toHaveLength(24);
  });
});
