import { createHash, randomUUID } from 'node:crypto';
import { draw, seedHashOf } from '../../../src/modules/lottery/draw';
import { verifyDraw } from '../../../src/modules/lottery/verify-draw';
import {
  ApplyForPlaceDocument,
  ClassApplicationRoundsDocument,
  CorrectRoundDocument,
  DrawRoundDocument,
  EnrollForFixtureDocument,
  OpenRoundDocument,
  RecordRoundObjectionDocument,
  ResolveRoundObjectionDocument,
  RoundClassesOfRoundDocument,
  RoundDemandDocument,
  RoundNoticeDocument,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * A round over several classes of one project, applicants listing them in order of preference (issue 22
 * item 1), through GraphQL on the real database: the classes and choices are checked, each class's places
 * are drawn in one draw (each unit takes its first choice with room), places land in the class won and the
 * waitlist of the first choice, and the notice publishes enough to recompute it all.
 */
const { app, world } = useWorld();
const kit = () => deliveryKit(app, world);
const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const adults = { minAgeMonths: null, maxAgeMonths: null };
const worker = (name: string) =>
  create(app, 'Beneficiary', { ...sampleInput('Beneficiary', world), name, categories: ['WORKER'] });
const open = (classId: string, moreClassIds: string[], places: number) =>
  app.gql(OpenRoundDocument, { classId, moreClassIds, opensAt: inMinutes(-1), closesAt: inMinutes(60), places });
const apply = (classId: string, beneficiaryId: string, alsoClassIds: string[] = []) =>
  app.gql(ApplyForPlaceDocument, { classId, beneficiaryId, days: 3, alsoClassIds });
const places = (classId: string) =>
  app.sql<{ beneficiary_id: string; status: string; waitlist_position: number | null }>(
    `select beneficiary_id, status, waitlist_position from enrollment
      where class_id = $1 and deleted_at is null order by waitlist_position nulls first`,
    [classId],
  );

/**
 * The list of the test below (0001–0003 choose A then B, 0004 A, 0005 B; A 2 places, B 1, C 3): a seed under
 * which B's winner chose A first and, once A's first winner is excluded, moves up into A.
 */
function seedWithMove(): string {
  const applications = ['A>B', 'A>B', 'A>B', 'A', 'B'].map((c, i) => ({
    number: String(i + 1).padStart(4, '0'),
    tier: 1,
    group: null,
    prefs: c.split('>'),
  }));
  const classes = [
    { label: 'A', places: 2 },
    { label: 'B', places: 1 },
    { label: 'C', places: 3 },
  ];
  for (let k = 0; ; k++) {
    const seed = createHash('sha256').update(`seed ${k}`).digest('hex');
    const first = draw({ roundId: 'r', places: 6, seed, applications, classes }).lines;
    const a1 = first.find((l) => l.outcome === 'WON' && l.class === 'A' && l.position === 1)!;
    const b1 = first.find((l) => l.outcome === 'WON' && l.class === 'B');
    const rest = applications.filter((x) => x.number !== a1.number);
    const second = draw({ roundId: 'r', places: 6, seed, applications: rest, classes }).lines;
    if (b1 && second.some((l) => l.number === b1.number && l.class === 'A' && l.outcome === 'WON')) return seed;
  }
}

describe('a round over several classes', () => {
  it('checks its classes: one project, no repeats, places within their free places', async () => {
    const [a, b] = [await kit().klass({ ...adults, capacity: 2 }), await kit().klass({ ...adults, capacity: 1 })];
    const otherProject = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    const elsewhere = await kit().klass({ ...adults, projectId: otherProject });
    expect(ext(await open(a, [elsewhere], 1))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'moreClassIds.0': expect.stringContaining('同一项目') },
    });
    expect(ext(await open(a, [a], 1))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { moreClassIds: '班级不能重复' },
    });
    expect(ext(await open(a, [b], 4))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { places: expect.stringContaining('3') },
    });
    const [{ n }] = await app.sql<{ n: number }>(
      'select count(*)::int as n from round_class where class_id = any($1)',
      [[a, b]],
    );
    expect(n).toBe(0);
  });

  it('takes choices among its classes, checks each, draws them together, and verifies from the notice', async () => {
    const a = await kit().klass({ ...adults, capacity: 2 });
    const b = await kit().klass({ ...adults, capacity: 1 });
    const young = await kit().klass({ capacity: 3 }); // ages 6–13: no adult is eligible
    const round = (
      await app.ok(OpenRoundDocument, {
        classId: a,
        moreClassIds: [b, young],
        opensAt: inMinutes(-1),
        closesAt: inMinutes(60),
        places: 6,
      })
    ).openApplicationRound;

    const people = [];
    for (const name of ['甲一', '乙二', '丙三', '丁四', '戊五']) people.push(await worker(name));
    // A class that is not the round's, a repeated choice, a choice the person is not eligible for.
    const stranger = await kit().klass(adults);
    expect(ext(await apply(a, people[0], [stranger]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'alsoClassIds.0': '不是本报名轮次的班级' },
    });
    expect(ext(await apply(a, people[0], [b, b]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'alsoClassIds.1': '志愿班级不能重复' },
    });
    expect(ext(await apply(a, people[0], [young]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { 'alsoClassIds.0': expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
    // A class of this round is busy until it is confirmed: another round naming it is refused on its argument.
    expect(ext(await open(stranger, [b], 1))).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { 'moreClassIds.0': expect.stringContaining('已有未结束的报名轮次') },
    });
    expect(ext(await open(stranger, [b], 1)).fieldErrors).not.toHaveProperty('classId');
    // While the round is open, no class of it takes a direct enrollment.
    const direct = await app.gql(EnrollForFixtureDocument, {
      classId: b,
      beneficiaryId: people[4],
      days: 3,
      idempotencyKey: randomUUID(),
    });
    expect(ext(direct)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { classId: expect.any(String) } });

    // Everyone wants A first (2 places); some take B (1 place) as second choice; one applies for B only.
    for (const p of people.slice(0, 3)) expect((await apply(a, p, [b])).errors).toBeUndefined();
    expect((await apply(a, people[3])).errors).toBeUndefined();
    expect((await apply(b, people[4])).errors).toBeUndefined();
    await app.sql(
      `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
        where id = $1`,
      [round.id],
    );
    // A seed under which the correction below moves someone between classes (found by the published algorithm).
    const seed = seedWithMove();
    await app.sql('update application_round set seed = $2, seed_hash = $3 where id = $1', [
      round.id,
      seed,
      seedHashOf(seed),
    ]);
    const drawn = (await app.ok(DrawRoundDocument, { id: round.id })).drawApplicationRound;
    expect(drawn.placesDrawn).toBe(6);

    const [inA, inB, inYoung] = [await places(a), await places(b), await places(young)];
    expect(inA.filter((p) => p.status === 'ENROLLED')).toHaveLength(2);
    expect(inB.filter((p) => p.status === 'ENROLLED')).toHaveLength(1);
    expect(inYoung).toEqual([]);
    // Each person holds one place or one waitlist position, in a class they chose; waiters on their first choice.
    const all = [...inA.map((p) => ({ ...p, cls: a })), ...inB.map((p) => ({ ...p, cls: b }))];
    expect(all.map((p) => p.beneficiary_id).sort()).toEqual([...people].sort());
    const chose = new Map<string, string[]>([
      ...people.slice(0, 3).map((p): [string, string[]] => [p, [a, b]]),
      [people[3], [a]],
      [people[4], [b]],
    ]);
    for (const p of all) {
      expect(chose.get(p.beneficiary_id)).toContain(p.cls);
      if (p.status === 'WAITLISTED') expect(p.cls).toBe(chose.get(p.beneficiary_id)![0]);
    }
    for (const waiting of [inA, inB].map((rows) => rows.filter((p) => p.status === 'WAITLISTED')))
      expect(waiting.map((p) => p.waitlist_position)).toEqual(waiting.map((_, i) => i + 1));

    // What the console's round page reads: the classes with their labels, each application's choices and place.
    const staff = (await app.ok(RoundClassesOfRoundDocument, { id: round.id })).applicationRound!;
    expect(staff.classes.map((c) => [c.label, c.classId, c.places, c.placesDrawn])).toEqual([
      ['A', a, 2, 2],
      ['B', b, 1, 1],
      ['C', young, 3, 3],
    ]);
    expect(staff.classes.every((c) => c.className.length > 0)).toBe(true);
    expect(staff.applications.map((x) => x.choices)).toEqual([['A', 'B'], ['A', 'B'], ['A', 'B'], ['A'], ['B']]);
    const labelOf = new Map(staff.classes.map((c) => [c.classId, c.label]));
    for (const x of staff.applications) expect(x.choices).toContain(labelOf.get(x.enrollment!.classId));
    // Each class's page lists the round, whether it is the round's first class or one more.
    for (const c of [a, b, young])
      expect((await app.ok(ClassApplicationRoundsDocument, { classId: c })).classApplicationRounds).toEqual([
        { id: round.id, classId: a },
      ]);
    expect((await app.ok(ClassApplicationRoundsDocument, { classId: stranger })).classApplicationRounds).toEqual([]);
    expect(ext(await app.gql(ClassApplicationRoundsDocument, { classId: randomUUID() }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const notice = (await app.as(null).ok(RoundNoticeDocument, { id: round.id })).roundNotice;
    expect(notice.classes.map((c) => [c.label, c.placesDrawn])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 3],
    ]);
    expect(notice.applications.map((x) => x.preferences)).toEqual([['A', 'B'], ['A', 'B'], ['A', 'B'], ['A'], ['B']]);
    expect(notice.results.every((r) => r.classLabel === 'A' || r.classLabel === 'B')).toBe(true);
    const verified = verifyDraw(notice);
    expect(verified.lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(verified.matches).toBe(true);
    // A published choice changed: the list hash no longer matches.
    const changed = notice.applications.map((x, i) => (i === 3 ? { ...x, preferences: ['B'] } : x));
    expect(verifyDraw({ ...notice, applications: changed }).matches).toBe(false);

    // 报名需求: applications against places, each application counted for its first choice.
    const dayOffset = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const span = { from: dayOffset(-30), to: dayOffset(30) };
    const byClass = (await app.ok(RoundDemandDocument, { ...span, groupBy: 'CLASS' })).roundDemand;
    const mine = (key: string) => byClass.find((r) => r.key === key);
    expect(mine(a)).toMatchObject({ rounds: 1, places: 2, applications: 4, ratio: 2 });
    expect(mine(b)).toMatchObject({ rounds: 1, places: 1, applications: 1, ratio: 1 });
    // Won anywhere in the round, counted under the first choice: B's place went to an A>B applicant or to B's own.
    expect(mine(a)!.won + mine(b)!.won).toBe(3);
    expect(mine(young)).toMatchObject({ rounds: 1, places: 3, applications: 0, won: 0, ratio: 0 });
    const byCategory = (await app.ok(RoundDemandDocument, { ...span, groupBy: 'CATEGORY' })).roundDemand;
    expect(byCategory.every((r) => /[\u4e00-\u9fa5]/.test(r.label))).toBe(true);
    const total = (rows: { applications: number }[]) => rows.reduce((n, r) => n + r.applications, 0);
    expect(total(byCategory)).toBe(total(byClass));
    const byArea = (await app.ok(RoundDemandDocument, { ...span, groupBy: 'AREA' })).roundDemand;
    expect(total(byArea)).toBe(total(byClass));
    const backwards = await app.gql(RoundDemandDocument, { from: '2026-02-01', to: '2026-01-01', groupBy: 'CLASS' });
    expect(ext(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { to: expect.any(String) } });

    // A second round on any of its classes waits for its confirmation.
    expect(ext(await open(young, [], 1))).toMatchObject({ code: 'CONFLICT' });
    // A correction over several classes: the first winner of A is excluded; the draw is recomputed with the
    // same seed and every place follows it, class by class; the chain verifies from the notice.
    const w = notice.results.find((r) => r.outcome === 'WON' && r.classLabel === 'A' && r.position === 1)!;
    const [excluded] = await app.sql<{ id: string }>(
      `select id from application where round_id = $1 and right(number, 4) = $2`,
      [round.id, w.numberLast4],
    );
    const objection = (await app.ok(RecordRoundObjectionDocument, { roundId: round.id, reason: '材料不实' }))
      .recordRoundObjection;
    await app.ok(ResolveRoundObjectionDocument, { id: objection.id, upheld: true, resolution: '成立' });
    const correction = await app.gql(CorrectRoundDocument, {
      objectionId: objection.id,
      changes: [{ applicationId: excluded.id, action: 'EXCLUDE' }],
    });
    expect(correction.errors).toBeUndefined();
    const after = (await app.as(null).ok(RoundNoticeDocument, { id: round.id })).roundNotice;
    expect(verifyDraw(after).lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(after.corrections[0].moves).toContainEqual({
      numberLast4: w.numberLast4,
      from: 'WON 1 A',
      to: 'DISQUALIFIED',
    });
    expect(after.corrections[0].moves).toContainEqual(expect.objectContaining({ from: 'WON 1 B', to: 'WON 2 A' }));
    const classOfLabel = new Map([
      ['A', a],
      ['B', b],
    ]);
    const rowsAfter = await app.sql<{ number: string; status: string; class_id: string; place: string }>(
      `select x.number, x.status, e.class_id, e.status as place from application x
         join enrollment e on e.id = x.enrollment_id where x.round_id = $1`,
      [round.id],
    );
    for (const r of after.results) {
      const row = rowsAfter.find((x) => x.number.endsWith(r.numberLast4))!;
      expect([r.numberLast4, row.class_id, row.place]).toEqual([
        r.numberLast4,
        classOfLabel.get(r.classLabel!),
        r.outcome === 'WON' ? 'ENROLLED' : 'WAITLISTED',
      ]);
    }
    expect((await places(a)).filter((p) => p.status === 'ENROLLED')).toHaveLength(2);
    expect((await places(b)).filter((p) => p.status === 'ENROLLED')).toHaveLength(1);
  });

  it('a round on one class reads as one class A and no choices', async () => {
    const a = await kit().klass({ ...adults, capacity: 2 });
    const round = (
      await app.ok(OpenRoundDocument, { classId: a, opensAt: inMinutes(-1), closesAt: inMinutes(60), places: 2 })
    ).openApplicationRound;
    expect((await apply(a, await worker('己六'))).errors).toBeUndefined();
    const staff = (await app.ok(RoundClassesOfRoundDocument, { id: round.id })).applicationRound!;
    expect(staff.classes.map((c) => [c.label, c.classId, c.places, c.placesDrawn])).toEqual([['A', a, 2, null]]);
    expect(staff.applications.map((x) => [x.choices, x.enrollment])).toEqual([[null, null]]);
    expect((await app.ok(ClassApplicationRoundsDocument, { classId: a })).classApplicationRounds).toEqual([
      { id: round.id, classId: a },
    ]);
  });
});
