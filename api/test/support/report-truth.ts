import type { TestApp } from './test-app';

/**
 * The report's figures computed independently of the summaries: plain SQL reads of the raw tables, every
 * rule (liveness, dates, categories, age bands, scope, groupings) re-implemented here in TypeScript.
 */
export interface TruthQuery {
  scopeId: string | null;
  from: string;
  to: string;
  groupBy: string[];
  filter?: {
    categories?: string[];
    socialGroupIds?: string[];
    projectIds?: string[];
    beneficiaryCategories?: string[];
  };
}
export type Figures = Record<string, number | null>;
export interface Truth {
  totals: Figures;
  groupings: Record<string, Record<string, Figures>>;
}

const ORDER = [
  'LEFT_BEHIND_CHILD',
  'CHILD_IN_DIFFICULTY',
  'INFANT',
  'CHILD',
  'DIFFICULT_WORKER',
  'NEW_EMPLOYMENT_FORM_WORKER',
  'INDUSTRIAL_WORKER',
  'FULL_TIME_MOTHER',
  'DUAL_EARNER_FAMILY',
  'WORKER',
  'ELDERLY',
  'DISABLED',
  'WOMAN',
  'OTHER',
];
const primary = (cats: string[]) => ORDER.find((c) => cats.includes(c)) ?? 'NONE';
function ageBand(birth: string | null, on: string): string {
  if (!birth) return 'UNKNOWN';
  const [by, bm, bd] = birth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  const y = oy - by - (om * 100 + od < bm * 100 + bd ? 1 : 0);
  return y < 3 ? 'A0_2' : y < 6 ? 'A3_5' : y < 12 ? 'A6_11' : y < 18 ? 'A12_17' : y < 60 ? 'A18_59' : 'A60_PLUS';
}
const minutes = (a: string, b: string) => {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return m(b) - m(a);
};
const PERSON = ['GENDER', 'AGE_BAND', 'BENEFICIARY_CATEGORY'];

interface Fact {
  project: string;
  day: string;
  person?: { id: string; gender: string; band: string; cat: string };
  add: Partial<Record<string, number>>;
  served?: boolean;
}

type Raw = Record<string, Record<string, unknown>[]>;

export async function loadRaw(app: TestApp): Promise<Raw> {
  const q = (s: string) => app.sql<Record<string, unknown>>(s);
  const D = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;
  const Z = (c: string) => `to_char(${c} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  return {
    orgs: await q(`select id, parent_id from organization`),
    projects: await q(`select id, category, operator_id, sponsor_id, deleted_at is null live from service_project`),
    people: await q(
      `select id, gender, ${D('birth_date')} birth, categories, deleted_at is null live from beneficiary`,
    ),
    classes: await q(
      `select id, project_id, capacity, ${D('starts_on')} starts_on, status, deleted_at is null live from service_class`,
    ),
    sessions: await q(
      `select id, class_id, ${D('date')} as date, starts_at::text s, ends_at::text e, status, deleted_at is null live from class_session`,
    ),
    enrolments: await q(`select id, class_id, beneficiary_id, status, fee_fen, subsidy_fen, payable_fen,
      ${Z('coalesce(enrolled_at, created_at)')} eday, ${Z('created_at')} cday, deleted_at is null live from enrollment`),
    attendance: await q(`select session_id, enrollment_id, status, deleted_at is null live from attendance`),
    records: await q(
      `select beneficiary_id, project_id, ${Z('occurred_at')} as day, minutes, deleted_at is null live from service_record`,
    ),
    needs: await q(
      `select raised_by_id, category, status, matched_project_id, ${Z('created_at')} as day, deleted_at is null live from need_request`,
    ),
    evaluations: await q(
      `select project_id, ${D('evaluated_on')} as day, score, deleted_at is null live from evaluation`,
    ),
  };
}

export function truth(raw: Raw, query: TruthQuery, partnerGroup?: string): Truth {
  const by = <T extends Record<string, unknown>>(rows: T[]) => new Map(rows.map((r) => [r.id as string, r]));
  const orgs = by(raw.orgs),
    projects = by(raw.projects),
    people = by(raw.people),
    classes = by(raw.classes);
  const sessions = by(raw.sessions),
    enrolments = by(raw.enrolments);
  const chain = (org: string): string[] => {
    const out: string[] = [];
    for (let o: string | null = org; o; o = orgs.get(o)!.parent_id as string | null) out.unshift(o);
    return out;
  };
  const f = query.filter ?? {};
  const inScopeOrg = (org: string) => !query.scopeId || chain(org).includes(query.scopeId);
  const orgKey = (org: string) => {
    const c = chain(org);
    if (!query.scopeId) return c[0];
    const i = c.indexOf(query.scopeId);
    return i === c.length - 1 ? 'SELF' : c[i + 1];
  };
  const projectOk = (id: string) => {
    const p = projects.get(id)!;
    if (!p.live || (partnerGroup ? p.operator_id !== partnerGroup : !inScopeOrg(p.sponsor_id as string))) return false;
    if (f.categories?.length && !f.categories.includes(p.category as string)) return false;
    if (f.socialGroupIds?.length && !f.socialGroupIds.includes(p.operator_id as string)) return false;
    return !(f.projectIds?.length && !f.projectIds.includes(id));
  };
  const inPeriod = (d: string) => d >= query.from && d <= query.to;
  const person = (id: string, on: string) => {
    const p = people.get(id)!;
    if (!p.live) return null;
    return {
      id,
      gender: p.gender as string,
      band: ageBand(p.birth as string | null, on),
      cat: primary(p.categories as string[]),
    };
  };

  const facts: Fact[] = [];
  for (const a of raw.attendance) {
    const s = sessions.get(a.session_id as string)!,
      e = enrolments.get(a.enrollment_id as string)!;
    const c = classes.get(s.class_id as string)!;
    const who = person(e.beneficiary_id as string, s.date as string);
    if (!a.live || !s.live || s.status === 'CANCELLED' || !c.live || !e.live || !who) continue;
    const came = a.status === 'PRESENT' || a.status === 'LATE';
    facts.push({
      project: c.project_id as string,
      day: s.date as string,
      person: who,
      served: came,
      add: { attended: came ? 1 : 0, attRows: 1, minutes: came ? minutes(s.s as string, s.e as string) : 0 },
    });
  }
  for (const r of raw.records) {
    const who = person(r.beneficiary_id as string, r.day as string);
    if (r.live && who)
      facts.push({
        project: r.project_id as string,
        day: r.day as string,
        person: who,
        served: true,
        add: { records: 1, minutes: Number(r.minutes) },
      });
  }
  for (const e of raw.enrolments) {
    const c = classes.get(e.class_id as string)!;
    const waiting = e.status === 'WAITLISTED';
    const counted = e.status === 'ENROLLED' || e.status === 'COMPLETED';
    const d = (waiting ? e.cday : e.eday) as string;
    const who = person(e.beneficiary_id as string, d);
    if (!e.live || !c.live || !who || (!waiting && !counted)) continue;
    facts.push({
      project: c.project_id as string,
      day: d,
      person: who,
      add: waiting
        ? { waitlisted: 1 }
        : {
            enrolments: 1,
            feeFen: Number(e.fee_fen),
            subsidyFen: Number(e.subsidy_fen),
            payableFen: Number(e.payable_fen),
          },
    });
  }
  for (const s of raw.sessions) {
    const c = classes.get(s.class_id as string)!;
    if (s.live && c.live && s.status === 'HELD')
      facts.push({ project: c.project_id as string, day: s.date as string, add: { sessionsHeld: 1 } });
  }
  for (const c of raw.classes) {
    if (!c.live || c.status === 'CANCELLED') continue;
    const enrolled = raw.enrolments.filter(
      (e) =>
        e.class_id === c.id &&
        e.live &&
        (e.status === 'ENROLLED' || e.status === 'COMPLETED') &&
        people.get(e.beneficiary_id as string)!.live,
    ).length;
    facts.push({
      project: c.project_id as string,
      day: c.starts_on as string,
      add: { capacity: Number(c.capacity), classEnrolled: enrolled },
    });
  }
  const needFacts: {
    org: string;
    day: string;
    category: string;
    operator: string | null;
    open: number;
    fulfilled: number;
  }[] = [];
  for (const n of raw.needs) {
    if (!n.live || !inPeriod(n.day as string)) continue;
    const mp = n.matched_project_id as string | null;
    if (partnerGroup || f.projectIds?.length || f.socialGroupIds?.length) {
      if (!mp || !projectOk(mp)) continue;
    } else if (!inScopeOrg(n.raised_by_id as string)) continue;
    if (f.categories?.length && !f.categories.includes(n.category as string)) continue;
    needFacts.push({
      org: n.raised_by_id as string,
      day: n.day as string,
      category: n.category as string,
      operator: mp ? (projects.get(mp)!.operator_id as string | null) : null,
      open: ['OPEN', 'MATCHED', 'IN_PROGRESS'].includes(n.status as string) ? 1 : 0,
      fulfilled: n.status === 'FULFILLED' ? 1 : 0,
    });
  }
  const benFilter = f.beneficiaryCategories?.length ? f.beneficiaryCategories : null;

  const keyOf = (
    g: string,
    day: string,
    org: string,
    category: string,
    operator: string | null,
    p?: Fact['person'],
  ): string | null => {
    switch (g) {
      case 'MONTH':
        return day.slice(0, 7);
      case 'QUARTER':
        return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
      case 'ORGANIZATION':
        return orgKey(org);
      case 'CATEGORY':
        return category;
      case 'SOCIAL_GROUP':
        return operator ?? 'NONE';
      case 'GENDER':
        return p?.gender ?? null;
      case 'AGE_BAND':
        return p?.band ?? null;
      default:
        return p?.cat ?? null;
    }
  };
  type Acc = Record<string, number> & { _people?: never };
  const cells = new Map<string, { acc: Acc; people: Set<string>; person: boolean }>();
  const cell = (g: string, key: string) => {
    const k = `${g}|${key}`;
    if (!cells.has(k))
      cells.set(k, { acc: {} as Acc, people: new Set(), person: PERSON.includes(g) || Boolean(benFilter) });
    return cells.get(k)!;
  };
  const targets = (day: string, org: string, category: string, operator: string | null, p?: Fact['person']) => {
    const out = [cell('TOTAL', '')];
    for (const g of query.groupBy) {
      const key = keyOf(g, day, org, category, operator, p);
      if (key !== null) out.push(cell(g, key));
    }
    return out;
  };
  for (const fact of facts) {
    if (!inPeriod(fact.day) || !projectOk(fact.project)) continue;
    if (benFilter && (!fact.person || !benFilter.includes(fact.person.cat))) continue;
    const p = projects.get(fact.project)!;
    for (const t of targets(
      fact.day,
      p.sponsor_id as string,
      p.category as string,
      p.operator_id as string | null,
      fact.person,
    )) {
      for (const [k, v] of Object.entries(fact.add)) t.acc[k] = (t.acc[k] ?? 0) + v!;
      if (fact.served) t.people.add(fact.person!.id);
    }
  }
  if (!benFilter) {
    for (const n of needFacts)
      for (const t of targets(n.day, n.org, n.category, n.operator)) {
        t.acc.needsOpen = (t.acc.needsOpen ?? 0) + n.open;
        t.acc.needsFulfilled = (t.acc.needsFulfilled ?? 0) + n.fulfilled;
      }
    for (const e of raw.evaluations) {
      if (!e.live || !inPeriod(e.day as string) || !projectOk(e.project_id as string)) continue;
      const p = projects.get(e.project_id as string)!;
      for (const t of targets(
        e.day as string,
        p.sponsor_id as string,
        p.category as string,
        p.operator_id as string | null,
      )) {
        t.acc.evaluations = (t.acc.evaluations ?? 0) + 1;
        t.acc.scoreSum = (t.acc.scoreSum ?? 0) + Number(e.score);
      }
    }
  }
  const out: Truth = { totals: {}, groupings: Object.fromEntries(query.groupBy.map((g) => [g, {}])) };
  for (const [k, c] of cells) {
    const [g, key] = k.split('|');
    const figs = toFigures(c.acc, c.people.size, c.person);
    if (g === 'TOTAL') out.totals = figs;
    else out.groupings[g][key] = figs;
  }
  if (!cells.has('TOTAL|')) out.totals = toFigures({}, 0, Boolean(benFilter));
  return out;
}

function toFigures(a: Record<string, number>, people: number, person: boolean): Figures {
  const v = (k: string) => a[k] ?? 0;
  const cls = (x: number | null) => (person ? null : x);
  const rate = (n: number, d: number) => (d ? Math.round((n * 10000) / d) : null);
  return {
    peopleServed: people,
    enrollments: v('enrolments'),
    personTimes: v('attended') + v('records'),
    attendancePersonTimes: v('attended'),
    serviceRecordPersonTimes: v('records'),
    serviceMinutes: v('minutes'),
    feeTotalFen: v('feeFen'),
    subsidyTotalFen: v('subsidyFen'),
    familyPaidFen: v('payableFen'),
    attendanceRows: v('attRows'),
    attendanceRateBp: rate(v('attended'), v('attRows')),
    waitlisted: v('waitlisted'),
    sessionsHeld: cls(v('sessionsHeld')),
    capacity: cls(v('capacity')),
    enrolledInClasses: cls(v('classEnrolled')),
    fillRateBp: person ? null : rate(v('classEnrolled'), v('capacity')),
    needsOpen: cls(v('needsOpen')),
    needsFulfilled: cls(v('needsFulfilled')),
    evaluations: cls(v('evaluations')),
    averageScore: person || !v('evaluations') ? null : Math.round((v('scoreSum') * 100) / v('evaluations')) / 100,
  };
}

export const FIGURES = [
  'peopleServed',
  'enrollments',
  'personTimes',
  'attendancePersonTimes',
  'serviceRecordPersonTimes',
  'sessionsHeld',
  'serviceMinutes',
  'feeTotalFen',
  'subsidyTotalFen',
  'familyPaidFen',
  'capacity',
  'enrolledInClasses',
  'fillRateBp',
  'attendanceRows',
  'attendanceRateBp',
  'waitlisted',
  'needsOpen',
  'needsFulfilled',
  'evaluations',
  'averageScore',
];

/** A cell with nothing in it (rows the summaries may keep for an empty key). */
export const isEmpty = (f: Figures): boolean => FIGURES.every((k) => !f[k]);
