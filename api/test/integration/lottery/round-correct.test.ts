import { verifyDraw } from '../../../src/modules/lottery/verify-draw';
import {
  ApplyForPlaceDocument,
  ConfirmRoundDocument,
  CorrectRoundDocument,
  DrawRoundDocument,
  OpenRoundDocument,
  RecordRoundObjectionDocument,
  ResolveRoundObjectionDocument,
  RoundNoticeDocument,
  WithdrawApplicationDocument,
  WithdrawEnrollmentDocument,
  type RoundCorrectionChangeInput,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * Corrections (更正) after an upheld objection (issue 22 item 3), through GraphQL on the real database: the
 * changed list is drawn again with the same seed and places, only the applications whose outcome changed
 * move, places and the waitlist follow the corrected draw, and the correction is published so that the
 * whole chain verifies from the notice alone.
 */
const { app, world } = useWorld();
const kit = () => deliveryKit(app, world);
const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const NAMES = ['赵一明', '钱二红', '孙三华', '李四强', '周五芳', '吴六军'];

interface App {
  id: string;
  number: string;
  beneficiary_id: string;
  status: string;
  tier: number;
  draw_position: number | null;
  enrollment_id: string | null;
}
interface Place {
  id: string;
  status: string;
  waitlist_position: number | null;
  version: number;
}

/**
 * A round on an adult class with `capacity` places and a two-tier rule (困难职工 first); six workers apply,
 * the last one withdraws before the close (the first two drawn together when `siblings` marks them); drawn.
 */
async function drawnRound(capacity = 2, siblings: string | null = null) {
  const classId = await kit().klass({ minAgeMonths: null, maxAgeMonths: null, capacity });
  const round = (
    await app.ok(OpenRoundDocument, {
      classId,
      opensAt: inMinutes(-1),
      closesAt: inMinutes(60),
      places: capacity,
      tierRules: [{ label: '困难职工', categories: ['DIFFICULT_WORKER'] }],
    })
  ).openApplicationRound;
  const ids: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    const person = await create(app, 'Beneficiary', {
      ...sampleInput('Beneficiary', world),
      name,
      categories: ['WORKER'],
    });
    const siblingGroup = i < 2 ? siblings : null;
    const res = await app.ok(ApplyForPlaceDocument, { classId, beneficiaryId: person, days: 3, siblingGroup });
    ids.push(res.applyForPlace.id);
  }
  await app.ok(WithdrawApplicationDocument, { id: ids[5] });
  await app.sql(
    `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
      where id = $1`,
    [round.id],
  );
  await app.ok(DrawRoundDocument, { id: round.id });
  return { roundId: round.id, classId };
}

const apps = (roundId: string) =>
  app.sql<App>(
    `select id, number, beneficiary_id, status, tier, draw_position, enrollment_id from application
      where round_id = $1 order by number`,
    [roundId],
  );
const places = async (roundId: string) =>
  new Map(
    (
      await app.sql<Place & { application_id: string }>(
        `select a.id as application_id, e.id, e.status, e.waitlist_position, e.version
           from application a join enrollment e on e.id = a.enrollment_id where a.round_id = $1`,
        [roundId],
      )
    ).map((p) => [p.application_id, p]),
  );
const notice = async (id: string) => (await app.as(null).ok(RoundNoticeDocument, { id })).roundNotice;
const by = (rows: App[], status: string, position: number) =>
  rows.find((a) => a.status === status && a.draw_position === position)!;

/** An upheld objection about an application of the round: what a correction needs. */
async function upheld(roundId: string, applicationId: string | null = null): Promise<string> {
  const o = (await app.ok(RecordRoundObjectionDocument, { roundId, applicationId, reason: '申请材料与事实不符' }))
    .recordRoundObjection;
  await app.ok(ResolveRoundObjectionDocument, { id: o.id, upheld: true, resolution: '经核实成立，予以更正' });
  return o.id;
}
const correct = (objectionId: string, changes: RoundCorrectionChangeInput[]) =>
  app.gql(CorrectRoundDocument, { objectionId, changes });

/** Every drawn application's place follows its outcome; the waitlist is gap-free in draw order. */
async function expectPlacesFollowDraw(roundId: string, classId: string, capacity: number) {
  const rows = await apps(roundId);
  const placeOf = await places(roundId);
  for (const a of rows.filter((r) => r.status === 'WON'))
    expect(placeOf.get(a.id)).toMatchObject({ status: 'ENROLLED' });
  const waiting = rows
    .filter((r) => r.status === 'WAITLISTED')
    .sort((x, y) => x.draw_position! - y.draw_position!)
    .map((a) => placeOf.get(a.id)!.waitlist_position);
  expect(waiting).toEqual(waiting.map((_, i) => i + 1));
  const [{ n }] = await app.sql<{ n: number }>(
    `select count(*)::int as n from enrollment where class_id = $1 and status = 'ENROLLED' and deleted_at is null`,
    [classId],
  );
  expect(n).toBe(capacity);
}

describe('a correction after an upheld objection', () => {
  it('excludes a winner: the place goes down the drawn order, nothing else moves, and it verifies', async () => {
    const d = await drawnRound();
    const before = await apps(d.roundId);
    const placesBefore = await places(d.roundId);
    const [w1, w2, l1] = [by(before, 'WON', 1), by(before, 'WON', 2), by(before, 'WAITLISTED', 1)];
    const noticeBefore = await notice(d.roundId);

    const objectionId = await upheld(d.roundId, w1.id);
    const res = await correct(objectionId, [{ applicationId: w1.id, action: 'EXCLUDE' }]);
    expect(res.errors).toBeUndefined();
    const [used] = await app.sql<{ corrected_at: Date | null }>(
      'select corrected_at from round_objection where id = $1',
      [objectionId],
    );
    expect(used.corrected_at).not.toBeNull();
    const after = await apps(d.roundId);
    const placeOf = await places(d.roundId);
    const row = (id: string) => after.find((a) => a.id === id)!;
    expect(row(w1.id)).toMatchObject({ status: 'DISQUALIFIED', draw_position: null });
    expect(placeOf.get(w1.id)).toMatchObject({ status: 'WITHDRAWN', waitlist_position: null });
    expect(row(w2.id)).toMatchObject({ status: 'WON', draw_position: 1 });
    expect(row(l1.id)).toMatchObject({ status: 'WON', draw_position: 2 });
    expect(placeOf.get(l1.id)).toMatchObject({ status: 'ENROLLED' });
    // The other winner's place was not touched: same row version.
    expect(placeOf.get(w2.id)!.version).toBe(placesBefore.get(w2.id)!.version);
    await expectPlacesFollowDraw(d.roundId, d.classId, 2);

    const n = await notice(d.roundId);
    expect(n.applications.map((a) => a.number)).not.toContain(w1.number);
    expect(n.listHash).not.toBe(noticeBefore.listHash);
    expect(new Date(n.noticeEndsAt!).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(n.corrections).toHaveLength(1);
    expect(n.tierLabels).toEqual(['困难职工', '其他']);
    expect(n.corrections[0]).toMatchObject({
      changes: [{ number: w1.number, action: 'EXCLUDE', fromTier: 2, toTier: 2 }],
      previousListHash: noticeBefore.listHash,
      previousResultHash: noticeBefore.resultHash,
      listHash: n.listHash,
      resultHash: n.resultHash,
    });
    expect(n.corrections[0].previousList).toEqual(noticeBefore.applications);
    expect(n.corrections[0].moves).toEqual(
      expect.arrayContaining([
        { numberLast4: w1.number, from: 'WON 1', to: 'DISQUALIFIED' },
        { numberLast4: w2.number, from: 'WON 2', to: 'WON 1' },
        { numberLast4: l1.number, from: 'WAITLISTED 1', to: 'WON 2' },
      ]),
    );
    const verified = verifyDraw(n);
    expect(verified.lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(verified.lines.join('\n')).toContain('更正 1');
    // Tampering with the published list before the correction is caught.
    const tampered = { ...n, corrections: [{ ...n.corrections[0], previousList: n.applications }] };
    expect(verifyDraw(tampered).matches).toBe(false);
    // The page shows the correction too; nothing personal on either: no name, no id of a person or application.
    const page = await (await fetch(app.url.replace(/\/graphql$/, `/notice/${d.roundId}`))).text();
    expect(page).toContain('更正 1');
    expect(page).toContain(`${w1.number} 取消资格`);
    const text = JSON.stringify(n) + page;
    for (const s of [...NAMES, ...before.map((a) => a.beneficiary_id), ...before.map((a) => a.id)])
      expect(text).not.toContain(s);
  });

  it('corrects a tier: the raised application wins, the last winner waits at the head of the round', async () => {
    const d = await drawnRound();
    const before = await apps(d.roundId);
    const last = by(before, 'WAITLISTED', 3);
    const res = await correct(await upheld(d.roundId, last.id), [
      { applicationId: last.id, action: 'RETIER', tier: 1 },
    ]);
    expect(res.errors).toBeUndefined();
    const after = await apps(d.roundId);
    const row = (id: string) => after.find((a) => a.id === id)!;
    expect(row(last.id)).toMatchObject({ status: 'WON', draw_position: 1, tier: 1 });
    expect(row(by(before, 'WON', 1).id)).toMatchObject({ status: 'WON', draw_position: 2 });
    expect(row(by(before, 'WON', 2).id)).toMatchObject({ status: 'WAITLISTED', draw_position: 1 });
    await expectPlacesFollowDraw(d.roundId, d.classId, 2);
    expect(verifyDraw(await notice(d.roundId)).matches).toBe(true);
  });

  it('reinstates an application withdrawn by mistake into the draw', async () => {
    const d = await drawnRound();
    const withdrawn = (await apps(d.roundId)).find((a) => a.status === 'WITHDRAWN')!;
    const res = await correct(await upheld(d.roundId), [{ applicationId: withdrawn.id, action: 'REINSTATE' }]);
    expect(res.errors).toBeUndefined();
    const row = (await apps(d.roundId)).find((a) => a.id === withdrawn.id)!;
    expect(['WON', 'WAITLISTED']).toContain(row.status);
    expect(row.enrollment_id).not.toBeNull();
    await expectPlacesFollowDraw(d.roundId, d.classId, 2);
    const n = await notice(d.roundId);
    expect(n.applications.map((a) => a.number)).toContain(withdrawn.number);
    expect(verifyDraw(n).matches).toBe(true);
  });

  it('lets changes made since the draw stand: a place already moved up is not taken twice', async () => {
    const d = await drawnRound();
    const before = await apps(d.roundId);
    const [w1, w2, l1, l2] = [
      by(before, 'WON', 1),
      by(before, 'WON', 2),
      by(before, 'WAITLISTED', 1),
      by(before, 'WAITLISTED', 2),
    ];
    // The first winner's family gives the place up: the head of the waitlist moves up, as for any class.
    await app.ok(WithdrawEnrollmentDocument, { id: w1.enrollment_id! });
    expect((await places(d.roundId)).get(l1.id)).toMatchObject({ status: 'ENROLLED' });

    const res = await correct(await upheld(d.roundId, w2.id), [{ applicationId: w2.id, action: 'EXCLUDE' }]);
    expect(res.errors).toBeUndefined();
    const placeOf = await places(d.roundId);
    expect(placeOf.get(w1.id)).toMatchObject({ status: 'WITHDRAWN' });
    expect(placeOf.get(l1.id)).toMatchObject({ status: 'ENROLLED' });
    expect(placeOf.get(l2.id)).toMatchObject({ status: 'ENROLLED' });
    const [{ enrolled, capacity }] = await app.sql<{ enrolled: number; capacity: number }>(
      'select enrolled_count as enrolled, capacity from service_class where id = $1',
      [d.classId],
    );
    expect(enrolled).toBe(capacity);
  });

  it('is refused without an upheld objection, twice, after confirmation, or with a wrong change', async () => {
    const d = await drawnRound();
    const rows = await apps(d.roundId);
    const [won, waiting, withdrawn] = [
      by(rows, 'WON', 1),
      by(rows, 'WAITLISTED', 1),
      rows.find((a) => a.status === 'WITHDRAWN')!,
    ];
    const open = (await app.ok(RecordRoundObjectionDocument, { roundId: d.roundId, reason: '尚在处理' }))
      .recordRoundObjection;
    expect(ext(await correct(open.id, [{ applicationId: won.id, action: 'EXCLUDE' }]))).toMatchObject({
      code: 'CONFLICT',
      status: 'OPEN',
    });
    await app.ok(ResolveRoundObjectionDocument, { id: open.id, upheld: false, resolution: '经核实不成立' });
    expect(ext(await correct(open.id, [{ applicationId: won.id, action: 'EXCLUDE' }]))).toMatchObject({
      code: 'CONFLICT',
      status: 'DISMISSED',
    });

    const objection = await upheld(d.roundId);
    const bad: [RoundCorrectionChangeInput[], string][] = [
      [[], 'changes'],
      [[{ applicationId: won.id, action: 'RETIER', tier: 3 }], 'changes.0.tier'],
      [[{ applicationId: won.id, action: 'RETIER', tier: 2 }], 'changes.0.tier'],
      [[{ applicationId: withdrawn.id, action: 'EXCLUDE' }], 'changes.0.applicationId'],
      [[{ applicationId: waiting.id, action: 'REINSTATE' }], 'changes.0.applicationId'],
      [
        [
          { applicationId: won.id, action: 'EXCLUDE' },
          { applicationId: won.id, action: 'RETIER', tier: 1 },
        ],
        'changes.1.applicationId',
      ],
      [[{ applicationId: (await drawnRound()).roundId, action: 'EXCLUDE' }], 'changes.0.applicationId'],
    ];
    const listHash = (await notice(d.roundId)).listHash;
    for (const [changes, field] of bad) {
      const res = await correct(objection, changes);
      expect(ext(res)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { [field]: expect.any(String) } });
    }
    expect((await notice(d.roundId)).listHash).toBe(listHash);
    expect(await apps(d.roundId)).toEqual(rows);

    expect((await correct(objection, [{ applicationId: won.id, action: 'EXCLUDE' }])).errors).toBeUndefined();
    const again = await correct(objection, [{ applicationId: waiting.id, action: 'EXCLUDE' }]);
    expect(ext(again)).toMatchObject({ code: 'CONFLICT' });

    const kept = await upheld(d.roundId);
    await app.sql(`update application_round set notice_ends_at = now() - interval '1 second' where id = $1`, [
      d.roundId,
    ]);
    await app.ok(ConfirmRoundDocument, { id: d.roundId });
    const late = await correct(kept, [{ applicationId: waiting.id, action: 'EXCLUDE' }]);
    expect(ext(late)).toMatchObject({ code: 'CONFLICT', status: 'CONFIRMED' });
    const messages = await app.sql<{ payload: { outcome: string; position: number | null } }>(
      'select payload from notification_outbox where subject_id = $1',
      [won.id],
    );
    expect(messages.map((m) => m.payload)).toEqual([
      expect.objectContaining({ outcome: 'DISQUALIFIED', position: null }),
    ]);
  });

  it('keeps siblings in one tier: a correction must move the whole group', async () => {
    const d = await drawnRound(2, '兄妹');
    const [first, second] = await apps(d.roundId);
    const objection = await upheld(d.roundId, first.id);
    const split = await correct(objection, [{ applicationId: first.id, action: 'RETIER', tier: 1 }]);
    expect(ext(split)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { changes: expect.any(String) } });
    const both = await correct(objection, [
      { applicationId: first.id, action: 'RETIER', tier: 1 },
      { applicationId: second.id, action: 'RETIER', tier: 1 },
    ]);
    expect(both.errors).toBeUndefined();
    const rows = await apps(d.roundId);
    expect(rows.slice(0, 2).map((a) => [a.status, a.tier])).toEqual([
      ['WON', 1],
      ['WON', 1],
    ]);
    await expectPlacesFollowDraw(d.roundId, d.classId, 2);
    expect(verifyDraw(await notice(d.roundId)).matches).toBe(true);
  });
});

describe('rounds of one class', () => {
  it('open one at a time until the last is confirmed', async () => {
    const d = await drawnRound(3);
    await app.sql(`update service_class set capacity = capacity + 2 where id = $1`, [d.classId]);
    const second = () =>
      app.gql(OpenRoundDocument, { classId: d.classId, opensAt: inMinutes(-1), closesAt: inMinutes(60), places: 1 });
    expect(ext(await second())).toMatchObject({ code: 'CONFLICT', fieldErrors: { classId: expect.any(String) } });
    await app.sql(`update application_round set notice_ends_at = now() - interval '1 second' where id = $1`, [
      d.roundId,
    ]);
    await app.ok(ConfirmRoundDocument, { id: d.roundId });
    expect((await second()).errors).toBeUndefined();
  });
});
