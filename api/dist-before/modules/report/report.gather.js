"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gather = gather;
const errors_1 = require("../../graphql/errors");
const report_node_days_1 = require("./report.node-days");
const report_nodes_1 = require("./report.nodes");
const report_period_1 = require("./report.period");
const report_queries_1 = require("./report.queries");
const report_scope_1 = require("./report.scope");
const report_visits_1 = require("./report.visits");
/** The query narrowed to some of its groupings, and its answer mapped back to the full query's set numbers. */
async function only(q, sets, run) {
    const picked = sets.filter((i) => i >= 0);
    const out = new Map();
    if (!sets.length)
        return out;
    const got = await run({ ...q, groupings: picked.map((i) => q.groupings[i]) });
    for (const [set, keys] of got) {
        const to = set < 0 ? -1 : picked[set];
        if (sets.includes(to))
            out.set(to, keys);
    }
    return out;
}
/** The sets (-1 = the total) whose distinct people neither the node counts nor the visits answer. */
const exactSets = (q, sets) => {
    const v = (0, report_visits_1.visitSets)(q, sets);
    return sets.filter((i) => !v.includes(i));
};
/** Distinct people of `sets`: from the visits where they answer, else exactly from the person-months. */
function people(em, q, sets, seen) {
    const v = (0, report_visits_1.visitSets)(q, sets);
    return {
        visits: v.length ? (0, report_visits_1.readVisits)(em, q, v, seen) : Promise.resolve(new Map()),
        exact: only(q, exactSets(q, sets), (x) => (0, report_queries_1.peopleExact)(em, x, seen)),
    };
}
/**
 * A period of whole months plus edge days, for an organization scope (or everything) without project or
 * social-group filters: the whole months as a query of their own (the node summaries answer its sums) and
 * the edge days as one or two more (the project summaries' days); the sums of the three add up exactly.
 */
function splitDays(q) {
    const { period: p, filter: f } = q;
    if (q.scope.kind === 'partner' || p.whole || !p.firstMonth || f.projectIds?.length || f.socialGroupIds?.length)
        return null;
    const afterLast = (0, report_period_1.addMonths)(p.lastMonth, 1);
    const edges = [];
    if (p.from < p.firstMonth)
        edges.push({ ...q, period: (0, report_period_1.parsePeriod)(p.from, (0, report_period_1.addDays)(p.firstMonth, -1)) });
    if (afterLast <= p.to)
        edges.push({ ...q, period: (0, report_period_1.parsePeriod)(afterLast, p.to) });
    return { whole: { ...q, period: (0, report_period_1.parsePeriod)(p.firstMonth, (0, report_period_1.addDays)(afterLast, -1)) }, edges };
}
/** Adds the sums of `src` into `target`, cell by cell. */
function addInto(target, src) {
    for (const [set, keys] of src)
        for (const [key, part] of keys)
            (0, report_queries_1.addCell)(target, set, key, part);
}
/**
 * The figures of a query: the dashboard path (one statement over the node summaries, report.nodes.ts) for
 * what it can answer (the whole months of a period with edge days, whose days come from the project
 * summaries), the project summaries for the rest, or all from the project summaries; with `raw`, from the
 * raw tables (the benchmark's peer). Distinct people from the maintained counts, the visits, or exactly.
 */
async function gather(em, q, scope, noClassLevel) {
    const sets = [-1, ...q.groupings.map((_, i) => i)];
    const split = q.raw ? null : splitDays(q);
    const plan = (0, report_nodes_1.planNodes)(split?.whole ?? q);
    if (split && plan)
        plan.people = []; // the people of the whole period come from the visits
    if (!plan) {
        // Read first; only when a statement's snapshot still had writes to fold in, flush and read again (as
        // the dashboard path does), so a clean read is one round trip per statement, all started together.
        const read = (seen) => {
            const { visits, exact } = people(em, q, sets, seen);
            return Promise.all([(0, report_queries_1.additive)(em, q, seen), visits, exact, noClassLevel ? new Map() : (0, report_queries_1.needs)(em, q)]);
        };
        const seen = { pending: false };
        const [name, first] = await Promise.all([
            scope.name === null ? (0, report_scope_1.scopeName)(em, scope) : scope.name,
            read(q.raw ? undefined : seen),
        ]);
        scope.name = name;
        let sources = first;
        if (seen.pending) {
            await em.execute('select report_flush()');
            sources = await read();
        }
        return { sources, names: new Map(), fast: !q.raw && !exactSets(q, sets).length };
    }
    const opts = { scopeName: scope.name === null };
    const nodeQ = split?.whole ?? q;
    const edgeQs = split?.edges ?? [];
    // When all that the node read leaves is read by statements that also report pending writes (the visits,
    // the node days; needs come from need_request itself), start them with the node read. Their answer is
    // used only if neither they nor the node read saw writes still to fold in; else they are read again once
    // the summaries are flushed, so a read after a write never mixes figures from before and after it.
    const seen = { pending: false };
    const early = earlyOk(q, plan, edgeQs) ? rest(em, q, plan, null, edgeQs, noClassLevel, seen) : null;
    early?.catch(() => undefined); // awaited below unless discarded
    let a = await (0, report_nodes_1.readNodes)(em, nodeQ, plan, opts);
    let others = early;
    if (a.dirty) {
        await em.execute('select report_flush()');
        a = await (0, report_nodes_1.readNodes)(em, nodeQ, plan, opts);
        others = null;
    }
    if (scope.name === null) {
        if (a.scopeName === null)
            throw (0, errors_1.notFound)('Organization', scope.kind === 'org' ? scope.nodeId : 'none');
        scope.name = a.scopeName;
    }
    let more = others ? await others : null;
    if (!more || seen.pending)
        more = await rest(em, q, plan, a, edgeQs, noClassLevel);
    for (const e of more.edgeSums)
        addInto(a.additive, e);
    return { sources: [a.additive, a.people, ...more.sources], names: a.names, fast: more.fast };
}
/** The reads the node read leaves, by set: sums, people (visits, else exactly), edge-day sums. */
function leftover(q, plan, a, edgeQs) {
    const sets = [-1, ...q.groupings.map((_, i) => i)];
    const restPeople = sets.filter((i) => !plan.people.includes(i) || Boolean(a?.peopleMissing.includes(i)));
    const nodeSets = [-1, ...plan.additive];
    const daySets = edgeQs.length ? (0, report_node_days_1.nodeDaySets)(edgeQs[0], nodeSets) : [];
    return {
        restSums: sets.filter((i) => i >= 0 && !plan.additive.includes(i)),
        restPeople,
        nodeSets,
        daySets,
        edgeRest: edgeQs.length ? nodeSets.filter((i) => !daySets.includes(i)) : [],
    };
}
/** Whether what the node read leaves is only visits, node days and needs, and does not depend on its answer. */
function earlyOk(q, plan, edgeQs) {
    if ((0, report_nodes_1.allTimeSets)(q, plan).length)
        return false; // the node answer may send these sets elsewhere
    const l = leftover(q, plan, null, edgeQs);
    return !l.restSums.length && !l.edgeRest.length && !exactSets(q, l.restPeople).length;
}
/**
 * What the node read leaves: sums of groupings it does not answer, people it does not count (the visits,
 * else exactly), and the edge days' sums (node days where they answer, else the project summaries) and
 * needs (one statement for both edges).
 */
async function rest(em, q, plan, a, edgeQs, noClassLevel, seen) {
    const { restSums, restPeople, nodeSets, daySets, edgeRest } = leftover(q, plan, a, edgeQs);
    const { visits, exact } = people(em, q, restPeople, seen);
    const periods = edgeQs.map((e) => e.period);
    const edges = [
        daySets.length ? (0, report_node_days_1.readNodeDays)(em, q, periods, daySets, seen) : Promise.resolve(new Map()),
        ...edgeQs.map((e) => only(e, edgeRest, (x) => (0, report_queries_1.additive)(em, x))),
        noClassLevel || !periods.length ? Promise.resolve(new Map()) : only(q, nodeSets, (x) => (0, report_queries_1.needs)(em, x, periods)),
    ];
    const [sources, edgeSums] = await Promise.all([
        Promise.all([
            only(q, restSums, (x) => (0, report_queries_1.additive)(em, x)),
            noClassLevel ? new Map() : only(q, restSums, (x) => (0, report_queries_1.needs)(em, x)),
            visits,
            exact,
        ]),
        Promise.all(edges),
    ]);
    return { sources, edgeSums, fast: !exactSets(q, restPeople).length };
}
//# sourceMappingURL=report.gather.js.map