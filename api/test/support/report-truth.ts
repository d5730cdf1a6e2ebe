import { toFigures, type Figures, type Raw } from './report-truth-raw';

export { FIGURES, isEmpty, loadRaw, type Figures } from './report-truth-raw';

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

export function truth(raw: Raw, query: TruthQuery, partnerGroup?: string): Truth {
  const by = <T extends Record<string, unknown>>(rows: T[]) => new Map(rows.map((r) => [r.id as string, r]));
  const orgs = by(raw.orgs),
    projects = by(raw.projects),
    people = by(raw.people),
    classes = by(raw.classes);
  const sessions = by(raw.sessions),
    enrollments = by(raw.enrollments);
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
      e = enrollments.get(a.enrollment_id as string)!;
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
  for (const e of raw.enrollments) {
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
            enrollments: 1,
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
    const enrolled = raw.enrollments.filter(
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
    // Staff see the needs their subtree raised (the NeedRequest scope); a project filter narrows those.
    if ((partnerGroup || f.projectIds?.length || f.socialGroupIds?.length) && (!mp || !projectOk(mp))) continue;
    if (!partnerGroup && !inScopeOrg(n.raised_by_id as string)) continue;
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
    if (!cells.has(k)) cells.set(k, { acc: {}, people: new Set(), person: PERSON.includes(g) || Boolean(benFilter) });
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
