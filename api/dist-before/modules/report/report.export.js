"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseReportParams = parseReportParams;
exports.reportExportRoute = reportExportRoute;
const export_1 = require("../../common/export");
const errors_1 = require("../../graphql/errors");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const project_enums_1 = require("../project/project.enums");
const enums_1 = require("../../common/enums");
const report_enums_1 = require("./report.enums");
const report_service_1 = require("./report.service");
const SUPPRESSED = '<5';
const v = (f) => (r) => (r.cell.suppressed ? SUPPRESSED : f(r.cell));
const COLUMNS = [
    { header: '项目', type: 'text', value: (r) => r.label, width: 28 },
    { header: '服务人数（去重）', type: 'int', value: v((c) => c.peopleServed) },
    { header: '报名数', type: 'int', value: v((c) => c.enrollments) },
    { header: '服务人次', type: 'int', value: v((c) => c.personTimes) },
    { header: '其中：出勤人次', type: 'int', value: v((c) => c.attendancePersonTimes) },
    { header: '其中：个案服务人次', type: 'int', value: v((c) => c.serviceRecordPersonTimes) },
    { header: '开展场次', type: 'int', value: v((c) => c.sessionsHeld) },
    {
        header: '服务时长（人·小时）',
        type: 'int',
        value: v((c) => (c.serviceMinutes === null ? null : Math.round(c.serviceMinutes / 60))),
    },
    { header: '费用合计（元）', type: 'money', value: v((c) => c.feeTotalFen) },
    { header: '补贴合计（元）', type: 'money', value: v((c) => c.subsidyTotalFen) },
    { header: '家庭自付（元）', type: 'money', value: v((c) => c.familyPaidFen) },
    { header: '学位数', type: 'int', value: v((c) => c.capacity) },
    { header: '在班人数', type: 'int', value: v((c) => c.enrolledInClasses) },
    { header: '满班率', type: 'percent', value: v((c) => c.fillRateBp) },
    { header: '出勤率', type: 'percent', value: v((c) => c.attendanceRateBp) },
    { header: '候补人数', type: 'int', value: v((c) => c.waitlisted) },
    { header: '待解决需求', type: 'int', value: v((c) => c.needsOpen) },
    { header: '已解决需求', type: 'int', value: v((c) => c.needsFulfilled) },
    { header: '评估次数', type: 'int', value: v((c) => c.evaluations) },
    {
        header: '平均评分',
        type: 'text',
        value: (r) => (r.cell.suppressed ? SUPPRESSED : r.cell.averageScore?.toFixed(2)),
    },
];
function checkEnum(values, allowed, field) {
    const bad = values.filter((x) => !(x in allowed));
    if (bad.length)
        throw (0, errors_1.badInput)({ [field]: `未知的取值：${bad.join('、')}` }, '统计参数有误');
    return values;
}
function parseReportParams(q) {
    const from = (0, export_1.oneParam)(q, 'from');
    const to = (0, export_1.oneParam)(q, 'to');
    if (!from || !to)
        throw (0, errors_1.badInput)({ ...(from ? {} : { from: '必填' }), ...(to ? {} : { to: '必填' }) }, '统计期间有误');
    const groupBy = (0, export_1.listParam)(q, 'groupBy');
    return {
        from,
        to,
        scopeId: (0, export_1.oneParam)(q, 'scopeId') ?? null,
        groupBy: groupBy.length ? groupBy : Object.values(report_enums_1.ReportGrouping),
        filter: {
            categories: checkEnum((0, export_1.listParam)(q, 'category'), project_enums_1.ProjectCategory, 'category'),
            socialGroupIds: (0, export_1.listParam)(q, 'socialGroupId'),
            projectIds: (0, export_1.listParam)(q, 'projectId'),
            beneficiaryCategories: checkEnum((0, export_1.listParam)(q, 'beneficiaryCategory'), beneficiary_enums_1.BeneficiaryCategory, 'beneficiaryCategory'),
        },
    };
}
const chinaTime = (d) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') + '（北京时间）';
function reportExportRoute(deps) {
    return (0, export_1.xlsxExportRoute)(deps, {
        name: 'report-export',
        parse: (q, ctx) => (0, report_service_1.buildReport)(ctx, parseReportParams(q)),
        filename: (r) => `服务统计台账_${r.scope.name}_${r.from}_${r.to}.xlsx`,
        write: async (wb, r) => {
            const meta = [
                ['统计范围', r.scope.name],
                ['统计期间', `${r.from} 至 ${r.to}`],
                ['生成时间', chinaTime(r.generatedAt)],
                ['口径', '服务人数为去重人数，各行不可相加；服务人次 = 出勤人次 + 个案服务人次；金额单位为元'],
            ];
            if (r.smallCellsSuppressed)
                meta.push(['小样本保护', '涉及 1–4 人的单元格以“<5”显示，必要时一并隐藏其他单元格']);
            const title = `${r.scope.name}服务统计台账`;
            const total = wb.sheet({ name: '汇总', title, meta, columns: COLUMNS });
            total.addRow({ label: '合计', cell: r.totals }, { bold: true });
            total.commit();
            for (const g of r.groupings) {
                const name = enums_1.enumLabels.get('ReportGrouping')?.[g.by]?.[0] ?? g.by;
                const sheet = wb.sheet({ name, title: `${title}（${name}）`, meta, columns: COLUMNS });
                await sheet.addRows(g.rows);
                sheet.addRow({ label: '合计', cell: r.totals }, { bold: true });
                sheet.commit();
            }
        },
    });
}
//# sourceMappingURL=report.export.js.map