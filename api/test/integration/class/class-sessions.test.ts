import fc from 'fast-check';
import { SetClassDailyEndDocument, SetClassWeekdaysDocument } from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { code, GENERATE, sessionHelpers } from '../../support/sessions';
import { useWorld } from '../../support/use-app';

/**
 * generateClassSessions through GraphQL: a preview writes nothing; the dates match an independent
 * computation over random ranges, weekday sets and skip dates; a second run changes nothing; a changed
 * schedule removes what is off it unless it has attendance; a cancelled class and too many sessions
 * are refused; scope and roles. Cancelling a session: class-session-cancel.test.ts.
 */
const { app, world } = useWorld();
const { generate, generated, klass, live, writes, attend, liveAttendance } = sessionHelpers(app, world);

/** Dates of a schedule, computed differently from the service: day numbers since 1970-01-01 (a Thursday). */
function expectedDates(
  from: string,
  to: string,
  weekdays: number[],
  skip: string[],
): { dates: string[]; skipped: string[] } {
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
  const dates: string[] = [];
  const skipped: string[] = [];
  for (let n = day(from); n <= day(to); n++) {
    const iso = ((n + 3) % 7) + 1;
    if (!weekdays.includes(iso)) continue;
    const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
    (skip.includes(date) ? skipped : dates).push(date);
  }
  return { dates, skipped };
}

describe('generateClassSessions', () => {
  it('previews without writing, then creates exactly the previewed sessions, audited one per row', async () => {
    const id = await klass();
    const before = await writes();
    const preview = await generated(id, true, ['2025-07-16']);
    expect(preview).toMatchObject({
      classId: id,
      preview: true,
      created: 9,
      existing: 0,
      skipped: 1,
      removed: 0,
      kept: 0,
    });
    expect(preview.skippedDates).toEqual(['2025-07-16']);
    expect(preview.sessions.every((s) => s.state === 'NEW' && s.sessionId === null && s.status === null)).toBe(true);
    expect(await live(id)).toEqual([]);
    expect(await writes()).toBe(before);

    const real = await generated(id, false, ['2025-07-16']);
    expect(real).toMatchObject({ preview: false, created: 9, existing: 0, skipped: 1 });
    const rows = await live(id);
    expect(rows.map((r) => r.date)).toEqual(preview.sessions.map((s) => s.date));
    expect(rows.map((r) => r.id)).toEqual(real.sessions.map((s) => s.sessionId));
    expect(rows.every((r) => r.starts_at === '08:00:00' && r.ends_at === '17:30:00' && r.status === 'SCHEDULED')).toBe(
      true,
    );
    expect(await writes()).toBe(before + 9);
  });

  it('matches an independent computation over random ranges, weekdays and skip dates, and re-runs idempotently', async () => {
    const date = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(
        date,
        fc.integer({ min: 0, max: 120 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
        fc.array(fc.integer({ min: -10, max: 130 }), { maxLength: 12 }),
        async (startsOn, length, weekdays, offsets) => {
          const endsOn = new Date(Date.parse(`${startsOn}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
          const skip = [
            ...new Set(
              offsets.map((o) =>
                new Date(Date.parse(`${startsOn}T00:00:00Z`) + o * 86_400_000).toISOString().slice(0, 10),
              ),
            ),
          ];
          const id = await klass({ startsOn, endsOn, weekdays });
          const want = expectedDates(startsOn, endsOn, weekdays, skip);
          const preview = await generated(id, true, skip);
          expect(preview.sessions.map((s) => s.date)).toEqual(want.dates);
          expect([preview.created, preview.skipped]).toEqual([want.dates.length, want.skipped.length]);
          expect(preview.skippedDates).toEqual(want.skipped);
          await generated(id, false, skip);
          expect((await live(id)).map((r) => r.date)).toEqual(want.dates);
          const again = await generated(id, false, skip);
          expect(again).toMatchObject({ created: 0, existing: want.dates.length, removed: 0, kept: 0, updated: 0 });
          expect(again.sessions.every((s) => s.state === 'EXISTING')).toBe(true);
          expect((await live(id)).map((r) => r.date)).toEqual(want.dates);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('on a schedule change removes sessions off it, but keeps and reports those with attendance', async () => {
    const id = await klass(); // Mon–Fri, 2 weeks: 10 sessions
    const first = await generated(id, false);
    const tuesday = first.sessions.find((s) => s.date === '2025-07-15')!.sessionId!;
    await attend(tuesday, id);
    const update = await app.gql(SetClassWeekdaysDocument, { id, weekdays: [1, 3] });
    expect(update.errors).toBeUndefined();
    const before = await writes();

    const preview = await generated(id, true);
    expect(preview).toMatchObject({ created: 0, existing: 4, removed: 5, kept: 1 });
    expect((await live(id)).length).toBe(10);

    const res = await generated(id, false);
    expect(res).toMatchObject({ created: 0, existing: 4, removed: 5, kept: 1 });
    expect(res.sessions.find((s) => s.sessionId === tuesday)).toMatchObject({ state: 'KEPT', attendanceCount: 1 });
    expect((await live(id)).map((r) => r.date)).toEqual([
      '2025-07-14',
      '2025-07-15',
      '2025-07-16',
      '2025-07-21',
      '2025-07-23',
    ]);
    const removed = await app.sql(
      'select count(*)::int n from class_session where class_id = $1 and deleted_at is not null',
      [id],
    );
    expect(removed).toEqual([{ n: 5 }]);
    expect(await writes()).toBe(before + 5);
    expect(await liveAttendance(tuesday)).toBe(1);
  });

  it('moves the end time of scheduled sessions to a new daily end, not of held ones', async () => {
    const id = await klass({ endsOn: '2025-07-18' });
    const first = await generated(id, false);
    await app.sql(`update class_session set status = 'HELD' where id = $1`, [first.sessions[0].sessionId]);
    await app.gql(SetClassDailyEndDocument, { id, dailyEnd: '16:00:00' });
    const res = await generated(id, false);
    expect(res).toMatchObject({ created: 0, existing: 1, updated: 4 });
    expect((await live(id)).map((r) => r.ends_at)).toEqual([
      '17:30:00',
      '16:00:00',
      '16:00:00',
      '16:00:00',
      '16:00:00',
    ]);
    expect(await generated(id, false)).toMatchObject({ existing: 5, updated: 0 });
  });

  it('refuses a cancelled class and too many sessions, writing nothing', async () => {
    const cancelled = await klass({ status: 'CANCELLED' });
    for (const preview of [true, false]) {
      const res = await generate(cancelled, preview);
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toBe('班级已取消，不能生成课次');
    }
    const long = await klass({ startsOn: '2022-01-01', endsOn: '2025-12-31' }); // ≈ 1040 weekdays
    const before = await writes();
    const res = await generate(long, false);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({
      classId: '按排期将生成超过1000个课次，请缩短班级起止日期或分期开班',
    });
    expect(await live(long)).toEqual([]);
    expect(await writes()).toBe(before);
    // 1000 exactly is allowed: 1000 Mondays … Sundays from 2023-01-01.
    const full = await klass({ startsOn: '2023-01-01', endsOn: '2025-09-26', weekdays: [1, 2, 3, 4, 5, 6, 7] });
    expect((await generated(full, true)).created).toBe(1000);
  });

  it('answers NOT_FOUND outside the caller’s scope and FORBIDDEN to analysts', async () => {
    const id = await klass();
    const other = await create(app, 'Organization', { ...sampleInput('Organization', world), parentId: world.city });
    const outsider = await app.signIn({ username: 'gen-outsider', role: 'ORG_STAFF', organizationId: other });
    const analyst = await app.signIn({ username: 'gen-analyst', role: 'ANALYST', organizationId: world.city });
    const run = (token: string) => app.as(token).gql(GENERATE, { id, p: true });
    expect(code(await run(outsider))).toBe('NOT_FOUND');
    expect(code(await run(analyst))).toBe('FORBIDDEN');
    const staff = await app.signIn({ username: 'gen-staff', role: 'ORG_STAFF', organizationId: world.district });
    expect((await run(staff)).errors).toBeUndefined();
  });
});
