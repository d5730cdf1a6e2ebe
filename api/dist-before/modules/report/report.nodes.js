"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rootsSql = exports.allTimeSets = void 0;
exports.planNodes = planNodes;
exports.readNodes = readNodes;
exports.components = components;
exports.addSelf = addSelf;
const Migration20261202080000_report_node_tables_1 = require("../../db/migrations/Migration20261202080000_report_node_tables");
const prepared_1 = require("../../db/prepared");
const report_scope_1 = require("./report.scope");
const ALL_TIME = '1900-01-01';
// The columns of report_node_month, as the migration that made the table names them.
const MEASURES = Migration20261202080000_report_node_tables_1.NODE_MEASURES;
/** Null when the node summaries cannot answer the query at all (partners, project or social-group filters, edge days). */
function planNodes(q) {
    const { scope, filter, period, groupings } = q;
    if (q.raw || scope.kind === 'partner' || !period.whole)
        return null;
    if (filter.projectIds?.length || filter.socialGroupIds?.length)
        return null;
    const ben = Boolean(filter.beneficiaryCategories?.length);
    const cats = filter.categories?.length ?? 0;
    const additive = [];
    // A run of whole months that is not one calendar month, quarter or year: its people come from the visits
    // (report.visits.ts), read alongside, except per month / quarter (kept per bucket) and age band (all-time
    // counts when the run covers every month with data, else exactly).
    const run = !period.exact;
    const people = cats > 1 || run ? [] : [-1];
    for (const [i, g] of groupings.entries()) {
        if (g !== 'SOCIAL_GROUP' && !(ben && (g === 'GENDER' || g === 'AGE_BAND')))
            additive.push(i);
        if (cats > 1 || g === 'SOCIAL_GROUP')
            continue;
        if (run && g !== 'MONTH' && g !== 'QUARTER' && g !== 'AGE_BAND')
            continue;
        if (g === 'QUARTER' && !period.quarters)
            continue;
        if ((g === 'CATEGORY' && cats) || (g === 'AGE_BAND' && (cats || ben)))
            continue;
        people.push(i);
    }
    const kind = period.exact ?? { kind: 'A', start: ALL_TIME };
    return { additive, people, kind };
}
/** The sets whose people the plan takes from all-time counts (which hold only if the period covers all data). */
const allTimeSets = (q, plan) => plan.kind.kind !== 'A' ? [] : plan.people.filter((i) => i < 0 || !['MONTH', 'QUARTER'].includes(q.groupings[i]));
exports.allTimeSets = allTimeSets;
const dimOf = (g, ben) => g === 'GENDER' ? 'G' : g === 'AGE_BAND' ? 'A' : g === 'BENEFICIARY_CATEGORY' || ben ? 'B' : 'T';
/** Runs the plan's statement: sums, people, child labels, the scope's name (when asked) and the dirty flag. */
async function readNodes(em, q, plan, options) {
    const { filter, period, groupings } = q;
    const scope = q.scope;
    const ben = filter.beneficiaryCategories?.length ? filter.beneficiaryCategories : null;
    const cats = filter.categories?.length ? filter.categories : null;
    const params = [];
    const bind = (v) => {
        params.push(v);
        return '?';
    };
    const children = () => scope.kind === 'org' ? `(select id from organization where parent_id = ${bind(scope.nodeId)})` : exports.rootsSql;
    const parts = [];
    const row = (set, key, n, measures, people, label, from) => `select ${set}::int s, (${key})::text k, ${n}::bigint n, ${measures}, ${people}::bigint people, ${label}::text label ${from}`;
    const nulls = MEASURES.map((m) => `null::bigint ${m}`).join(', ');
    const sums = MEASURES.map((m) => `sum(${m})::bigint ${m}`).join(', ');
    // Sums: the total, then each grouping the plan gives the node summaries.
    const add = (set, g) => {
        const dim = dimOf(g, Boolean(ben));
        const where = [
            g === 'ORGANIZATION' ? `node_id in ${children()}` : `node_id = ${bind(scope.nodeId)}`,
            `dim = '${dim}'`,
            `month between '${period.firstMonth}' and '${period.lastMonth}'`,
        ];
        if (cats)
            where.push(`category = any(${bind((0, report_scope_1.pgArray)(cats))}::text[])`);
        if (ben)
            where.push(`val = any(${bind((0, report_scope_1.pgArray)(ben))}::text[])`);
        const key = addKey(g);
        // Without a category filter or grouping the category rollup answers (a twelfth of the rows).
        const table = cats || g === 'CATEGORY' ? 'report_node_month' : 'report_node_month_all';
        parts.push(row(set, key, 'sum(n)', sums, 'null', 'null', `from ${table} where ${where.join(' and ')} group by 2`));
    };
    add(-1, null);
    for (const i of plan.additive)
        add(i, groupings[i]);
    // Distinct people from the maintained counts.
    const { kind, start } = plan.kind;
    const cat = cats?.[0] ?? '';
    const reach = (set, g) => {
        const age = g === 'AGE_BAND';
        const where = [];
        let key = `''`;
        let k = `kind = '${kind}' and start = '${start}'`;
        if (g === 'MONTH') {
            key = `to_char(start, 'YYYY-MM')`;
            k = `kind = 'M' and start between '${period.firstMonth}' and '${period.lastMonth}'`;
        }
        else if (g === 'QUARTER') {
            key = `to_char(start, 'YYYY-"Q"Q')`;
            k = `kind = 'Q' and start between '${period.quarters.first}' and '${period.quarters.last}'`;
        }
        where.push(g === 'ORGANIZATION' ? `node_id in ${children()}` : `node_id = ${bind(scope.nodeId)}`, k);
        if (!age)
            where.push(g === 'CATEGORY' ? `category <> ''` : `category = ${bind(cat)}`);
        if (ben)
            where.push(`ben_cat = any(${bind((0, report_scope_1.pgArray)(ben))}::text[])`);
        if (g === 'ORGANIZATION')
            key = 'node_id';
        else if (g === 'CATEGORY')
            key = 'category';
        else if (g === 'GENDER')
            key = 'gender';
        else if (g === 'BENEFICIARY_CATEGORY')
            key = 'ben_cat';
        else if (age)
            key = 'age_band';
        const having = set < 0 ? '' : ' having sum(people) > 0';
        // Counts not split or filtered by gender or beneficiary category come from their rollup.
        const split = ben || g === 'GENDER' || g === 'BENEFICIARY_CATEGORY';
        const table = age ? 'report_reach_age' : split ? 'report_reach' : 'report_reach_all';
        const from = `from ${table} where ${where.join(' and ')} group by 2${having}`;
        parts.push(row(set, key, 'null', nulls, 'sum(people)', 'null', from));
        if (g === 'ORGANIZATION' && scope.kind === 'org') {
            const own = `node_id = ${bind(scope.nodeId)} and kind = '${kind.toLowerCase()}' and start = '${start}' and category = ${bind(cat)}`;
            const benOwn = ben ? ` and ben_cat = any(${bind((0, report_scope_1.pgArray)(ben))}::text[])` : '';
            parts.push(row(set, `'SELF'`, 'null', nulls, 'sum(people)', 'null', `from ${ben ? 'report_reach' : 'report_reach_all'} where ${own}${benOwn} having sum(people) > 0`));
        }
    };
    for (const i of plan.people)
        reach(i, i < 0 ? null : groupings[i]);
    if (groupings.includes('ORGANIZATION'))
        parts.push(row(-2, 'id', 'null', nulls, 'null', 'name', `from organization where id in ${children()}`));
    if (options.scopeName)
        parts.push(row(-3, 'id', 'null', nulls, 'null', 'name', `from organization where id = ${bind(scope.nodeId)} and deleted_at is null`));
    parts.push(row(-4, `''`, 'report_pending()::int', nulls, 'null', 'null', ''));
    if ((0, exports.allTimeSets)(q, plan).length)
        parts.push(row(-5, `(select to_char(min(month), 'YYYY-MM-DD') from report_person_month)`, 'null', nulls, 'null', `(select to_char(max(month), 'YYYY-MM-DD') from report_person_month)`, ''));
    const rows = await (0, prepared_1.executePrepared)(em, parts.join('\nunion all\n'), params);
    return answer(rows, q, plan);
}
exports.rootsSql = '(select id from organization where parent_id is null)';
function addKey(g) {
    switch (g) {
        case null:
            return `''`;
        case 'MONTH':
            return `to_char(month, 'YYYY-MM')`;
        case 'QUARTER':
            return `to_char(month, 'YYYY-"Q"Q')`;
        case 'ORGANIZATION':
            return 'node_id';
        case 'CATEGORY':
            return 'category';
        default:
            return 'val';
    }
}
const num = (v) => Number(v ?? 0);
function components(r) {
    return {
        n: num(r.n),
        attended: num(r.attended),
        attRows: num(r.att_rows),
        records: num(r.records),
        minutes: num(r.minutes),
        enrolments: num(r.enrolments),
        feeFen: num(r.fee_fen),
        subsidyFen: num(r.subsidy_fen),
        payableFen: num(r.payable_fen),
        waitlisted: num(r.waitlisted),
        sessionsHeld: num(r.sessions_held),
        capacity: num(r.capacity),
        classEnrolled: num(r.class_enrolled),
        evaluations: num(r.evaluations),
        scoreSum: num(r.score_sum),
        needsOpen: num(r.needs_open),
        needsFulfilled: num(r.needs_fulfilled),
    };
}
function answer(rows, q, plan) {
    const out = {
        dirty: false,
        additive: new Map(),
        people: new Map(),
        peopleMissing: [],
        names: new Map(),
        scopeName: null,
    };
    let bounds = null;
    const put = (b, set, key, part) => {
        if (!b.has(set))
            b.set(set, new Map());
        b.get(set).set(key, part);
    };
    for (const r of rows) {
        const s = Number(r.s);
        if (s === -4)
            out.dirty = Number(r.n) > 0;
        else if (s === -3)
            out.scopeName = r.label;
        else if (s === -2)
            out.names.set(r.k, r.label);
        else if (s === -5)
            bounds = { min: r.k, max: r.label };
        else if (r.n === null)
            put(out.people, s, r.k ?? '', { people: num(r.people) });
        else
            put(out.additive, s, r.k ?? '', components(r));
    }
    const org = q.groupings.indexOf('ORGANIZATION');
    if (org >= 0 && plan.additive.includes(org))
        addSelf(out.additive, org);
    // All-time counts answer a period only if no person was served outside it.
    const p = q.period;
    if (bounds?.min && (bounds.min < p.firstMonth || bounds.max > p.lastMonth)) {
        out.peopleMissing = (0, exports.allTimeSets)(q, plan);
        for (const i of out.peopleMissing)
            out.people.delete(i);
    }
    return out;
}
/** The scope's own projects and needs: the total less its children's subtrees (sums add up exactly). */
function addSelf(b, set) {
    const total = b.get(-1)?.get('');
    if (!total)
        return;
    const self = { ...total };
    for (const child of b.get(set)?.values() ?? [])
        for (const [k, v] of Object.entries(child))
            self[k] -= v;
    if (self.n > 0) {
        if (!b.has(set))
            b.set(set, new Map());
        b.get(set).set('SELF', self);
    }
}
//# sourceMappingURL=report.nodes.js.map