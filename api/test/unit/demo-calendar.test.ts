import { validateIdNumber } from '../../src/common/validators';
import { PiiCipher } from '../../src/common/crypto/pii';
import { buildDemoData, DEMO_ACCOUNTS } from '../../src/db/seeders/demo';
import { chinaToday, demoCalendar, STORY_DAY } from '../../src/db/seeders/demo-calendar';
import { addDays, daysBetween, isoWeekday } from '../../src/db/seeders/demo-dates';

/**
 * The demo told as of the day it is loaded (demo-calendar.ts, demo-shift.ts), built in memory for load
 * dates across two years: the story's summer is the last one finished, the year-round classes run this
 * week with sessions up to yesterday held and today's waiting for their roll call, proposals are days
 * old, and every rule the rows keep on the story's day still holds.
 */
const pii = new PiiCipher(Buffer.alloc(32, 3));
const hashes = new Map(DEMO_ACCOUNTS.map((a) => [a.username, 'x']));
type AnyRow = Record<string, unknown> & { id: string };

/** Load dates: every 47 days over two years, the edges of the story's year and a leap day. */
const DATES = [
  ...Array.from({ length: 16 }, (_, i) => addDays('2026-06-01', 47 * i)),
  '2026-08-14',
  '2026-08-15',
  '2026-12-07',
  '2027-01-01',
  '2028-02-29',
];

describe('demoCalendar', () => {
  it('moves the story by whole weeks close to whole years, landing its today on the load date', () => {
    expect(demoCalendar(STORY_DAY)).toEqual({ loadDate: STORY_DAY, today: STORY_DAY, shiftDays: 0, years: 0 });
    expect(demoCalendar('2026-12-07')).toEqual({
      loadDate: '2026-12-07',
      today: '2025-12-08',
      shiftDays: 364,
      years: 1,
    });
    for (const d of DATES) {
      const cal = demoCalendar(d);
      expect(cal.shiftDays % 7).toBe(0);
      expect(addDays(cal.today, cal.shiftDays)).toBe(d);
      expect(cal.today >= STORY_DAY && daysBetween(STORY_DAY, cal.today) < 371).toBe(true);
      expect(Math.abs(cal.shiftDays - cal.years * 365.2425)).toBeLessThanOrEqual(3.5);
    }
    // A clock before the story gets the story as written; a malformed date is refused.
    expect(demoCalendar('2024-01-01').shiftDays).toBe(0);
    expect(() => demoCalendar('2026-13-01')).toThrow(/YYYY-MM-DD/);
    expect(chinaToday(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
  });
});

describe.each(DATES)('the demo loaded on %s', (loadDate) => {
  // Built once per date and let go after it (37 demos would not fit in a test worker at once).
  let ctx: ReturnType<typeof buildDemoData>;
  let rows: Record<string, AnyRow[]>;
  let sessions: AnyRow[];
  let sessionById: Map<string, AnyRow>;
  beforeAll(() => {
    ctx = buildDemoData(pii, hashes, demoCalendar(loadDate));
    rows = ctx.rows as unknown as Record<string, AnyRow[]>;
    sessions = rows.classSession;
    sessionById = new Map(sessions.map((s) => [s.id, s]));
  });
  afterAll(() => {
    ctx = undefined as never;
    rows = sessions = sessionById = undefined as never;
  });
  const date = (s: AnyRow) => s.date as string;

  it('has held sessions up to yesterday, today’s waiting for a roll call, and this term going on', () => {
    expect(sessions.filter((s) => s.status === 'HELD' && date(s) >= loadDate)).toEqual([]);
    expect(sessions.filter((s) => s.status === 'SCHEDULED' && date(s) < loadDate)).toEqual([]);
    const attended = rows.attendance.map((a) => date(sessionById.get(a.session as string)!));
    expect(attended.filter((d) => d >= loadDate)).toEqual([]);
    expect(sessions.filter((s) => Math.abs(daysBetween(loadDate, date(s))) <= 7).length).toBeGreaterThan(0);
    expect(Math.max(...sessions.map((s) => daysBetween(loadDate, date(s))))).toBeLessThanOrEqual(21);
    // Verified up to three days back (the last three wait for staff), never later.
    const verified = new Set(ctx.verifications.map((v) => v.session));
    const due = addDays(loadDate, -3);
    const held = sessions.filter((s) => s.status === 'HELD');
    expect(held.filter((s) => date(s) <= due && !verified.has(s.id)).length).toBe(0);
    expect(held.filter((s) => date(s) > due && verified.has(s.id)).length).toBe(0);
    // No moment of the story lies after the load date (China time), except the bounds of periods still
    // running: an application round's close and its notice's end, like a class's end date.
    const end = new Date(`${addDays(loadDate, 1)}T00:00:00+08:00`).getTime();
    const bounds = new Set(['applicationRound.closesAt', 'applicationRound.noticeEndsAt']);
    const late = Object.entries(rows).flatMap(([table, list]) =>
      list.flatMap((r) =>
        Object.entries(r)
          .filter(([k, v]) => v instanceof Date && v.getTime() >= end && !bounds.has(`${table}.${k}`))
          .map(([k]) => `${table}.${k}`),
      ),
    );
    expect([...new Set(late)]).toEqual([]);
  });

  it('has the story’s summer as the last summer finished', () => {
    const [y, m] = loadDate.split('-').map(Number);
    const summer = m >= 9 || (m === 8 && loadDate >= `${y}-08-14`) ? y : y - 1;
    const july = sessions.filter((s) => s.status === 'HELD' && date(s).startsWith(`${summer}-07`));
    expect(july.length).toBeGreaterThan(200);
    const names = rows.serviceProject.map((p) => String(p.name)).join(' ');
    expect(names).toContain(`${summer}年`);
    expect([...names.matchAll(/(\d{4})年/g)].filter((x) => Number(x[1]) > y + 1)).toEqual([]);
  });

  it('keeps sessions within classes, classes within projects, sub-projects within parents', () => {
    const classes = new Map(rows.serviceClass.map((c) => [c.id, c]));
    const projects = new Map(rows.serviceProject.map((p) => [p.id, p]));
    const outside = (inner: AnyRow, outer: AnyRow) =>
      (inner.startsOn as string) < (outer.startsOn as string) || (inner.endsOn as string) > (outer.endsOn as string);
    for (const s of sessions) {
      const c = classes.get(s.serviceClass as string)!;
      expect([date(s) < (c.startsOn as string) || date(s) > (c.endsOn as string), c.name]).toEqual([false, c.name]);
      expect(isoWeekday(date(s))).toBeGreaterThan(0);
      if (s.status !== 'CANCELLED') expect((c.weekdays as number[]).includes(isoWeekday(date(s)))).toBe(true);
    }
    for (const c of classes.values())
      expect([outside(c, projects.get(c.project as string)!), c.name]).toEqual([false, c.name]);
    for (const p of projects.values())
      if (p.parent) expect([outside(p, projects.get(p.parent as string)!), p.name]).toEqual([false, p.name]);
  });

  it('has proposals waiting a few days, and statuses as of the load date', () => {
    const pending = rows.approvalStep.filter((a) => a.decision === 'PENDING');
    expect(pending.length).toBe(3);
    for (const a of pending) {
      const days = (new Date(`${loadDate}T23:59:59+08:00`).getTime() - (a.createdAt as Date).getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThan(14);
    }
    const ended = (p: AnyRow) => (p.endsOn as string) < loadDate;
    expect(rows.serviceProject.filter((p) => p.status === 'ACTIVE' && ended(p)).map((p) => p.name)).toEqual([]);
    expect(rows.serviceClass.filter((c) => c.status === 'OPEN' && ended(c)).map((c) => c.name)).toEqual([]);
    expect(rows.partnership.filter((p) => p.status === 'ACTIVE' && p.until && (p.until as string) < loadDate)).toEqual(
      [],
    );
  });

  it('has ID numbers that agree with the moved birth dates', () => {
    const withId = rows.beneficiary.filter((b) => b.idNumberCipher);
    expect(withId.length).toBeGreaterThan(500);
    for (const b of withId.slice(0, 200)) {
      const v = validateIdNumber(pii.decrypt(b.idNumberCipher as string), loadDate);
      expect(v).toMatchObject({ ok: true, birthDate: b.birthDate });
    }
  });
});

it('is the same demo for the same load date', () => {
  const strip = (c: ReturnType<typeof buildDemoData>) =>
    JSON.stringify(c.rows, (k, v: unknown) => (k === 'idNumberCipher' ? undefined : v));
  expect(strip(buildDemoData(pii, hashes, demoCalendar('2026-12-07')))).toBe(
    strip(buildDemoData(pii, hashes, demoCalendar('2026-12-07'))),
  );
});
