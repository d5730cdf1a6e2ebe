import { ClassStatus, SessionKind, SessionStatus, type CareType } from '../../modules/class/class.enums';
import { DemoContext } from './demo-context';
import { addDays, chinaTime, classDates } from './demo-dates';
import type { Person } from './demo-people';

/**
 * Classes (班) and their dated sessions (课次). Sessions are generated from each class's weekdays the way
 * the app's generateClassSessions does, for the whole term of a summer class, or from the start of a
 * window for a class that runs all year (so the demo holds a summer's worth, not years of rows: the
 * class then starts with the window), or as the last N meetings where an article counts them (the night
 * school's 64 sessions). Told as of a day after the window, a year-round class goes on to three weeks
 * past that day (within its own and its project's dates): this term's classes, with today's meetings.
 */
export type Topic = [topic: string, kind: SessionKind];

export interface ClassDef {
  key: string;
  project: string;
  venue: string;
  name: string;
  careType: CareType;
  /** Age range in months (checked on the first generated session's date). */
  months: [number, number];
  capacity: number;
  staff: number;
  startsOn: string;
  endsOn: string;
  weekdays: number[];
  hours: [string, string];
  feeFen: number;
  /** Generate sessions only inside this window of a long-running class. */
  window?: [string, string];
  /** Keep only the last `count` meetings up to endsOn; the class then starts at the first of them. */
  count?: number;
  /** Dates without a meeting (public holidays, breaks). */
  skip?: string[];
  cancelled?: { date: string; reason: string }[];
  topic: (date: string, index: number) => Topic;
  /** Enrollment plan: who may be picked, how many end up enrolled / waitlisted / withdrawn. */
  who: (p: Person) => boolean;
  enrolled: number;
  waitlisted?: number;
  withdrawn?: number;
  /** all = every session; some = a few chosen days (临时托, 计时托); weeks = all, or the first 4 weeks. */
  booking?: 'all' | 'some' | 'weeks';
  /** At most `groupMax` (default 1) classes of one group per person (e.g. classes at the same time). */
  group?: string;
  groupMax?: number;
  /** Demo account that records attendance. */
  recorder?: string;
}

export interface SessionInfo {
  id: string;
  date: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
}

export interface BuiltClass {
  def: ClassDef;
  id: string;
  projectKey: string;
  startsOn: string;
  /** Sessions in date order. */
  sessions: SessionInfo[];
}

const time = (hhmm: string) => `${hhmm}:00`;

/** How far past the story's day a year-round class has its sessions generated. */
const AHEAD_DAYS = 21;

/** The last day sessions are generated for: the window's end, or three weeks past a later today. */
function lastSessionDay(ctx: DemoContext, def: ClassDef): string {
  if (!def.window) return def.endsOn;
  const projectEnds = ctx.rows.serviceProject.find((p) => p.id === ctx.project(def.project))?.endsOn as string;
  const end = ctx.today > def.window[1] ? addDays(ctx.today, AHEAD_DAYS) : def.window[1];
  return [end, def.endsOn, projectEnds].sort()[0];
}

export function buildClasses(ctx: DemoContext, defs: ClassDef[]): BuiltClass[] {
  const built: BuiltClass[] = [];
  for (const def of defs) {
    const from = def.window && def.window[0] > def.startsOn ? def.window[0] : def.startsOn;
    const to = lastSessionDay(ctx, def);
    let dates = classDates(from, to, def.weekdays, def.skip);
    if (def.count !== undefined) {
      if (dates.length < def.count) throw new Error(`demo data: class ${def.key} has only ${dates.length} meetings`);
      dates = dates.slice(-def.count);
    }
    // The class starts on its first session: generateClassSessions on a demo class (with the def's skip
    // dates) then finds every session it would make, and adds only dates after the window, all after
    // the story's today (demo-data.test.ts checks it). The project keeps the long-running programme's dates.
    const startsOn = def.count !== undefined ? dates[0] : from;
    const id = ctx.register('class', def.key, ctx.id());
    const createdAt = chinaTime(addDays(dates[0] ?? startsOn, -30), '09:00');
    ctx.rows.serviceClass.push({
      id,
      project: ctx.project(def.project),
      venue: ctx.venue(def.venue),
      name: def.name,
      careType: def.careType,
      minAgeMonths: def.months[0],
      maxAgeMonths: def.months[1],
      capacity: def.capacity,
      // enrolledCount is left to the database trigger.
      staffCount: def.staff,
      startsOn,
      endsOn: def.endsOn,
      weekdays: def.weekdays,
      dailyStart: time(def.hours[0]),
      dailyEnd: time(def.hours[1]),
      feePerDayFen: def.feeFen,
      status: def.endsOn < ctx.today ? ClassStatus.CLOSED : ClassStatus.OPEN,
      ...DemoContext.stamp(createdAt),
    });
    const sessions: SessionInfo[] = dates.map((date, i) => {
      const cancelled = def.cancelled?.find((c) => c.date === date);
      const [topic, kind] = cancelled ? [cancelled.reason, SessionKind.LESSON] : def.topic(date, i);
      const status = cancelled
        ? SessionStatus.CANCELLED
        : date < ctx.today // today's meetings wait for their roll call
          ? SessionStatus.HELD
          : SessionStatus.SCHEDULED;
      const s: SessionInfo = { id: ctx.id(), date, startsAt: time(def.hours[0]), endsAt: time(def.hours[1]), status };
      ctx.rows.classSession.push({
        id: s.id,
        serviceClass: id,
        date,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        topic,
        kind,
        status,
        cancelReason: cancelled?.reason ?? null,
        cancelledAt: cancelled ? chinaTime(addDays(date, -1), '18:00') : null,
        ...DemoContext.stamp(createdAt),
      });
      return s;
    });
    built.push({ def, id, projectKey: def.project, startsOn, sessions });
  }
  return built;
}
