import {
  ApplyForPlaceDocument,
  ConfirmRoundDocument,
  DrawRoundDocument,
  OpenRoundDocument,
  RecordRoundObjectionDocument,
  ResolveRoundObjectionDocument,
  RoundNoticeDocument,
  RoundObjectionsOfRoundDocument,
  WithdrawApplicationDocument,
  WithdrawEnrollmentDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { create, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';
import type { GqlResponse } from '../../support/test-app';

/**
 * After the draw (issue 22 item 3) through GraphQL on the real database: objections (异议) only while the
 * notice runs, resolved once; the confirmation (确认) only after the notice period and with no objection
 * open, once, queueing one outbox message per drawn application for its applicant, with nothing
 * identifying in it. Time moves with SQL on the round's notice_ends_at, judged by the database clock.
 */
const { app, world } = useWorld();
const kit = () => deliveryKit(app, world);
const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** An adult worker with a name, an ID number and a mobile number on record (what must not leak). */
const member = (name: string) =>
  create(app, 'Beneficiary', { ...sampleInput('Beneficiary', world), name, categories: ['WORKER'] });

interface Drawn {
  roundId: string;
  classId: string;
  className: string;
  /** Every application, withdrawn one included. */
  applications: string[];
  people: string[];
}

/**
 * A drawn round on an adult class with 2 free places: four workers and a child applied for by its guardian
 * (world.parent); the fourth worker withdrew before the close. Its notice runs for the default 7 days.
 */
async function drawnRound(): Promise<Drawn> {
  const classId = await kit().klass({ minAgeMonths: null, maxAgeMonths: null, capacity: 2 });
  const [{ name: className }] = await app.sql<{ name: string }>('select name from service_class where id = $1', [
    classId,
  ]);
  const round = (
    await app.ok(OpenRoundDocument, { classId, opensAt: inMinutes(-1), closesAt: inMinutes(60), places: 2 })
  ).openApplicationRound;
  const people = [await member('张小明'), await member('李华'), await member('欧阳小红'), await member('王五')];
  const applications: string[] = [];
  for (const p of people) {
    const res = await app.ok(ApplyForPlaceDocument, { classId, beneficiaryId: p, days: 3 });
    applications.push(res.applyForPlace.id);
  }
  const child = await kit().childOf(world.parent);
  people.push(child);
  const res = await app.ok(ApplyForPlaceDocument, {
    classId,
    beneficiaryId: child,
    applicantId: world.parent,
    days: 3,
  });
  applications.push(res.applyForPlace.id);
  await app.ok(WithdrawApplicationDocument, { id: applications[3] });
  await app.sql(
    `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
      where id = $1`,
    [round.id],
  );
  await app.ok(DrawRoundDocument, { id: round.id });
  return { roundId: round.id, classId, className, applications, people };
}

/** The notice period is over (by the database clock). */
const endNotice = (roundId: string) =>
  app.sql(`update application_round set notice_ends_at = now() - interval '1 second' where id = $1`, [roundId]);

const record = (roundId: string, reason: string, applicationId: string | null = null) =>
  app.gql(RecordRoundObjectionDocument, { roundId, applicationId, reason });
const confirm = (id: string) => app.gql(ConfirmRoundDocument, { id });
const roundRow = async (id: string) =>
  (
    await app.sql<{ status: string; confirmed_at: Date | null; version: number }>(
      'select status, confirmed_at, version from application_round where id = $1',
      [id],
    )
  )[0];
const outbox = (roundId: string) =>
  app.sql<{
    kind: string;
    recipient_id: string;
    subject_id: string;
    payload: Record<string, unknown>;
    status: string;
    attempts: number;
    sent_at: Date | null;
    last_error: string | null;
  }>(
    `select kind, recipient_id::text, subject_id::text, payload, status, attempts, sent_at, last_error
       from notification_outbox where subject_id in (select id from application where round_id = $1)
      order by subject_id`,
    [roundId],
  );
const objections = (roundId: string) =>
  app.sql<{ status: string; reason: string; resolution: string | null; resolved_at: Date | null }>(
    'select status, reason, resolution, resolved_at from round_objection where round_id = $1 order by created_at',
    [roundId],
  );
const audits = async (id: string, action: string) =>
  (
    await app.sql<{ n: number }>('select count(*)::int as n from audit_event where entity_id = $1 and action = $2', [
      id,
      action,
    ])
  )[0].n;

describe('objections (异议) to a drawn round', () => {
  it('are taken only while the notice runs, about an application of the round, with a reason', async () => {
    const classId = await kit().klass({ minAgeMonths: null, maxAgeMonths: null });
    const open = (
      await app.ok(OpenRoundDocument, { classId, opensAt: inMinutes(-1), closesAt: inMinutes(60), places: 1 })
    ).openApplicationRound;
    const notYet = await record(open.id, '尚未摇号就有异议');
    expect(ext(notYet)).toMatchObject({ code: 'CONFLICT', status: 'OPEN' });
    expect(notYet.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);

    const d = await drawnRound();
    const empty = await record(d.roundId, '   ');
    expect(ext(empty)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: expect.any(String) } });
    const long = await record(d.roundId, '长'.repeat(501));
    expect(ext(long)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: expect.any(String) } });
    const other = await drawnRound();
    const elsewhere = await record(d.roundId, '这份申请不属于本轮', other.applications[0]);
    expect(ext(elsewhere)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { applicationId: '该申请不属于本报名轮次' },
    });
    const missing = await record('00000000-0000-7000-8000-000000000000', '不存在的轮次');
    expect(ext(missing)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await objections(d.roundId)).toEqual([]);

    const reason = '申请人张小明反映其工会关系未被认定为本区会员';
    const a = await record(d.roundId, reason, d.applications[0]);
    expect(a.errors).toBeUndefined();
    expect(a.data!.recordRoundObjection).toMatchObject({
      roundId: d.roundId,
      applicationId: d.applications[0],
      reason,
      status: 'OPEN',
      resolution: null,
      resolvedAt: null,
    });
    const b = (await app.ok(RecordRoundObjectionDocument, { roundId: d.roundId, reason: '对摇号过程有疑问' }))
      .recordRoundObjection;
    expect(b).toMatchObject({ applicationId: null, status: 'OPEN' });
    expect(await audits(b.id, 'recordObjection')).toBe(1);
    const listed = await app.ok(RoundObjectionsOfRoundDocument, { roundId: d.roundId });
    expect(listed.roundObjections.map((o) => o.id)).toEqual([a.data!.recordRoundObjection.id, b.id]);

    // After the notice period: refused, nothing written.
    await endNotice(d.roundId);
    const late = await record(d.roundId, '公示期后才提出');
    expect(ext(late)).toMatchObject({ code: 'CONFLICT', status: 'DRAWN' });
    expect(late.errors![0].message).toMatch(/^公示期已于 .* 结束，不能再登记异议$/);
    expect(await objections(d.roundId)).toHaveLength(2);
  });

  it('are resolved once, with a resolution; the notice counts them and never quotes them', async () => {
    const d = await drawnRound();
    const reasons = ['李华称其材料未被审核', '欧阳小红家长认为分档有误'];
    const ids = [];
    for (const r of reasons)
      ids.push((await app.ok(RecordRoundObjectionDocument, { roundId: d.roundId, reason: r })).recordRoundObjection.id);

    const blank = await app.gql(ResolveRoundObjectionDocument, { id: ids[0], upheld: true, resolution: '' });
    expect(ext(blank)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { resolution: expect.any(String) } });
    expect((await objections(d.roundId)).map((o) => o.status)).toEqual(['OPEN', 'OPEN']);

    const upheld = await app.ok(ResolveRoundObjectionDocument, { id: ids[0], upheld: true, resolution: '已补正材料' });
    expect(upheld.resolveRoundObjection).toMatchObject({ status: 'UPHELD', resolution: '已补正材料' });
    expect(upheld.resolveRoundObjection.resolvedAt).not.toBeNull();
    const twice = await app.gql(ResolveRoundObjectionDocument, { id: ids[0], upheld: false, resolution: '改为不成立' });
    expect(ext(twice)).toMatchObject({ code: 'CONFLICT', status: 'UPHELD' });
    const dismissed = await app.ok(ResolveRoundObjectionDocument, {
      id: ids[1],
      upheld: false,
      resolution: '分档符合规则',
    });
    expect(dismissed.resolveRoundObjection.status).toBe('DISMISSED');
    const rows = await objections(d.roundId);
    expect(rows.map((o) => [o.status, o.resolution])).toEqual([
      ['UPHELD', '已补正材料'],
      ['DISMISSED', '分档符合规则'],
    ]);
    expect(await audits(ids[0], 'resolveObjection')).toBe(1);

    const notice = await app.as(null).gql(RoundNoticeDocument, { id: d.roundId });
    expect(notice.data!.roundNotice).toMatchObject({
      objectionsRecorded: 2,
      objectionsUpheld: 1,
      objectionsDismissed: 1,
    });
    const page = await fetch(app.url.replace(/\/graphql$/, `/notice/${d.roundId}`));
    const html = await page.text();
    expect(html).toContain('公示期内收到异议 2 件（成立 1 件，不成立 1 件）');
    const text = JSON.stringify(notice) + html;
    for (const r of [...reasons, '已补正材料', '分档符合规则', ...ids]) expect(text).not.toContain(r);
  });
});

describe('the confirmation (确认) of a round', () => {
  it('waits for the end of the notice and for every objection, then queues one message per drawn application', async () => {
    const d = await drawnRound();
    const before = await roundRow(d.roundId);

    // Before the notice ends: CONFLICT saying when it ends, nothing changed.
    const early = await confirm(d.roundId);
    expect(ext(early)).toMatchObject({ code: 'CONFLICT', status: 'DRAWN' });
    expect(early.errors![0].message).toMatch(/^公示期至 .* 结束，期满后才能确认$/);
    expect(await roundRow(d.roundId)).toEqual(before);
    expect(await outbox(d.roundId)).toEqual([]);

    // An open objection blocks it, even after the notice ends.
    const objection = (await app.ok(RecordRoundObjectionDocument, { roundId: d.roundId, reason: '对结果有异议' }))
      .recordRoundObjection;
    await endNotice(d.roundId);
    const blocked = await confirm(d.roundId);
    expect(ext(blocked)).toMatchObject({ code: 'CONFLICT', open: 1 });
    expect(blocked.errors![0].message).toBe('尚有 1 条异议未处理，处理后才能确认');
    expect((await roundRow(d.roundId)).status).toBe('DRAWN');
    expect(await outbox(d.roundId)).toEqual([]);
    expect(await audits(d.roundId, 'confirmRound')).toBe(0);

    await app.ok(ResolveRoundObjectionDocument, { id: objection.id, upheld: false, resolution: '经复核摇号无误' });
    // One winner gives the place up during the notice period: the head of the draw's waitlist moves up.
    const [winner] = await app.sql<{ enrollment_id: string }>(
      `select enrollment_id::text from application where round_id = $1 and status = 'WON' order by draw_position limit 1`,
      [d.roundId],
    );
    await app.ok(WithdrawEnrollmentDocument, { id: winner.enrollment_id });
    const confirmed = (await app.ok(ConfirmRoundDocument, { id: d.roundId })).confirmApplicationRound;
    expect(confirmed).toMatchObject({ id: d.roundId, status: 'CONFIRMED' });
    expect(confirmed.confirmedAt).not.toBeNull();
    const after = await roundRow(d.roundId);
    expect(after.status).toBe('CONFIRMED');
    expect(after.confirmed_at).not.toBeNull();
    expect(await audits(d.roundId, 'confirmRound')).toBe(1);

    // One PENDING message per WON or WAITLISTED application (not the withdrawn one), to its applicant.
    const drawn = await app.sql<{
      id: string;
      beneficiary_id: string;
      applicant_id: string | null;
      status: string;
      draw_position: number;
      number: string;
      place: string;
      waitlist_position: number | null;
    }>(
      `select a.id::text, a.beneficiary_id::text, a.applicant_id::text, a.status, a.draw_position, a.number,
              e.status as place, e.waitlist_position
         from application a join enrollment e on e.id = a.enrollment_id
        where a.round_id = $1 and a.status in ('WON', 'WAITLISTED') order by a.id`,
      [d.roundId],
    );
    expect(drawn).toHaveLength(4);
    expect(drawn.filter((a) => a.status === 'WON')).toHaveLength(2);
    const rows = await outbox(d.roundId);
    expect(rows.map((r) => r.subject_id)).toEqual(drawn.map((a) => a.id));
    expect(rows.map((r) => r.subject_id)).not.toContain(d.applications[3]);
    for (const [i, r] of rows.entries()) {
      const a = drawn[i];
      expect(r).toMatchObject({
        kind: 'ROUND_RESULT',
        recipient_id: a.applicant_id ?? a.beneficiary_id,
        status: 'PENDING',
        attempts: 0,
        sent_at: null,
        last_error: null,
      });
      expect(r.payload).toEqual({
        roundId: d.roundId,
        className: d.className,
        outcome: a.status,
        position: a.draw_position,
        numberLast4: a.number.slice(-4),
        enrollmentStatus: a.place,
        waitlistPosition: a.waitlist_position,
      });
    }
    // A winner who gave up the place before the confirmation: the first waitlisted moved up, and the
    // message says so beside the draw's outcome (checked on the rows above: one WAITLISTED now ENROLLED).
    expect(drawn.filter((a) => a.status === 'WAITLISTED' && a.place === 'ENROLLED')).toHaveLength(1);
    // The child's message goes to its guardian, the adults' to themselves.
    const child = drawn.find((a) => a.beneficiary_id === d.people[4])!;
    expect(rows.find((r) => r.subject_id === child.id)!.recipient_id).toBe(world.parent);

    // Nothing identifying in the payloads: no name, id of a person, birth date, ID number or phone.
    const text = JSON.stringify(rows.map((r) => r.payload));
    const personal = await app.sql<{ id: string; name: string; birth_date: string | null; phone: string | null }>(
      `select id::text, name, birth_date::text, phone from beneficiary where id = any($1::uuid[])`,
      [[...d.people, world.parent]],
    );
    expect(personal.filter((p) => p.phone).length).toBeGreaterThan(0);
    for (const p of personal)
      for (const value of [p.id, p.name, p.birth_date, p.phone]) if (value) expect(text).not.toContain(value);
    for (const id of d.applications) expect(text).not.toContain(id);
    expect(text).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/); // an ID number
    expect(text).not.toMatch(/(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/); // a mobile number

    // A second confirmation: CONFLICT, no second set of messages, the round untouched.
    const again = await confirm(d.roundId);
    expect(ext(again)).toMatchObject({ code: 'CONFLICT', status: 'CONFIRMED' });
    expect(await roundRow(d.roundId)).toEqual(after);
    expect(await outbox(d.roundId)).toEqual(rows);
    expect(await audits(d.roundId, 'confirmRound')).toBe(1);
    // And no more objections once confirmed.
    expect(ext(await record(d.roundId, '确认之后的异议'))).toMatchObject({ code: 'CONFLICT', status: 'CONFIRMED' });
  });

  it('refuses a round not drawn yet, and confirms once when two staff press 确认 at the same moment', async () => {
    const classId = await kit().klass({ minAgeMonths: null, maxAgeMonths: null });
    const open = (
      await app.ok(OpenRoundDocument, { classId, opensAt: inMinutes(-1), closesAt: inMinutes(60), places: 1 })
    ).openApplicationRound;
    expect(ext(await confirm(open.id))).toMatchObject({ code: 'CONFLICT', status: 'OPEN' });
    expect((await roundRow(open.id)).status).toBe('OPEN');

    const d = await drawnRound();
    await endNotice(d.roundId);
    const both = await Promise.all([confirm(d.roundId), confirm(d.roundId)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(ext(both.find((r) => r.errors)!)).toMatchObject({ code: 'CONFLICT' });
    expect(await outbox(d.roundId)).toHaveLength(4);
    expect(await audits(d.roundId, 'confirmRound')).toBe(1);
  });
});
