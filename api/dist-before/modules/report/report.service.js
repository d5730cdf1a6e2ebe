"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateArgs = validateArgs;
exports.buildReport = buildReport;
const errors_1 = require("../../graphql/errors");
const report_cells_1 = require("./report.cells");
const report_enums_1 = require("./report.enums");
const report_gather_1 = require("./report.gather");
const report_labels_1 = require("./report.labels");
const report_period_1 = require("./report.period");
const report_queries_1 = require("./report.queries");
const report_scope_1 = require("./report.scope");
const report_suppress_1 = require("./report.suppress");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Arguments checked before any figure is read (the GraphQL types check enums; the export route too). */
function validateArgs(args) {
    const errors = {};
    const known = Object.values(report_enums_1.ReportGrouping);
    const groupBy = args.groupBy ?? [];
    const unknown = groupBy.filter((g) => !known.includes(g));
    if (unknown.length)
        errors.groupBy = `未知的分组：${unknown.join('、')}`;
    const filter = args.filter ?? {};
    for (const key of ['socialGroupIds', 'projectIds']) {
        if (filter[key]?.some((id) => !UUID.test(id)))
            errors[`filter.${key}`] = '编号格式不正确';
    }
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors, '统计参数有误');
    return { groupings: [...new Set(groupBy)], filter };
}
function merge(target, buckets, q, noClassLevel) {
    for (const [set, keys] of buckets) {
        const personLevel = noClassLevel || (set >= 0 && (0, report_queries_1.isPersonGrouping)(q.groupings[set]));
        if (!target.has(set))
            target.set(set, new Map());
        const m = target.get(set);
        for (const [key, part] of keys) {
            if (!m.has(key))
                m.set(key, (0, report_cells_1.emptyComponents)(personLevel));
            const c = m.get(key);
            for (const [k, v] of Object.entries(part)) {
                if (k in c && (c[k] !== null || k === 'people'))
                    c[k] = v;
            }
        }
    }
}
/**
 * The report: validate, resolve the scope (NOT_FOUND outside the caller's), read the figures from summaries
 * that are exact for the read (pending writes are folded in first: report_flush), label, and suppress small
 * cells for analysts.
 */
async function buildReport(ctx, args, options = {}) {
    const { groupings, filter } = validateArgs(args);
    const period = (0, report_period_1.parsePeriod)(args.from, args.to);
    const scope = await (0, report_scope_1.resolveScope)(ctx, args.scopeId, { deferName: !options.raw });
    const em = ctx.em;
    const q = { scope, filter, period, groupings, raw: options.raw };
    const noClassLevel = Boolean(filter.beneficiaryCategories?.length);
    const { sources, names, fast } = await (0, report_gather_1.gather)(em, q, scope, noClassLevel);
    const all = new Map();
    for (const b of sources)
        merge(all, b, q, noClassLevel);
    const totalC = all.get(-1)?.get('') ?? (0, report_cells_1.emptyComponents)(noClassLevel);
    const keys = new Map(groupings.map((g, i) => [g, [...(all.get(i)?.keys() ?? [])].sort()]));
    const label = await (0, report_labels_1.labelKeys)(em, scope, keys, names);
    const total = { key: '', c: totalC, suppressed: false };
    const groups = groupings.map((g, i) => ({
        by: g,
        cells: (keys.get(g) ?? []).map((key) => ({ key, c: all.get(i).get(key), suppressed: false })),
    }));
    const suppress = ctx.principal?.role === 'ANALYST';
    if (suppress)
        (0, report_suppress_1.suppressSmallCells)(total, groups);
    const show = (cell) => (cell.suppressed ? (0, report_cells_1.suppressedFigures)() : (0, report_cells_1.figures)(cell.c));
    return {
        scope: { organizationId: scope.kind === 'org' ? scope.nodeId : null, name: scope.name ?? '' },
        from: period.from,
        to: period.to,
        generatedAt: new Date(),
        totals: show(total),
        groupings: groups.map((g) => ({
            by: g.by,
            rows: g.cells.map((cell) => ({ key: cell.key, label: label(g.by, cell.key), cell: show(cell) })),
        })),
        smallCellsSuppressed: suppress,
        peopleSource: fast ? 'SUMMARY_COUNTS' : 'PERSON_MONTHS',
    };
}
//# sourceMappingURL=report.service.js.map