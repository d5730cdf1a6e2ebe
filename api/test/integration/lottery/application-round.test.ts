import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { print } from 'graphql';
import {
  ApplyForPlaceDocument,
  type BeneficiaryCreateInput,
  CreateApplicantsForRoundDocument,
  DrawRoundDocument,
  EnrollInClassDocument,
  OpenRoundDocument,
  RoundNoticeDocument,
  WithdrawApplicationDocument,
  type OpenRoundMutationVariables,
} from '../../generated/operations';
import { deliveryKit } from '../../support/delivery';
import { useWorld } from '../../support/use-app';
import type { GqlResponse } from '../../support/test-app';
import { draw } from '../../../src/modules/lottery/draw';

/**
 * Application rounds (报名 → 摇号 → 公示, issue 22) through GraphQL on the real database: the seed committed
 * at the opening, applications numbered and tiered under the round's lock, refusals in Chinese, one draw
 * after the close that enrolls winners and waitlists the rest in draw order, and a public notice from which
 * anyone recomputes the draw and that holds nothing personal.
 */
const { app, world } = useWorld();
const kit = () => deliveryKit(app, world);
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

const adultClass = (capacity = 40) => kit().klass({ minAgeMonths: null, maxAgeMonths: null, capacity });
const member = (name: string) => kit().person({ name, categories: ['WORKER'], unionOrganizationId: world.district });
const outsider = (name: string) => kit().person({ name, categories: ['OTHER'], unionOrganizationId: null });

async function openRound(classId: string, over: Partial<OpenRoundMutationVariables> = {}) {
  const vars: OpenRoundMutationVariables = {
    classId,
    opensAt: inMinutes(-1),
    closesAt: inMinutes(60),
    places: 2,
    tierRules: [{ label: '本区会员职工', categories: ['WORKER'], unionWithinId: world.district }],
    ...over,
  };
  return (await app.ok(OpenRoundDocument, vars)).openApplicationRound;
}
const apply = (classId: string, beneficiaryId: string, siblingGroup: string | null = null) =>
  app.gql(ApplyForPlaceDocument, { classId, beneficiaryId, days: 3, siblingGroup });
const applyOk = async (classId: string, beneficiaryId: string, group: string | null = null) => {
  const res = await apply(classId, beneficiaryId, group);
  expect(res.errors).toBeUndefined();
  return res.data!.applyForPlace;
};
/** `npm run verify-draw` as anyone runs it: a separate process reading the public notice over HTTP. */
async function verifyCli(...args: string[]): Promise<{ code: number; out: string }> {
  const api = path.resolve(__dirname, '../../..');
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/verify-draw-cli.ts', ...args, '--api', app.url],
      { cwd: api, env: { ...process.env, TS_NODE_PROJECT: '' } },
    );
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: `${err.stdout}${err.stderr}` };
  }
}

/** Moves a round's window into the past: it has closed. */
const close = (roundId: string) =>
  app.sql(
    `update application_round set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second'
      where id = $1`,
    [roundId],
  );
const publicNotice = async (id: string) => (await app.as(null).ok(RoundNoticeDocument, { id })).roundNotice;
const enrollments = (classId: string) =>
  app.sql<{ beneficiary_id: string; status: string; waitlist_position: number | null }>(
    `select beneficiary_id, status, waitlist_position from enrollment where class_id = $1 and deleted_at is null`,
    [classId],
  );

describe('an application round', () => {
  it('commits to its seed, numbers applications and puts the tiers its rules name first', async () => {
    const cls = await adultClass();
    const round = await openRound(cls);
    expect(round).toMatchObject({ status: 'OPEN', places: 2, applicationCount: 0, listHash: null });
    expect(round.seedHash).toMatch(/^[0-9a-f]{64}$/);
    const [stored] = await app.sql<{ seed: string }>('select seed from application_round where id = $1', [round.id]);
    expect(sha256(stored.seed)).toBe(round.seedHash);
    const [audit] = await app.sql<{ detail: Record<string, unknown> }>(
      `select detail from audit_event where entity_id = $1 and action = 'openRound'`,
      [round.id],
    );
    expect(audit.detail.seedHash).toBe(round.seedHash);
    expect(JSON.stringify(audit.detail)).not.toContain(stored.seed);
    const before = await publicNotice(round.id);
    expect(before).toMatchObject({ seedHash: round.seedHash, seed: null, applications: [], results: [] });

    const a = await applyOk(cls, await member('会员甲'));
    const b = await applyOk(cls, await outsider('群众乙'));
    expect([a, b].map((x) => [x.number, x.tier, x.status])).toEqual([
      ['0001', 1, 'APPLIED'],
      ['0002', 2, 'APPLIED'],
    ]);
    const again = await apply(
      cls,
      (await app.sql<{ id: string }>('select beneficiary_id as id from application where id = $1', [a.id]))[0].id,
    );
    expect(ext(again)).toMatchObject({ code: 'CONFLICT' });
    expect(again.errors![0].message).toBe('该服务对象已申请本轮报名，不能重复申请');
    const [{ n }] = await app.sql<{ n: number }>('select count(*)::int as n from application where round_id = $1', [
      round.id,
    ]);
    expect(n).toBe(2);
    expect(
      ext(
        await app.gql(OpenRoundDocument, { classId: cls, opensAt: inMinutes(-1), closesAt: inMinutes(5), places: 1 }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses in Chinese a class without a round, outside the window, and an ineligible child', async () => {
    const none = await adultClass();
    const res = await apply(none, await member('无轮次'));
    expect(ext(res)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { classId: '该班级没有进行中的报名轮次' } });

    const later = await adultClass();
    await openRound(later, { opensAt: inMinutes(30), closesAt: inMinutes(90) });
    const early = await apply(later, await member('太早'));
    expect(ext(early)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((ext(early).fieldErrors as Record<string, string>).classId).toMatch(/^报名将于 .* 开始$/);

    const children = await kit().klass();
    await openRound(children);
    const noConsent = await kit().childOf(world.parent, '2018-05-01', false);
    const refused = await app.gql(ApplyForPlaceDocument, {
      classId: children,
      beneficiaryId: noConsent,
      applicantId: world.parent,
      days: 3,
    });
    expect(ext(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors![0].message).toBe('报名条件不符');

    const shut = await adultClass();
    const round = await openRound(shut);
    await close(round.id);
    const late = await apply(shut, await member('太晚'));
    expect(ext(late)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((ext(late).fieldErrors as Record<string, string>).classId).toMatch(/^报名已于 .* 截止$/);
    expect(await app.sql('select 1 from application where round_id = $1', [round.id])).toHaveLength(0);
  });

  it('draws once after the close: winners enrolled, the rest waitlisted in draw order, as anyone recomputes it', async () => {
    const cls = await adultClass(2);
    const round = await openRound(cls, { places: 2 });
    const names = ['张小明', '李华', '欧阳小红', '王五', '赵六'];
    const people = [await member(names[0]), await member(names[1]), await outsider(names[2])];
    people.push(await member(names[3]), await outsider(names[4]));
    const apps = [];
    for (const p of people) apps.push(await applyOk(cls, p));
    expect((await app.ok(WithdrawApplicationDocument, { id: apps[4].id })).withdrawApplication.status).toBe(
      'WITHDRAWN',
    );

    const early = await app.gql(DrawRoundDocument, { id: round.id });
    expect(ext(early)).toMatchObject({ code: 'CONFLICT', status: 'OPEN' });
    expect(await enrollments(cls)).toHaveLength(0);

    await close(round.id);
    expect(ext(await app.gql(WithdrawApplicationDocument, { id: apps[0].id }))).toMatchObject({ code: 'CONFLICT' });
    const drawn = (await app.ok(DrawRoundDocument, { id: round.id })).drawApplicationRound;
    expect(drawn).toMatchObject({ status: 'DRAWN', placesDrawn: 2 });

    const rows = await enrollments(cls);
    expect(rows.filter((r) => r.status === 'ENROLLED')).toHaveLength(2);
    expect(
      rows
        .filter((r) => r.status === 'WAITLISTED')
        .map((r) => r.waitlist_position)
        .sort(),
    ).toEqual([1, 2]);
    // Tier 1 (members) before tier 2: with two places and three members, the outsider waits.
    const outsiderRow = rows.find((r) => r.beneficiary_id === people[2])!;
    expect(outsiderRow).toMatchObject({ status: 'WAITLISTED', waitlist_position: 2 });

    const notice = await publicNotice(round.id);
    expect(sha256(notice.seed!)).toBe(notice.seedHash);
    const recomputed = draw({
      roundId: notice.roundId,
      places: notice.placesDrawn!,
      seed: notice.seed!,
      applications: notice.applications,
    });
    expect(recomputed.listHash).toBe(notice.listHash);
    expect(recomputed.resultHash).toBe(notice.resultHash);
    expect(recomputed.lines.map((l) => [l.number.slice(-4), l.outcome, l.position])).toEqual(
      notice.results.map((r) => [r.numberLast4, r.outcome, r.position]),
    );
    expect(notice.applications.map((a) => a.number)).toEqual(['0001', '0002', '0003', '0004']);

    const verified = await verifyCli(round.id);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toContain('摇号结果核验一致');
    const wrongSeed = await verifyCli(round.id, '--seed', sha256('another seed'));
    expect(wrongSeed.code).toBe(1);
    expect(wrongSeed.out).toContain('种子与开放报名时公布的哈希不一致');

    const again = await app.gql(DrawRoundDocument, { id: round.id });
    expect(ext(again)).toMatchObject({ code: 'CONFLICT', status: 'DRAWN' });
    expect(await enrollments(cls)).toHaveLength(4);
    const [audit] = await app.sql<{ detail: Record<string, unknown> }>(
      `select detail from audit_event where entity_id = $1 and action = 'draw'`,
      [round.id],
    );
    expect(audit.detail).toMatchObject({ seed: notice.seed, listHash: notice.listHash, resultHash: notice.resultHash });

    // 公示: masked names and last four characters only; nothing that names or reaches a person.
    const page = await fetch(app.url.replace(/\/graphql$/, `/notice/${round.id}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('张*明');
    expect(html).toContain(notice.seed!);
    // Drawn: the notice of the result, naming the organizer objections go to (the project's sponsor).
    const [{ sponsor }] = await app.sql<{ sponsor: string }>(
      `select o.name as sponsor from service_class c join service_project p on p.id = c.project_id
         join organization o on o.id = p.sponsor_id where c.id = $1`,
      [cls],
    );
    expect(notice.organizerName).toBe(sponsor);
    expect(html).toContain('<h1>摇号结果公示</h1>');
    expect(html).toContain(`向主办单位（${sponsor}）提出`);
    const missing = await fetch(app.url.replace(/\/graphql$/, '/notice/00000000-0000-7000-8000-000000000000'));
    expect(missing.status).toBe(404);
    const text = JSON.stringify(await app.as(null).gql(RoundNoticeDocument, { id: round.id })) + html;
    expect(notice.results.map((r) => r.maskedName).sort()).toEqual(['张*明', '李*', '欧**红', '王*'].sort());
    const personal = await app.sql<{ id: string; name: string; birth_date: string | null; phone: string | null }>(
      `select id, name, birth_date::text, phone from beneficiary where id = any($1::uuid[])`,
      [people],
    );
    const applicationIds = apps.map((a) => a.id);
    for (const p of personal)
      for (const value of [p.id, p.name, p.birth_date, p.phone]) if (value) expect(text).not.toContain(value);
    for (const id of applicationIds) expect(text).not.toContain(id);
    // Seeds and hashes are hexadecimal: digit runs inside them are not numbers of people.
    const words = text.replace(/[0-9a-f]{64}/g, '');
    expect(words).not.toMatch(/\d{17}[\dX]/); // an ID number
    expect(words).not.toMatch(/1[3-9]\d{9}/); // a mobile number
  });

  it('keeps siblings together, applied for by the same guardian', async () => {
    const cls = await kit().klass({ capacity: 1 });
    const round = await openRound(cls, { places: 1 });
    const [one, two] = [await kit().childOf(world.parent), await kit().childOf(world.parent)];
    const apply2 = (child: string, group: string) =>
      app.gql(ApplyForPlaceDocument, {
        classId: cls,
        beneficiaryId: child,
        applicantId: world.parent,
        days: 3,
        siblingGroup: group,
      });
    expect((await apply2(one, '王家')).errors).toBeUndefined();
    expect((await apply2(two, '王家')).errors).toBeUndefined();
    const stranger = await kit().childOf(await member('别家家长'));
    const wrong = await app.gql(ApplyForPlaceDocument, {
      classId: cls,
      beneficiaryId: stranger,
      applicantId: null,
      days: 3,
      siblingGroup: '王家',
    });
    expect(ext(wrong)).toMatchObject({ code: 'BAD_USER_INPUT' });
    await close(round.id);
    await app.ok(DrawRoundDocument, { id: round.id });
    const notice = await publicNotice(round.id);
    // Two siblings do not fit one place: both wait, side by side; the family's label is not published.
    expect(notice.applications.map((a) => a.group)).toEqual(['G1', 'G1']);
    expect(notice.results.map((r) => [r.outcome, r.position])).toEqual([
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
  });

  it('counts or cleanly refuses 200 applications arriving as the round closes', async () => {
    const cls = await adultClass(200);
    const inputs = Array.from({ length: 200 }, (_, i) => ({
      name: `临截止${i}`,
      gender: 'FEMALE',
      birthDate: '1990-01-01',
      categories: ['WORKER'],
      registeredById: world.district,
    }));
    const created = await app.ok(CreateApplicantsForRoundDocument, { data: inputs as BeneficiaryCreateInput[] });
    const ids = created.createBeneficiaries.map((p) => p.id);
    const [{ now }] = await app.sql<{ now: Date }>('select now() as now');
    const closesAt = new Date(new Date(now).getTime() + 1500);
    const round = await openRound(cls, { closesAt: closesAt.toISOString(), places: 50 });
    await new Promise((r) => setTimeout(r, 1000));
    const body = print(ApplyForPlaceDocument);
    const answers = await Promise.all(ids.map((b) => app.gql(body, { classId: cls, beneficiaryId: b, days: 1 })));
    const ok = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    for (const r of refused) {
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(r.errors![0].message).toBe('不在报名时间内');
    }
    expect(ok.length + refused.length).toBe(200);
    const rows = await app.sql<{ number: string }>(
      'select number from application where round_id = $1 order by number',
      [round.id],
    );
    expect(rows).toHaveLength(ok.length);
    expect(rows.map((r) => r.number)).toEqual(ok.map((_, i) => String(i + 1).padStart(4, '0')));
    const [{ count }] = await app.sql<{ count: number }>(
      'select application_count as count from application_round where id = $1',
      [round.id],
    );
    expect(count).toBe(ok.length);
  });

  it('keeps its places for the draw: no direct enrollment while it is open, first come after the draw', async () => {
    const cls = await adultClass();
    const round = await openRound(cls, { places: 1 });
    const [a, b] = [await member('抢先甲'), await member('摇号乙')];
    const direct = await app.gql(EnrollInClassDocument, { c: cls, b: a, d: 3, k: randomUUID() });
    expect(ext(direct)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((ext(direct).fieldErrors as Record<string, string>).classId).toMatch(/^本班正在报名轮次中/);
    expect(await enrollments(cls)).toHaveLength(0);
    await applyOk(cls, b);
    await close(round.id);
    // Every free place is drawn, beyond the one offered: nobody waits beside a free place.
    expect((await app.ok(DrawRoundDocument, { id: round.id })).drawApplicationRound.placesDrawn).toBe(40);
    expect((await app.ok(EnrollInClassDocument, { c: cls, b: a, d: 3, k: randomUUID() })).enroll.status).toBe(
      'ENROLLED',
    );
  });

  it('draws once when two staff press 摇号 at the same moment', async () => {
    const cls = await adultClass();
    const round = await openRound(cls, { places: 2 });
    for (const name of ['甲一', '乙二', '丙三']) await applyOk(cls, await member(name));
    await close(round.id);
    const both = await Promise.all([
      app.gql(DrawRoundDocument, { id: round.id }),
      app.gql(DrawRoundDocument, { id: round.id }),
    ]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(ext(both.find((r) => r.errors)!)).toMatchObject({ code: 'CONFLICT' });
    expect(await enrollments(cls)).toHaveLength(3);
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where entity_id = $1 and action = 'draw'`,
      [round.id],
    );
    expect(n).toBe(1);
  });
});
