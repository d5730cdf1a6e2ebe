import {
  ClassCapacityDocument,
  CreateSubsidyPolicyAtRateDocument,
  DeleteEnrollmentDocument,
  EnrollInClassDocument,
  type EnrollmentFieldsFragment,
  SetBeneficiaryUnionOrganizationDocument,
  SetClassCapacityDocument,
  UpdateEnrollmentDocument,
  WithdrawConsentAtDocument,
  WithdrawEnrollmentDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { useWorld } from '../../support/use-app';
import { randomUUID } from 'node:crypto';
import { create, sampleInput } from '../../support/fixtures';
import { type GqlResponse, type TestApp } from '../../support/test-app';

/**
 * `enroll` and `withdrawEnrollment` through GraphQL against the real database: who may take a place
 * (open class, age on the start date, consent under 14, the applicant a guardian, one live enrollment
 * per person), the waitlist and its promotion, idempotency keys, fees and subsidies, capacity changes,
 * and the database rules behind them.
 */
const { app, world } = useWorld();

type Row = EnrollmentFieldsFragment;

type EnrollArgs = { c: string; b: string; a?: string | null; d?: number; k?: string };
const args = (x: EnrollArgs) => ({ d: 5, a: null, k: randomUUID(), ...x });
const enrollAs = (client: Pick<TestApp, 'gql'>, x: EnrollArgs) => client.gql(EnrollInClassDocument, args(x));
const enroll = (x: EnrollArgs) => enrollAs(app, x);
const enrollOk = async (x: EnrollArgs) => (await app.ok(EnrollInClassDocument, args(x))).enroll;
const withdraw = (id: string) => app.gql(WithdrawEnrollmentDocument, { id });
const err = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};

const kit = () => deliveryKit(app, world);
const person = (over: Record<string, unknown> = {}) => kit().person(over);
const childOf = (guardian: string, birthDate?: string, consent?: boolean) =>
  kit().childOf(guardian, birthDate, consent);
const klass = (over: Record<string, unknown> = {}) => kit().klass(over);
const adultClass = (over: Record<string, unknown> = {}) => klass({ minAgeMonths: null, maxAgeMonths: null, ...over });

const rows = (classId: string) =>
  app.sql<{ beneficiary_id: string; status: string; waitlist_position: number | null }>(
    `select beneficiary_id, status, waitlist_position from enrollment where class_id = $1 and deleted_at is null
      order by id`,
    [classId],
  );
const enrolledCount = async (classId: string) =>
  (await app.sql<{ n: number }>('select enrolled_count as n from service_class where id = $1', [classId]))[0].n;
const audits = async (id: string) =>
  (
    await app.sql<{ action: string }>('select action from audit_event where entity_id = $1 order by occurred_at', [id])
  ).map((r) => r.action);

describe('enroll', () => {
  it('enrolls a child applied for by a guardian, prices the place and writes one audit event', async () => {
    const cls = await klass();
    const child = await childOf(world.parent);
    const e = await enrollOk({ c: cls, b: child, a: world.parent, d: 20, k: 'first-key-0001' });
    expect(e).toMatchObject({
      status: 'ENROLLED',
      waitlistPosition: null,
      classId: cls,
      beneficiaryId: child,
      applicantId: world.parent,
      daysBooked: 20,
      idempotencyKey: 'first-key-0001',
      withdrawnAt: null,
      // 20 days × 130 元; the parent is a new-employment-form worker: the world's policy pays 50%.
      feeFen: 260_000,
      subsidyFen: 130_000,
      payableFen: 130_000,
    });
    expect(e.enrolledAt).toBeTruthy();
    expect(await enrolledCount(cls)).toBe(1);
    expect(await audits(e.id)).toEqual(['enroll']);
    const [event] = await app.sql<{ changed_fields: string[]; detail: unknown }>(
      `select changed_fields, detail from audit_event where entity_id = $1`,
      [e.id],
    );
    expect(event.changed_fields).toEqual(expect.arrayContaining(['status', 'feeFen', 'subsidyFen', 'payableFen']));
    expect(event.detail).toEqual({ status: 'ENROLLED', waitlistPosition: null });
  });

  it('is the only way in: createEnrollment and createEnrollments are not offered; update and delete are', async () => {
    for (const m of [
      `mutation { createEnrollment(data: {}) { id } }`,
      `mutation { createEnrollments(data: []) { id } }`,
    ]) {
      expect(err(await app.gql(m)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const fields = await app.ok<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Mutation") { fields { name } } }`,
    );
    const names = fields.__type.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['enroll', 'withdrawEnrollment', 'updateEnrollment', 'deleteEnrollment']),
    );
    expect(names).not.toContain('createEnrollment');
  });

  it('refuses a class that is not open', async () => {
    const adult = await person();
    for (const [status, message] of [
      ['CLOSED', '班级已截止报名'],
      ['CANCELLED', '班级已取消，不能报名'],
    ]) {
      const cls = await adultClass({ status });
      const res = await enroll({ c: cls, b: adult });
      expect(err(res)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { classId: message } });
      expect(await rows(cls)).toEqual([]);
    }
  });

  it('checks the age in months on the class start date against the class range (bounds included)', async () => {
    // Class for 36–72 months starting 2025-09-01.
    const cls = await klass({ minAgeMonths: 36, maxAgeMonths: 72, startsOn: '2025-09-01', endsOn: '2025-12-31' });
    const parent = await person();
    const tooYoung = await childOf(parent, '2022-09-02'); // 35 months on 2025-09-01
    const youngest = await childOf(parent, '2022-09-01'); // 36
    const oldest = await childOf(parent, '2019-09-01'); // 72
    const almost73 = await childOf(parent, '2019-08-31'); // 72 completed months (73 only on 2025-09-30)
    const tooOld = await childOf(parent, '2019-08-01'); // 73
    const refused = await enroll({ c: cls, b: tooYoung, a: parent });
    expect(err(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(err(refused).fieldErrors).toEqual({
      beneficiaryId: '开班时月龄为35个月，不在本班招收范围（36～72个月）内',
    });
    expect((await enrollOk({ c: cls, b: youngest, a: parent })).status).toBe('ENROLLED');
    expect((await enrollOk({ c: cls, b: oldest, a: parent })).status).toBe('ENROLLED');
    expect((await enrollOk({ c: cls, b: almost73, a: parent })).status).toBe('ENROLLED');
    expect(Object.keys(err(await enroll({ c: cls, b: tooOld, a: parent })).fieldErrors ?? {})).toEqual([
      'beneficiaryId',
    ]);
    // Without a birth date the age cannot be checked (and such a person counts as a child for consent).
    const unknown = await person({ birthDate: null, idNumber: null });
    expect(err(await enroll({ c: cls, b: unknown })).fieldErrors).toEqual({
      beneficiaryId: '缺少出生日期，无法核对是否符合班级的年龄要求',
    });
  });

  it('needs a guardian consent for a child under 14, and stops after it is withdrawn', async () => {
    const cls = await klass();
    const parent = await person();
    const child = await childOf(parent, '2017-03-01', false);
    const refused = await enroll({ c: cls, b: child, a: parent });
    expect(err(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { beneficiaryId: '未满14周岁的儿童报名前须有监护人的同意记录' },
    });
    const consent = await create(app, 'Consent', sampleInput('Consent', { ...world, parent, child }));
    expect((await enrollOk({ c: cls, b: child, a: parent })).status).toBe('ENROLLED');
    await app.ok(WithdrawConsentAtDocument, { id: consent, withdrawnAt: '2025-07-03T00:00:00Z' });
    const other = await klass();
    expect(err(await enroll({ c: other, b: child, a: parent })).fieldErrors).toEqual({
      beneficiaryId: '未满14周岁的儿童报名前须有监护人的同意记录',
    });
  });

  it('takes an applicant only if they are the person’s guardian (or the person themself)', async () => {
    const cls = await klass();
    const child = await childOf(world.parent);
    const stranger = await person();
    expect(err(await enroll({ c: cls, b: child, a: stranger }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { applicantId: '申请人须是该服务对象登记在册的监护人' },
    });
    const adult = await person();
    const own = await enrollOk({ c: await adultClass(), b: adult, a: adult });
    expect(own.applicantId).toBe(adult);
  });

  it('checks the days: at least one, at most the days the class meets', async () => {
    // 2025-07-14 … 2025-08-22, Monday to Friday: 30 days.
    const cls = await adultClass();
    const adult = await person();
    expect(err(await enroll({ c: cls, b: adult, d: 0 })).fieldErrors).toEqual({ days: '预约天数至少为1天' });
    expect(err(await enroll({ c: cls, b: adult, d: 31 })).fieldErrors).toEqual({
      days: '预约天数不能超过本班的上课天数（30天）',
    });
    expect((await enrollOk({ c: cls, b: adult, d: 30 })).feeFen).toBe(390_000);
  });

  it('refuses a second live enrollment of the same person in the class with CONFLICT, allows one after withdrawal', async () => {
    const cls = await adultClass();
    const adult = await person();
    const first = await enrollOk({ c: cls, b: adult });
    const again = await enroll({ c: cls, b: adult });
    expect(err(again)).toMatchObject({ code: 'CONFLICT', fieldErrors: { beneficiaryId: '已报名本班或在候补中' } });
    expect(again.errors?.[0].message).toBe('该服务对象已报名本班（或已在候补名单中），不能重复报名');
    // Also while waitlisted.
    const full = await adultClass({ capacity: 1 });
    await enrollOk({ c: full, b: await person() });
    expect((await enrollOk({ c: full, b: adult })).status).toBe('WAITLISTED');
    expect(err(await enroll({ c: full, b: adult })).code).toBe('CONFLICT');
    // After a withdrawal the person may apply again.
    await app.ok(WithdrawEnrollmentDocument, { id: first.id });
    expect((await enrollOk({ c: cls, b: adult })).status).toBe('ENROLLED');
    expect((await rows(cls)).map((r) => r.status)).toEqual(['WITHDRAWN', 'ENROLLED']);
  });

  it('returns the first enrollment for a repeated idempotency key, without a second row or audit event', async () => {
    const cls = await adultClass();
    const adult = await person();
    const x = { c: cls, b: adult, d: 7, k: `retry-${randomUUID()}` };
    const first = await enrollOk(x);
    const second = await enrollOk(x);
    expect(second).toEqual(first);
    // Sent ten times at once: still one row.
    const other = await person();
    const y = { c: cls, b: other, d: 3, k: `burst-${randomUUID()}` };
    const burst = await Promise.all(Array.from({ length: 10 }, () => enroll(y)));
    expect(burst.every((r) => !r.errors)).toBe(true);
    expect(new Set(burst.map((r) => r.data!.enroll.id)).size).toBe(1);
    expect((await rows(cls)).length).toBe(2);
    expect(await audits(first.id)).toEqual(['enroll']);
    expect(await audits(burst[0].data!.enroll.id)).toEqual(['enroll']);
  });

  it('answers CONFLICT for a repeated idempotency key with other data, and writes nothing', async () => {
    const cls = await adultClass();
    const adult = await person();
    const k = `key-${randomUUID()}`;
    const first = await enrollOk({ c: cls, b: adult, d: 7, k });
    const elsewhere = await adultClass();
    for (const other of [
      { c: cls, b: adult, d: 8, k },
      { c: elsewhere, b: adult, d: 7, k },
      { c: cls, b: await person(), d: 7, k },
      { c: cls, b: adult, a: adult, d: 7, k },
    ]) {
      const res = await enroll(other);
      expect(err(res)).toMatchObject({ code: 'CONFLICT', fieldErrors: { idempotencyKey: '已用于另一份报名请求' } });
    }
    expect((await rows(cls)).length).toBe(1);
    expect(await rows(elsewhere)).toEqual([]);
    expect((await enrollOk({ c: cls, b: adult, d: 7, k })).id).toBe(first.id);
    expect(err(await enroll({ c: cls, b: adult, k: ' ' })).fieldErrors).toEqual({
      idempotencyKey: '幂等键须为1～100个字符',
    });
  });

  it('answers NOT_FOUND for a class or person that does not exist or is out of the caller’s scope; analysts are refused', async () => {
    const cls = await adultClass();
    const adult = await person();
    expect(err(await enroll({ c: randomUUID(), b: adult }))).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'ServiceClass',
    });
    expect(err(await enroll({ c: 'not-an-id', b: adult }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await enroll({ c: cls, b: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', entity: 'Beneficiary' });
    expect(err(await enroll({ c: cls, b: adult, a: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await create(app, 'Organization', {
      name: '另一区总工会',
      kind: 'UNION',
      level: 'DISTRICT',
      parentId: world.city,
    });
    const outsider = await app.signIn({ username: 'enroll-outsider', role: 'ORG_STAFF', organizationId: elsewhere });
    expect(err(await enrollAs(app.as(outsider), { c: cls, b: adult }))).toMatchObject({ code: 'NOT_FOUND' });
    const analyst = await app.signIn({ username: 'enroll-analyst', role: 'ANALYST' });
    expect(err(await enrollAs(app.as(analyst), { c: cls, b: adult }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows(cls)).toEqual([]);
    // Staff of the sponsoring district may.
    const staff = await app.signIn({ username: 'enroll-staff', role: 'ORG_STAFF', organizationId: world.district });
    const res = await enrollAs(app.as(staff), { c: cls, b: adult });
    expect(res.data?.enroll.status).toBe('ENROLLED');
    const [event] = await app.sql<{ actor_label: string }>('select actor_label from audit_event where entity_id = $1', [
      res.data!.enroll.id,
    ]);
    expect(event.actor_label).toBe('enroll-staff');
  });
});

describe('waitlist and withdrawal', () => {
  it('a deleted enrollment frees its place like a withdrawal: the head of the waitlist moves up', async () => {
    const cls = await adultClass({ capacity: 1 });
    const made: Row[] = [];
    for (let i = 0; i < 3; i++) made.push(await enrollOk({ c: cls, b: await person() }));
    await app.ok(DeleteEnrollmentDocument, { id: made[0].id });
    expect((await rows(cls)).map((r) => [r.beneficiary_id, r.status, r.waitlist_position])).toEqual([
      [made[1].beneficiaryId, 'ENROLLED', null],
      [made[2].beneficiaryId, 'WAITLISTED', 1],
    ]);
    expect(await enrolledCount(cls)).toBe(1);
    expect(await audits(made[1].id)).toEqual(['enroll', 'promote']);
    expect(await audits(made[2].id)).toEqual(['enroll', 'renumber']);
  });

  it('waitlists when full, first come first served; a withdrawal promotes the head and renumbers the rest', async () => {
    const cls = await adultClass({ capacity: 2 });
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await person());
    const made: Row[] = [];
    for (const b of people) made.push(await enrollOk({ c: cls, b }));
    expect(made.map((e) => [e.status, e.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
      ['WAITLISTED', 4],
    ]);
    expect(made.slice(2).every((e) => e.enrolledAt === null)).toBe(true);

    // An enrolled person leaves: the head of the waitlist (people[2]) takes the place.
    const out = await withdraw(made[0].id);
    expect(out.data?.withdrawEnrollment).toMatchObject({ status: 'WITHDRAWN', waitlistPosition: null });
    expect(out.data?.withdrawEnrollment.withdrawnAt).toBeTruthy();
    const after = await rows(cls);
    expect(after.map((r) => [r.beneficiary_id, r.status, r.waitlist_position])).toEqual([
      [people[0], 'WITHDRAWN', null],
      [people[1], 'ENROLLED', null],
      [people[2], 'ENROLLED', null],
      [people[3], 'WAITLISTED', 1],
      [people[4], 'WAITLISTED', 2],
      [people[5], 'WAITLISTED', 3],
    ]);
    expect(await enrolledCount(cls)).toBe(2);
    expect(await audits(made[0].id)).toEqual(['enroll', 'withdraw']);
    expect(await audits(made[2].id)).toEqual(['enroll', 'promote']);
    expect(await audits(made[3].id)).toEqual(['enroll', 'renumber']);
    const [promoted] = await app.sql<{ enrolled_at: Date | null }>('select enrolled_at from enrollment where id = $1', [
      made[2].id,
    ]);
    expect(promoted.enrolled_at).toBeInstanceOf(Date);

    // A waitlisted person leaves: no one is promoted, the ones behind move up.
    await app.ok(WithdrawEnrollmentDocument, { id: made[4].id });
    expect((await rows(cls)).map((r) => [r.status, r.waitlist_position])).toEqual([
      ['WITHDRAWN', null],
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WITHDRAWN', null],
      ['WAITLISTED', 2],
    ]);

    // Already withdrawn: refused, nothing changes.
    const twice = await withdraw(made[0].id);
    expect(err(twice).code).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toBe('该报名已退出，不能重复退出');
    expect(await audits(made[0].id)).toEqual(['enroll', 'withdraw']);
    expect(err(await withdraw(randomUUID())).code).toBe('NOT_FOUND');
  });

  it('refuses a capacity below the number enrolled with fieldErrors.capacity, and fills from the waitlist when raised', async () => {
    const cls = await adultClass({ capacity: 3 });
    const made: Row[] = [];
    for (let i = 0; i < 6; i++) made.push(await enrollOk({ c: cls, b: await person() }));
    const lower = await app.gql(SetClassCapacityDocument, { id: cls, cap: 2 });
    expect(err(lower)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { capacity: '招收名额不能少于已报名人数（3人）' },
    });
    expect(await enrolledCount(cls)).toBe(3);
    expect((await app.ok(ClassCapacityDocument, { id: cls })).serviceClass!.capacity).toBe(3);
    // Equal to the number enrolled: fine.
    await app.ok(SetClassCapacityDocument, { id: cls, cap: 3 });
    // Two more places: the first two on the waitlist take them at once, the third becomes the head.
    await app.ok(SetClassCapacityDocument, { id: cls, cap: 5 });
    expect((await rows(cls)).map((r) => [r.status, r.waitlist_position])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
    ]);
    expect(await enrolledCount(cls)).toBe(5);
    expect(await audits(made[3].id)).toEqual(['enroll', 'promote']);
    expect(await audits(made[5].id)).toEqual(['enroll', 'renumber']);
    // The database refuses it too, whatever the client.
    await expect(app.sql('update service_class set capacity = 4 where id = $1', [cls])).rejects.toThrow(
      /service_class_enrolled_count_check/,
    );
  });

  it('reprices an enrollment when its days or applicant change, with the same rules', async () => {
    const cls = await klass();
    const child = await childOf(world.parent);
    const e = await enrollOk({ c: cls, b: child, a: world.parent, d: 10 });
    expect([e.feeFen, e.subsidyFen, e.payableFen]).toEqual([130_000, 65_000, 65_000]);
    const more = await app.ok(UpdateEnrollmentDocument, { id: e.id, data: { daysBooked: 12 } });
    expect(more.updateEnrollment).toEqual({ daysBooked: 12, feeFen: 156_000, subsidyFen: 78_000, payableFen: 78_000 });
    expect(err(await app.gql(UpdateEnrollmentDocument, { id: e.id, data: { daysBooked: 40 } })).fieldErrors).toEqual({
      daysBooked: '预约天数不能超过本班的上课天数（30天）',
    });
    expect(
      err(await app.gql(UpdateEnrollmentDocument, { id: e.id, data: { applicantId: await person() } })).fieldErrors,
    ).toEqual({
      applicantId: '申请人须是该服务对象登记在册的监护人',
    });
    // Without an applicant the child alone is not eligible: no subsidy.
    const alone = await app.ok(UpdateEnrollmentDocument, { id: e.id, data: { applicantId: null } });
    expect(alone.updateEnrollment).toMatchObject({ feeFen: 156_000, subsidyFen: 0, payableFen: 156_000 });
  });
});

describe('fees and subsidies', () => {
  let project: string;
  let street: string;
  let otherDistrict: string;
  beforeAll(async () => {
    project = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    street = await create(app, 'Organization', {
      name: '某街道总工会',
      kind: 'UNION',
      level: 'STREET',
      parentId: world.district,
    });
    otherDistrict = await create(app, 'Organization', {
      name: '邻区总工会',
      kind: 'UNION',
      level: 'DISTRICT',
      parentId: world.city,
    });
    // 工会关系在本区: the district's subtree; new-employment-form and difficult workers; 50%, at most 2,000 元.
    await create(app, 'SubsidyPolicy', {
      projectId: project,
      rateBp: 5000,
      capPerPersonFen: 200_000,
      eligibleCategories: ['NEW_EMPLOYMENT_FORM_WORKER', 'DIFFICULT_WORKER'],
      membershipOrganizationId: world.district,
    });
  });
  const worker = (categories: string[], unionOrganizationId: string | null) =>
    person({ categories, unionOrganizationId });

  it('pays the policy share to a child whose applying guardian is eligible and a member in the subtree', async () => {
    const cls = await klass({ projectId: project });
    const parent = await worker(['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER'], street); // a street inside the district
    const child = await childOf(parent);
    const e = await enrollOk({ c: cls, b: child, a: parent, d: 20 });
    expect([e.feeFen, e.subsidyFen, e.payableFen]).toEqual([260_000, 130_000, 130_000]);
  });

  it('caps the subsidy per person and rounds it down to the fen', async () => {
    const adult = await worker(['DIFFICULT_WORKER'], world.district);
    const capped = await enrollOk({ c: await adultClass({ projectId: project }), b: adult, d: 30 });
    // 30 × 130 元 = 3,900 元; half is 1,950 元, under the 2,000 元 cap.
    expect([capped.feeFen, capped.subsidyFen, capped.payableFen]).toEqual([390_000, 195_000, 195_000]);
    const dear = await enrollOk({ c: await adultClass({ projectId: project, feePerDayFen: 20_000 }), b: adult, d: 30 });
    expect([dear.feeFen, dear.subsidyFen, dear.payableFen]).toEqual([600_000, 200_000, 400_000]);
    // 7 days × 123.45 元 = 864.15 元: half is 432.075 元 → 432.07 元, the family pays 432.08 元.
    const odd = await enrollOk({ c: await adultClass({ projectId: project, feePerDayFen: 12_345 }), b: adult, d: 7 });
    expect([odd.feeFen, odd.subsidyFen, odd.payableFen]).toEqual([86_415, 43_207, 43_208]);
    const free = await enrollOk({ c: await adultClass({ projectId: project, feePerDayFen: 0 }), b: adult, d: 7 });
    expect([free.feeFen, free.subsidyFen, free.payableFen]).toEqual([0, 0, 0]);
  });

  it('pays nothing outside the membership subtree, without an eligible category, or without a policy', async () => {
    const cls = await adultClass({ projectId: project });
    const outside = await enrollOk({ c: cls, b: await worker(['NEW_EMPLOYMENT_FORM_WORKER'], otherDistrict), d: 10 });
    const noUnion = await enrollOk({ c: cls, b: await worker(['NEW_EMPLOYMENT_FORM_WORKER'], null), d: 10 });
    const wrongKind = await enrollOk({ c: cls, b: await worker(['WORKER'], world.district), d: 10 });
    const parentOutside = await worker(['NEW_EMPLOYMENT_FORM_WORKER'], otherDistrict);
    const child = await childOf(parentOutside);
    const viaParent = await enrollOk({ c: await klass({ projectId: project }), b: child, a: parentOutside, d: 10 });
    const bare = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    const noPolicy = await enrollOk({
      c: await adultClass({ projectId: bare }),
      b: await worker(['NEW_EMPLOYMENT_FORM_WORKER'], world.district),
      d: 10,
    });
    // Category and membership count only together, in one person: an eligible worker of another district
    // applying for a child who is (oddly) a member here gets nothing.
    const mixedChild = await childOf(parentOutside);
    await app.ok(SetBeneficiaryUnionOrganizationDocument, { id: mixedChild, u: world.district });
    const mixed = await enrollOk({ c: await klass({ projectId: project }), b: mixedChild, a: parentOutside, d: 10 });
    for (const e of [outside, noUnion, wrongKind, viaParent, noPolicy, mixed]) {
      expect([e.feeFen, e.subsidyFen, e.payableFen]).toEqual([130_000, 0, 130_000]);
    }
  });

  it('keeps fee = subsidy + payable and the 50% ceiling in the database itself', async () => {
    const bare = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    await expect(
      app.sql(`insert into subsidy_policy (id, project_id, rate_bp) values (gen_random_uuid(), $1, 6000)`, [bare]),
    ).rejects.toThrow(/subsidy_policy_rate_bp_check/);
    await expect(
      app.sql(`insert into subsidy_policy (id, project_id, rate_bp) values (gen_random_uuid(), $1, 5001)`, [bare]),
    ).rejects.toThrow(/subsidy_policy_rate_bp_check/);
    await app.sql(`insert into subsidy_policy (id, project_id, rate_bp) values (gen_random_uuid(), $1, 5000)`, [bare]);
    const [policy] = await app.sql<{ id: string }>('select id from subsidy_policy where project_id = $1', [bare]);
    await expect(app.sql('update subsidy_policy set rate_bp = 6000 where id = $1', [policy.id])).rejects.toThrow(
      /subsidy_policy_rate_bp_check/,
    );
    const [e] = await app.sql<{ id: string }>(`select id from enrollment where deleted_at is null limit 1`);
    await expect(app.sql('update enrollment set subsidy_fen = subsidy_fen + 1 where id = $1', [e.id])).rejects.toThrow(
      /enrollment_fee_fen_split_check/,
    );
    // And through the API.
    const res = await app.gql(CreateSubsidyPolicyAtRateDocument, {
      p: await create(app, 'ServiceProject', sampleInput('ServiceProject', world)),
      rateBp: 6000,
    });
    expect(err(res)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { rateBp: '不能大于 5000' } });
  });
});
