"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPersonGrouping = exports.PENDING_SET = void 0;
exports.addCell = addCell;
exports.withoutPending = withoutPending;
exports.additive = additive;
exports.peopleExact = peopleExact;
exports.needs = needs;
const prepared_1 = require("../../db/prepared");
const report_enums_1 = require("./report.enums");
const report_scope_1 = require("./report.scope");
const report_sql_1 = require("./report.sql");
/** Adds `part` into the cell (set, key) of `b`, measure by measure (a missing cell starts at zero). */
function addCell(b, set, key, part) {
    if (!b.has(set))
        b.set(set, new Map());
    const t = b.get(set);
    const cell = (t.get(key) ?? {});
    for (const [k, v] of Object.entries(part))
        cell[k] = (cell[k] ?? 0) + v;
    t.set(key, cell);
}
/** The set number of the row a statement adds with `report_pending()` as its value (see withoutPending). */
exports.PENDING_SET = -9;
/**
 * A statement's rows without its PENDING_SET row; `seen.pending` is set when that row's `value` is > 0, i.e.
 * the statement's snapshot still had writes to fold in.
 */
function withoutPending(rows, value, seen) {
    return rows.filter((r) => {
        if (Number(r.s) !== exports.PENDING_SET)
            return true;
        if (seen && Number(value(r)) > 0)
            seen.pending = true;
        return false;
    });
}
/** The rows of a period: summaries (whole months + edge days), or the fact view over the raw tables. */
function source(q, month, day, view, cols) {
    if (q.raw)
        return `select ${cols.replaceAll('$d', 'day')} from ${view} where day between '${q.period.from}' and '${q.period.to}'`;
    return (0, report_sql_1.periodSource)(q.period, month, day, cols);
}
/**
 * `sql` with its snapshot's report_pending() on every row, and one row of nulls when it has none: so a read
 * of the project summaries tells, in the same round trip, whether writes were still to be folded in (then
 * the caller flushes and reads again) instead of flushing first on every request.
 */
const withPendingFlag = (sql) => `select p.pending, r.* from (select report_pending() pending) p left join lateral (${sql}) r on true`;
/** Runs a summaries statement; with `seen`, also notes whether its snapshot had writes still to fold in. */
async function run(em, q, sql, params, seen) {
    if (!seen || q.raw)
        return (0, prepared_1.executePrepared)(em, sql, params);
    const rows = await (0, prepared_1.executePrepared)(em, withPendingFlag(sql), params);
    if (rows.some((r) => r.pending))
        seen.pending = true;
    return rows.filter((r) => r.gs !== null);
}
function collect(rows, q, map) {
    const out = new Map();
    for (const r of rows) {
        const set = (0, report_sql_1.setOf)(Number(r.gs), q.groupings.length);
        const key = set < 0 ? '' : r[`g${set}`];
        if (key === null)
            continue; // facts not about one person, in a person grouping
        if (!out.has(set))
            out.set(set, new Map());
        out.get(set).set(key, map(r));
    }
    return out;
}
const n = (v) => Number(v ?? 0);
/**
 * Additive measures (evaluations included) per project from report_month (whole months) and report_day (edge
 * days); without a person grouping or a beneficiary-category filter from their lean twins report_month_total /
 * report_day_total. Used where the node summaries do not answer (report.nodes.ts).
 */
async function additive(em, q, seen) {
    const proj = (0, report_scope_1.projectsSql)(q.scope, q.filter);
    const lean = !q.raw && !q.filter.beneficiaryCategories?.length && !q.groupings.some(exports.isPersonGrouping);
    const measures = `attended, att_rows, records, minutes, enrolments, fee_fen, subsidy_fen, payable_fen, waitlisted,
    sessions_held, capacity, class_enrolled, evaluations, score_sum`;
    const cols = lean
        ? `project_id, $d as d, ${measures}`
        : `project_id, $d as d, gender, age_band, ben_cat, ${measures}`;
    const params = [...proj.params];
    let benFilter = '';
    if (q.filter.beneficiaryCategories?.length) {
        benFilter = `where s.ben_cat = any(?::text[])`;
        params.push((0, report_scope_1.pgArray)(q.filter.beneficiaryCategories));
    }
    const c = {
        day: 'd',
        path: 'path',
        category: 'category',
        operator: 'operator_id',
        benCat: 'ben_cat',
        ageBand: 'age_band',
        gender: 'gender',
    };
    const [month, day] = lean ? ['report_month_total', 'report_day_total'] : ['report_month', 'report_day'];
    const inner = `select s.*, p.category, p.operator_id, p.path from (${source(q, month, day, 'report_fact', cols)}) s
    join (${proj.sql}) p on p.id = s.project_id ${benFilter}`;
    const sql = (0, report_sql_1.groupingSets)(q.groupings, q.groupings.map((g) => (0, report_sql_1.groupExpr)(g, c, q.scope)), inner, `sum(attended) attended, sum(att_rows) att_rows, sum(records) records, sum(minutes) minutes,
     sum(enrolments) enrolments, sum(fee_fen) fee, sum(subsidy_fen) subsidy, sum(payable_fen) payable,
     sum(waitlisted) waitlisted, sum(sessions_held) sessions, sum(capacity) capacity, sum(class_enrolled) class_enrolled,
     sum(evaluations) evaluations, sum(score_sum) score_sum`);
    const rows = await run(em, q, sql, params, seen);
    return collect(rows, q, (r) => ({
        attended: n(r.attended),
        attRows: n(r.att_rows),
        records: n(r.records),
        minutes: n(r.minutes),
        enrolments: n(r.enrolments),
        feeFen: n(r.fee),
        subsidyFen: n(r.subsidy),
        payableFen: n(r.payable),
        waitlisted: n(r.waitlisted),
        sessionsHeld: n(r.sessions),
        capacity: n(r.capacity),
        classEnrolled: n(r.class_enrolled),
        evaluations: n(r.evaluations),
        scoreSum: n(r.score_sum),
    }));
}
/** Distinct people, exactly: person-month rows for whole months, the raw facts for the edge days. */
async function peopleExact(em, q, seen) {
    const proj = (0, report_scope_1.projectsSql)(q.scope, q.filter);
    const cols = `project_id, $d as d, beneficiary_id, age_band, gender, ben_cat`;
    const params = [...proj.params];
    let benFilter = '';
    if (q.filter.beneficiaryCategories?.length) {
        benFilter = `where s.ben_cat = any(?::text[])`;
        params.push((0, report_scope_1.pgArray)(q.filter.beneficiaryCategories));
    }
    const c = {
        day: 'd',
        path: 'path',
        category: 'category',
        operator: 'operator_id',
        benCat: 'ben_cat',
        ageBand: 'age_band',
        gender: 'gender',
    };
    const inner = `select s.*, p.category, p.operator_id, p.path
    from (${source(q, 'report_person_month', 'report_person_fact', 'report_person_fact', cols)}) s
    join (${proj.sql}) p on p.id = s.project_id ${benFilter}`;
    const sql = (0, report_sql_1.groupingSets)(q.groupings, q.groupings.map((g) => (0, report_sql_1.groupExpr)(g, c, q.scope)), inner, 'count(distinct beneficiary_id) people');
    return collect(await run(em, q, sql, params, seen), q, (r) => ({ people: n(r.people) }));
}
/**
 * Needs raised in the period (or in the disjoint `ranges`, e.g. a period's edge days): by the scope's
 * organizations, or matched to the partner's (or filtered) projects.
 */
async function needs(em, q, ranges = [q.period]) {
    const proj = (0, report_scope_1.projectsSql)(q.scope, q.filter);
    const within = ranges.map((r) => `n.created_at >= (date '${r.from}'::timestamp at time zone 'Asia/Shanghai')
      and n.created_at < ((date '${r.to}' + 1)::timestamp at time zone 'Asia/Shanghai')`);
    const where = ['n.deleted_at is null'];
    const params = [];
    if (q.scope.kind === 'partner' || q.filter.projectIds?.length || q.filter.socialGroupIds?.length) {
        where.push(`n.matched_project_id in (select id from (${proj.sql}) pj)`);
        params.push(...proj.params);
    }
    if (q.filter.categories?.length) {
        where.push('n.category = any(?::text[])');
        params.push((0, report_scope_1.pgArray)(q.filter.categories));
    }
    // One select per range (union all), not one `or`: each range is then an index-only scan of
    // need_request_created_at (its included columns), where an `or` of ranges took a bitmap scan of the heap.
    // The conditions' parameters repeat per range, in order; the organizations are joined once, after.
    const raised = within
        .map((range) => `select n.created_at, n.raised_by_id, n.category, n.matched_project_id, n.status
    from need_request n where ${[range, ...where].join(' and ')}`)
        .join(' union all ');
    const bound = within.flatMap(() => params);
    const inScope = q.scope.kind === 'org' ? `where ${(0, report_scope_1.pathLike)('o.path', q.scope.path)}` : '';
    const inner = `select report_day_of(n.created_at) d, o.path, n.category, mp.operator_id, n.status
    from (${raised}) n join organization o on o.id = n.raised_by_id
    left join service_project mp on mp.id = n.matched_project_id ${inScope}`;
    const c = { day: 'd', path: 'path', category: 'category', operator: 'operator_id' };
    const sql = (0, report_sql_1.groupingSets)(q.groupings, q.groupings.map((g) => (0, report_sql_1.groupExpr)(g, c, q.scope)), inner, `count(*) filter (where status in ('OPEN','MATCHED','IN_PROGRESS')) open, count(*) filter (where status = 'FULFILLED') fulfilled`);
    return collect(await (0, prepared_1.executePrepared)(em, sql, bound), q, (r) => ({
        needsOpen: n(r.open),
        needsFulfilled: n(r.fulfilled),
    }));
}
const isPersonGrouping = (g) => report_enums_1.PERSON_GROUPINGS.includes(g);
exports.isPersonGrouping = isPersonGrouping;
//# sourceMappingURL=report.queries.js.map