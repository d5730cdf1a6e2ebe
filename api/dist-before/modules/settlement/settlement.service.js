"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.monthRange = monthRange;
exports.settlement = settlement;
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const service_project_entity_1 = require("../project/service-project.entity");
const settlement_math_1 = require("./settlement.math");
/**
 * Monthly settlement of a project (结算): for each of its classes, the PRESENT or LATE attendance on
 * sessions the sponsor has verified in the month, priced at each enrolment's daily price and split
 * into the sponsor's and the families' shares (settlement.math.ts). Deleted enrolments, sessions and
 * rows never count; nor do cancelled sessions. The project must be in the caller's scope (its
 * sponsor's subtree or its operator); the figures below are keyed by that project only.
 */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
function monthRange(month) {
    const m = MONTH.exec(month ?? '');
    if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2199)
        throw (0, errors_1.badInput)({ month: '月份格式应为 YYYY-MM' });
    const [y, mo] = [Number(m[1]), Number(m[2])];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
    return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, next };
}
async function settlement(ctx, projectId, month) {
    (0, access_1.assertCanRead)(ctx);
    const range = monthRange(month);
    const project = (0, paging_1.isUuid)(projectId)
        ? await ctx.em.findOne(service_project_entity_1.ServiceProject, { id: projectId }, { populate: ['sponsor', 'operator'] })
        : null;
    if (!project)
        throw (0, errors_1.notFound)('ServiceProject', projectId);
    const [classes, days] = await Promise.all([classRows(ctx.em, project.id, range), dayRows(ctx.em, project.id, range)]);
    const lines = classes.map((c) => line(c, days.filter((d) => d.class_id === c.id)));
    const total = lines.reduce((t, l) => ({
        ...t,
        verifiedSessions: t.verifiedSessions + l.verifiedSessions,
        pendingSessions: t.pendingSessions + l.pendingSessions,
        people: t.people + l.people,
        attendanceDays: t.attendanceDays + l.attendanceDays,
        feeFen: t.feeFen + l.feeFen,
        sponsorFen: t.sponsorFen + l.sponsorFen,
        familyFen: t.familyFen + l.familyFen,
    }), { ...emptyLine(project.id, project.name, 0) });
    return {
        projectId: project.id,
        projectName: project.name,
        sponsorId: project.sponsor?.id ?? null,
        sponsorName: project.sponsor?.name ?? null,
        operatorId: project.operator?.id ?? null,
        operatorName: project.operator?.name ?? null,
        month,
        from: range.from,
        to: range.to,
        lines,
        total,
    };
}
const emptyLine = (classId, className, feePerDayFen) => ({
    classId,
    className,
    feePerDayFen,
    verifiedSessions: 0,
    pendingSessions: 0,
    people: 0,
    attendanceDays: 0,
    feeFen: 0,
    sponsorFen: 0,
    familyFen: 0,
});
function line(c, rows) {
    const out = {
        ...emptyLine(c.id, c.name, c.fee_per_day_fen),
        verifiedSessions: c.verified,
        pendingSessions: c.pending,
    };
    for (const r of rows) {
        if (r.in_month === 0)
            continue;
        const share = (0, settlement_math_1.monthShare)({ feeFen: r.fee_fen, subsidyFen: r.subsidy_fen, daysBooked: r.days_booked, classFeePerDayFen: r.fee_per_day_fen }, r.before, r.in_month);
        out.people++;
        out.attendanceDays += share.days;
        out.feeFen += share.feeFen;
        out.sponsorFen += share.sponsorFen;
        out.familyFen += share.familyFen;
    }
    return out;
}
/** Live classes of the project with a live session in the month, and their session counts. */
function classRows(em, projectId, r) {
    return em.execute(`select c.id, c.name, c.fee_per_day_fen,
            count(*) filter (where s.attendance_verified_at is not null)::int as verified,
            count(*) filter (where s.attendance_verified_at is null and s.status = 'HELD')::int as pending
       from service_class c
       join class_session s on s.class_id = c.id and s.deleted_at is null and s.status <> 'CANCELLED'
        and s.date >= ?::date and s.date < ?::date
      where c.project_id = ? and c.deleted_at is null
      group by c.id order by c.name collate "zh-x-icu", c.id`, [r.from, r.next, projectId]);
}
/** Attended verified days per enrolment: before the month (for the cumulative split) and in it. */
function dayRows(em, projectId, r) {
    return em.execute(`select e.id as enrollment_id, c.id as class_id, e.fee_fen, e.subsidy_fen, e.days_booked, c.fee_per_day_fen,
            count(*) filter (where s.date < ?::date)::int as before,
            count(*) filter (where s.date >= ?::date)::int as in_month
       from service_class c
       join enrollment e on e.class_id = c.id and e.deleted_at is null
       join attendance a on a.enrollment_id = e.id and a.deleted_at is null and a.status in ('PRESENT', 'LATE')
       join class_session s on s.id = a.session_id and s.deleted_at is null and s.status <> 'CANCELLED'
        and s.attendance_verified_at is not null and s.date < ?::date
      where c.project_id = ? and c.deleted_at is null
      group by e.id, c.id`, [r.from, r.from, r.next, projectId]);
}
//# sourceMappingURL=settlement.service.js.map