import { print } from 'graphql';
import {
  type BeneficiaryCreateInput,
  ImportRosterDocument,
  type ImportRosterMutation,
  RegisterBeneficiaryDocument,
  type RosterRowInput,
} from '../../generated/operations';
import { create, sampleIdNumber, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/**
 * importRoster through GraphQL: a dry run reports every row's problems and writes nothing; a commit
 * registers and enrolls every row in one transaction or nothing at all; duplicates in the file and
 * against registered people; a guardian's written consent for children under 14; audit events.
 */
const { app, world } = useWorld();

type Result = ImportRosterMutation['importRoster'];
const run = (c: string, rows: RosterRowInput[], dry: boolean, client: Pick<typeof app, 'gql'> = app) =>
  client.gql(ImportRosterDocument, { c, rows, dry });
const errorsOf = (r: Result) => Object.fromEntries(r.rows.map((x) => [x.index, x.errors.map((e) => e.field).sort()]));

let seq = 300;
/** A child of 6–13 on the class start date (2025-07-14) with a guardian who signed the form. */
const child = (over: Record<string, unknown> = {}) => {
  const i = ++seq;
  return {
    name: `导入儿童${i}`,
    idNumber: sampleIdNumber(i, '2016-03-0' + ((i % 9) + 1)),
    categories: '儿童、双职工家庭',
    guardianName: `导入家长${i}`,
    guardianPhone: `139${String(10000000 + i).slice(-8)}`,
    guardianRelation: '母亲',
    guardianConsent: true,
    ...over,
  };
};

async function newClass(over: Record<string, unknown> = {}) {
  return create(app, 'ServiceClass', { ...sampleInput('ServiceClass', world), ...over });
}
const counts = async () =>
  (
    await app.sql<{ people: string; enrollments: string; audits: string; consents: string }>(
      `select (select count(*) from beneficiary) people, (select count(*) from enrollment) enrollments,
              (select count(*) from audit_event) audits, (select count(*) from consent) consents`,
    )
  )[0];

const CLASH = '该身份证号已有登记，且与本行信息不符或不在本单位的权限内；请核对，或联系登记单位';

describe('importRoster', () => {
  it('dry run: reports each row’s errors and writes nothing', async () => {
    const cls = await newClass();
    const dup = child();
    const rows = [
      child(),
      child({ idNumber: '530112201603010010' }), // bad checksum
      child({ guardianPhone: '1234' }),
      child({ name: '  ' }),
      dup,
      { ...child(), idNumber: dup.idNumber },
      child({ guardianConsent: false }),
      child({ idNumber: sampleIdNumber(++seq, '2023-01-01') }), // 2 years old: below 72 months
      child({ gender: '男', idNumber: sampleIdNumber(++seq, '2016-05-05', true) }), // female ID
      child({ categories: '外星人' }),
    ];
    const before = await counts();
    const res = await run(cls, rows, true);
    expect(res.errors).toBeUndefined();
    const r = res.data!.importRoster;
    expect(r).toMatchObject({ dryRun: true, total: 10, valid: 2, enrolled: 2, waitlisted: 0 });
    expect(errorsOf(r)).toEqual({
      0: [],
      1: ['idNumber'],
      2: ['guardianPhone'],
      3: ['name'],
      4: [],
      5: ['idNumber'],
      6: ['guardianConsent'],
      7: ['birthDate'],
      8: ['gender'],
      9: ['categories'],
    });
    expect(r.rows[1].errors[0].message).toBe('身份证号校验位错误');
    expect(r.rows[5].errors[0].message).toBe('与第5行的身份证号重复');
    expect(await counts()).toEqual(before);
  });

  it('commit with one bad row imports nothing and names the row and field', async () => {
    const cls = await newClass();
    const before = await counts();
    const res = await run(cls, [child(), child(), child({ phone: '12' })], false);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ 'rows.2.phone': '手机号码格式不正确' });
    expect(await counts()).toEqual(before);
  });

  it('commit: registers children and a shared guardian, records the written consent, enrolls and audits, all at once', async () => {
    const cls = await newClass({ capacity: 2 });
    const mother = {
      guardianName: '王丽',
      guardianPhone: '13912345678',
      guardianIdNumber: sampleIdNumber(++seq, '1988-02-02', true),
    };
    const rows = [child(mother), child(mother), child()];
    const dry = (await run(cls, rows, true)).data!.importRoster;
    expect(dry.rows.map((x) => x.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    expect(dry.created).toBe(5); // three children, two guardians

    const res = await run(cls, rows, false);
    expect(res.errors).toBeUndefined();
    const r = res.data!.importRoster;
    expect(r).toMatchObject({ dryRun: false, total: 3, created: 5, enrolled: 2, waitlisted: 1 });
    expect(r.rows.map((x) => x.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    const ids = r.rows.map((x) => x.beneficiaryId!);

    const enrollments = await app.sql<{
      beneficiary_id: string;
      status: string;
      applicant_id: string;
      days_booked: number;
    }>(
      `select beneficiary_id, status, applicant_id, days_booked from enrollment where class_id = $1 order by created_at, id`,
      [cls],
    );
    expect(enrollments.map((e) => e.beneficiary_id).sort()).toEqual([...ids].sort());
    expect(enrollments.every((e) => e.days_booked === 30)).toBe(true); // every weekday of 2025-07-14…08-22
    const guardians = await app.sql<{ guardian_id: string; ward_id: string; relation: string }>(
      `select guardian_id, ward_id, relation from guardianship where ward_id = any($1)`,
      [ids],
    );
    expect(guardians).toHaveLength(3);
    expect(new Set(guardians.slice(0, 2).map((g) => g.guardian_id)).size).toBeLessThanOrEqual(2);
    const shared = guardians.filter((g) => g.ward_id === ids[0] || g.ward_id === ids[1]).map((g) => g.guardian_id);
    expect(shared[0]).toBe(shared[1]);
    const consent = await app.sql<{
      beneficiary_id: string;
      given_by_id: string;
      purpose: string;
      notice_version: string;
    }>(`select beneficiary_id, given_by_id, purpose, notice_version from consent where beneficiary_id = any($1)`, [
      ids,
    ]);
    expect(consent).toHaveLength(3);
    expect(consent.find((c) => c.beneficiary_id === ids[0])).toMatchObject({
      given_by_id: shared[0],
      purpose: 'SERVICE_ENROLLMENT',
    });
    const person = await app.sql<{
      id_number_last4: string;
      id_number_cipher: string;
      categories: string[];
      registered_by_id: string;
    }>(`select id_number_last4, id_number_cipher, categories, registered_by_id from beneficiary where id = $1`, [
      ids[2],
    ]);
    expect(person[0].id_number_last4).toBe(rows[2].idNumber.slice(-4));
    expect(person[0].id_number_cipher).not.toContain(rows[2].idNumber);
    expect(person[0].categories).toEqual(['CHILD', 'DUAL_EARNER_FAMILY']);
    expect(person[0].registered_by_id).toBe(world.district);

    const audit = await app.sql<{ action: string; entity_type: string; n: string }>(
      `select action, entity_type, count(*) n from audit_event
        where request_id = (select request_id from audit_event where action = 'importRoster' and entity_id = $1)
        group by 1, 2 order by 1, 2`,
      [cls],
    );
    expect(audit.map((a) => [a.action, a.entity_type, Number(a.n)])).toEqual([
      ['create', 'Beneficiary', 5],
      ['create', 'Consent', 3],
      ['create', 'Guardianship', 3],
      ['enroll', 'Enrollment', 3],
      ['importRoster', 'ServiceClass', 1],
    ]);
  });

  it('duplicates against registered people: reuses one in scope, refuses one already enrolled or outside the scope', async () => {
    const cls = await newClass();
    const first = child();
    await run(cls, [first], false).then((r) => expect(r.errors).toBeUndefined());
    const again = (await run(cls, [first], true)).data!.importRoster;
    expect(again.rows[0].errors).toEqual([{ field: 'idNumber', message: '该服务对象已报名本班或在候补名单中' }]);

    // The same child into another class: found by the keyed hash, enrolled as is, nobody new.
    const other = await newClass();
    const before = await counts();
    const reuse = await run(other, [first], false);
    expect(reuse.data?.importRoster).toMatchObject({ created: 0, enrolled: 1 });
    expect(reuse.data?.importRoster.rows[0].existing).toBe(true);
    expect(Number((await counts()).people)).toBe(Number(before.people));
    const wrongName = (await run(await newClass(), [{ ...first, name: '别人' }], true)).data!.importRoster;
    expect(wrongName.rows[0].errors).toEqual([{ field: 'idNumber', message: CLASH }]);

    // Registered by an organization outside the caller's subtree: refused, no record is shown, and in the
    // same words as the clash above (the dry run is no oracle for other organizations' ID numbers).
    const elsewhere = await create(app, 'Organization', { name: '别处总工会', kind: 'UNION', level: 'DISTRICT' });
    const stranger = child();
    await create(app, 'Beneficiary', {
      ...sampleInput('Beneficiary', world),
      name: stranger.name,
      idNumber: stranger.idNumber,
      birthDate: null,
      phone: null,
      registeredById: elsewhere,
    });
    const staff = await app.signIn({ username: 'roster-staff', role: 'ORG_STAFF', organizationId: world.district });
    const res = (await run(cls, [stranger], true, app.as(staff))).data!.importRoster;
    expect(res.rows[0].errors).toEqual([{ field: 'idNumber', message: CLASH }]);
    // createBeneficiary with that number answers the same words too, naming no constraint.
    const direct = await app.as(staff).gql(RegisterBeneficiaryDocument, {
      d: {
        ...(sampleInput('Beneficiary', world) as BeneficiaryCreateInput),
        name: stranger.name,
        idNumber: stranger.idNumber,
        birthDate: null,
      },
    });
    expect(direct.errors?.[0].extensions).toEqual({ code: 'CONFLICT', fieldErrors: { idNumber: CLASH } });
  });

  it('a child already on record with a consent needs no new form; analysts may not import; staff may', async () => {
    const cls = await newClass();
    const [known] = await app.sql<{ name: string; id_number_cipher: string }>(
      `select name, id_number_cipher from beneficiary where id = $1`,
      [world.child],
    );
    const onRecord = { name: known.name, idNumber: app.pii.decrypt(known.id_number_cipher) };
    const dry = (await run(cls, [onRecord], true)).data!.importRoster;
    expect(dry.rows[0]).toMatchObject({ existing: true, errors: [], status: 'ENROLLED' });

    const analyst = await app.signIn({ username: 'roster-analyst', role: 'ANALYST' });
    const res = await run(cls, [child()], true, app.as(analyst));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await app.signIn({ username: 'roster-staff-2', role: 'ORG_STAFF', organizationId: world.district });
    const ok = await run(cls, [child(), child(), onRecord], false, app.as(staff));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importRoster).toMatchObject({ enrolled: 3, created: 4 });
  });

  it('a client that disconnects mid-import cancels it: everything rolls back', async () => {
    const cls = await newClass({ capacity: 2000, maxAgeMonths: 600 });
    const rows = Array.from({ length: 1500 }, () => child({ name: `断开测试${++seq}` }));
    const token = await app.signIn({ username: 'roster-disconnect', role: 'PLATFORM_ADMIN' });
    const gone = new AbortController();
    const sent = fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(ImportRosterDocument), variables: { c: cls, rows, dry: false } }),
      signal: gone.signal,
    }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 300));
    gone.abort();
    expect((await sent) as { name?: string }).toMatchObject({ name: 'AbortError' }); // the client got no answer
    // Wait until the API's work has ended (no backend of the test database busy but ours).
    const [{ db }] = await app.sql<{ db: string }>('select current_database() as db');
    for (let i = 0; i < 300; i++) {
      const [busy] = await app.sql<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
        [db],
      );
      if (busy.n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [left] = await app.sql<{ people: number; enrollments: number }>(
      `select (select count(*)::int from beneficiary where name like '断开测试%') as people,
              (select count(*)::int from enrollment where class_id = $1) as enrollments`,
      [cls],
    );
    expect(left).toEqual({ people: 0, enrollments: 0 });
  });
});
