import type { Context } from '../../graphql/context';
import { notFound } from '../../common/errors';
import { nodeDaySets, readNodeDays } from './report.node-days';
import { allTimeSets, planNodes, readNodes, type NodeAnswer, type NodePlan } from './report.nodes';
import { addDays, addMonths, parsePeriod } from './report.period';
import { addCell, additive, needs, peopleExact, type AsOf, type Buckets, type ReportQuery } from './report.queries';
import { scopeName, type ReportScope } from './report.scope';
import { readVisits, visitSets } from './report.visits';

/** The query narrowed to some of its groupings, and its answer mapped back to the full query's set numbers. */
async function only(q: ReportQuery, sets: number[], run: (q: ReportQuery) => Promise<Buckets>): Promise<Buckets> {
  const picked = sets.filter((i) => i >= 0);
  const out: Buckets = new Map();
  if (!sets.length) return out;
  const got = await run({ ...q, groupings: picked.map((i) => q.groupings[i]) });
  for (const [set, keys] of got) {
    const to = set < 0 ? -1 : picked[set];
    if (sets.includes(to)) out.set(to, keys);
  }
  return out;
}

/** The sets (-1 = the total) whose distinct people neither the node counts nor the visits answer. */
const exactSets = (q: ReportQuery, sets: number[]): number[] => {
  const v = visitSets(q, sets);
  return sets.filter((i) => !v.includes(i));
};

/** Distinct people of `sets`: from the visits where they answer, else exactly from the person-months. */
function people(
  em: Context['em'],
  q: ReportQuery,
  sets: number[],
  asOf: AsOf,
): { visits: Promise<Buckets>; exact: Promise<Buckets> } {
  const v = visitSets(q, sets);
  return {
    visits: v.length ? readVisits(em, q, v, asOf) : Promise.resolve(new Map()),
    exact: only(q, exactSets(q, sets), (x) => peopleExact(em, x, asOf)),
  };
}

/**
 * A period of whole months plus edge days, for an organization scope (or everything) without project or
 * social-group filters: the whole months as a query of their own (the node summaries answer its sums) and
 * the edge days as one or two more (the project summaries' days); the sums of the three add up exactly.
 */
function splitDays(q: ReportQuery): { whole: ReportQuery; edges: ReportQuery[] } | null {
  const { period: p, filter: f } = q;
  if (q.scope.kind === 'partner' || p.whole || !p.firstMonth || f.projectIds?.length || f.socialGroupIds?.length)
    return null;
  const afterLast = addMonths(p.lastMonth!, 1);
  const edges: ReportQuery[] = [];
  if (p.from < p.firstMonth) edges.push({ ...q, period: parsePeriod(p.from, addDays(p.firstMonth, -1)) });
  if (afterLast <= p.to) edges.push({ ...q, period: parsePeriod(afterLast, p.to) });
  return { whole: { ...q, period: parsePeriod(p.firstMonth, addDays(afterLast, -1)) }, edges };
}

/** Adds the sums of `src` into `target`, cell by cell. */
function addInto(target: Buckets, src: Buckets): void {
  for (const [set, keys] of src) for (const [key, part] of keys) addCell(target, set, key, part);
}

/**
 * The figures of a query: the dashboard path (one statement over the node summaries, report.nodes.ts) for
 * what it can answer (the whole months of a period with edge days, whose days come from the project
 * summaries), the project summaries for the rest, or all from the project summaries. Distinct people from
 * the maintained counts, the visits, or exactly.
 * Nothing is written: the summaries are as the report folder left them, and `asOf` says what every
 * statement's figures are complete to (the earliest of them).
 */
export async function gather(
  em: Context['em'],
  q: ReportQuery,
  scope: ReportScope,
  noClassLevel: boolean,
  asOf: AsOf,
): Promise<{ sources: Buckets[]; names: Map<string, string>; fast: boolean }> {
  const sets = [-1, ...q.groupings.map((_, i) => i)];
  const split = splitDays(q);
  const plan = planNodes(split?.whole ?? q);
  if (split && plan) plan.people = []; // the people of the whole period come from the visits
  if (!plan) {
    const { visits, exact } = people(em, q, sets, asOf);
    const [name, ...sources] = await Promise.all([
      scope.name === null ? scopeName(em, scope) : scope.name,
      additive(em, q, asOf),
      visits,
      exact,
      noClassLevel ? new Map() : needs(em, q),
    ]);
    scope.name = name;
    return { sources, names: new Map(), fast: !exactSets(q, sets).length };
  }
  const opts = { scopeName: scope.name === null };
  const nodeQ = split?.whole ?? q;
  const edgeQs = split?.edges ?? [];
  // When what the node read leaves does not depend on its answer (the visits, the node days, needs), it is
  // started together with the node read.
  const early = earlyOk(q, plan, edgeQs) ? rest(em, q, plan, null, edgeQs, noClassLevel, asOf) : null;
  early?.catch(() => undefined); // awaited below
  const a = await readNodes(em, nodeQ, plan, opts);
  asOf.ms = Math.min(asOf.ms, a.asOf);
  if (scope.name === null) {
    if (a.scopeName === null) throw notFound('Organization', scope.kind === 'org' ? scope.nodeId : 'none');
    scope.name = a.scopeName;
  }
  const more = early ? await early : await rest(em, q, plan, a, edgeQs, noClassLevel, asOf);
  for (const e of more.edgeSums) addInto(a.additive, e);
  return { sources: [a.additive, a.people, ...more.sources], names: a.names, fast: more.fast };
}

/** The reads the node read leaves, by set: sums, people (visits, else exactly), edge-day sums. */
function leftover(q: ReportQuery, plan: NodePlan, a: NodeAnswer | null, edgeQs: ReportQuery[]) {
  const sets = [-1, ...q.groupings.map((_, i) => i)];
  const restPeople = sets.filter((i) => !plan.people.includes(i) || Boolean(a?.peopleMissing.includes(i)));
  const nodeSets = [-1, ...plan.additive];
  const daySets = edgeQs.length ? nodeDaySets(edgeQs[0], nodeSets) : [];
  return {
    restSums: sets.filter((i) => i >= 0 && !plan.additive.includes(i)),
    restPeople,
    nodeSets,
    daySets,
    edgeRest: edgeQs.length ? nodeSets.filter((i) => !daySets.includes(i)) : [],
  };
}

/** Whether what the node read leaves is only visits, node days and needs, and does not depend on its answer. */
function earlyOk(q: ReportQuery, plan: NodePlan, edgeQs: ReportQuery[]): boolean {
  if (allTimeSets(q, plan).length) return false; // the node answer may send these sets elsewhere
  const l = leftover(q, plan, null, edgeQs);
  return !l.restSums.length && !l.edgeRest.length && !exactSets(q, l.restPeople).length;
}

/**
 * What the node read leaves: sums of groupings it does not answer, people it does not count (the visits,
 * else exactly), and the edge days' sums (node days where they answer, else the project summaries) and
 * needs (one statement for both edges).
 */
async function rest(
  em: Context['em'],
  q: ReportQuery,
  plan: NodePlan,
  a: NodeAnswer | null,
  edgeQs: ReportQuery[],
  noClassLevel: boolean,
  asOf: AsOf,
): Promise<{ sources: Buckets[]; edgeSums: Buckets[]; fast: boolean }> {
  const { restSums, restPeople, nodeSets, daySets, edgeRest } = leftover(q, plan, a, edgeQs);
  const { visits, exact } = people(em, q, restPeople, asOf);
  const periods = edgeQs.map((e) => e.period);
  const edges = [
    daySets.length ? readNodeDays(em, q, periods, daySets, asOf) : Promise.resolve(new Map()),
    ...edgeQs.map((e) => only(e, edgeRest, (x) => additive(em, x, asOf))),
    noClassLevel || !periods.length ? Promise.resolve(new Map()) : only(q, nodeSets, (x) => needs(em, x, periods)),
  ];
  const [sources, edgeSums] = await Promise.all([
    Promise.all([
      only(q, restSums, (x) => additive(em, x, asOf)),
      noClassLevel ? new Map() : only(q, restSums, (x) => needs(em, x)),
      visits,
      exact,
    ]),
    Promise.all(edges),
  ]);
  return { sources, edgeSums, fast: !exactSets(q, restPeople).length };
}
