import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import { assertCanRead } from '../../common/scope/access';
import { badInput, notFound } from '../../common/errors';
import { ServiceProject } from '../project/service-project.entity';
import { monthShare } from './settlement.math';
import type { Settlement, SettlementLine } from './settlement.types';

/**
 * Monthly settlement of a project (结算): for each of its classes, the PRESENT or LATE attendance on
 * sessions the sponsor has verified in the month, priced at each enrollment's daily price and split
 * into the sponsor's and the families' shares (settlement.math.ts). Deleted enrollments, sessions and
 * rows never count; nor do cancelled sessions. The project must be in the caller's scope (its
 * sponsor's subtree or its operator); the figures below are keyed by that project only.
 */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthRange(month: string): { from: string; to: string; next: string } {
  const m = MONTH.exec(month ?? '');
  if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2199) throw badInput({ month: '月份格式应为 YYYY-MM' });
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, next };
}

type DayRow = {
  enrollment_id: string;
  class_id: string;
  fee_fen: number;
  subsidy_fen: number;
  days_booked: number;
  fee_per_day_fen: number;
  before: number;
  in_month: number;
};
type ClassRow = { id: string; name: string; fee_per_day_fen: number; verified: number; pending: number };

export async function settlement(ctx: CrudContext, projectId: string, month: string): Promise<Settlement> {
  assertCanRead(ctx);
  const range = monthRange(month);
  const project = isUuid(projectId)
    ? await ctx.em.findOne(ServiceProject, { id: projectId }, { populate: ['sponsor', 'operator'] })
    : null;
  if (!project) throw notFound('ServiceProject', projectId);
  const [classes, days] = await Promise.all([classRows(ctx.em, project.id, range), dayRows(ctx.em, project.id, range)]);
  const lines = classes.map((c) =>
    line(
      c,
      days.filter((d) => d.class_id === c.id),
    ),
  );
  const total = lines.reduce(
    (t, l) => ({
      ...t,
      verifiedSessions: t.verifiedSessions + l.verifiedSessions,
      pendingSessions: t.pendingSessions + l.pendingSessions,
      people: t.people + l.people,
      attendanceDays: t.attendanceDays + l.attendanceDays,
      feeFen: t.feeFen + l.feeFen,
      sponsorFen: t.sponsorFen + l.sponsorFen,
      familyFen: t.familyFen + l.familyFen,
    }),
    { ...emptyLine(project.id, project.name, 0) },
  );
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

const emptyLine = (classId: string, className: string, feePerDayFen: number): SettlementLine => ({
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

function line(c: ClassRow, rows: DayRow[]): SettlementLine {
  const out = {
    ...emptyLine(c.id, c.name, c.fee_per_day_fen),
    verifiedSessions: c.verified,
    pendingSessions: c.pending,
  };
  for (const r of rows) {
    if (r.in_month === 0) continue;
    const share = monthShare(
      { feeFen: r.fee_fen, subsidyFen: r.subsidy_fen, daysBooked: r.days_booked, classFeePerDayFen: r.fee_per_day_fen },
      r.before,
      r.in_month,
    );
    out.people++;
    out.attendanceDays += share.days;
    out.feeFen += share.feeFen;
    out.sponsorFen += share.sponsorFen;
    out.familyFen += share.familyFen;
  }
  return out;
}

/** Live classes of the project with a live session in the month, and their session counts. */
function classRows(em: EntityManager, projectId: string, r: { from: string; next: string }): Promise<ClassRow[]> {
  return em.execute<ClassRow[]>(
    `select c.id, c.name, c.fee_per_day_fen,
            count(*) filter (where s.attendance_verified_at is not null)::int as verified,
            count(*) filter (where s.attendance_verified_at is null and s.status = 'HELD')::int as pending
       from service_class c
       join class_session s on s.class_id = c.id and s.deleted_at is null and s.status <> 'CANCELLED'
        and s.date >= ?::date and s.date < ?::date
      where c.project_id = ? and c.deleted_at is null
      group by c.id order by c.name collate "zh-x-icu", c.id`,
    [r.from, r.next, projectId],
  );
}

/** Attended verified days per enrollment: before the month (for the cumulative split) and in it. */
function dayRows(em: EntityManager, projectId: string, r: { from: string; next: string }): Promise<DayRow[]> {
  return em.execute<DayRow[]>(
    `select e.id as enrollment_id, c.id as class_id, e.fee_fen, e.subsidy_fen, e.days_booked, c.fee_per_day_fen,
            count(*) filter (where s.date < ?::date)::int as before,
            count(*) filter (where s.date >= ?::date)::int as in_month
       from service_class c
       join enrollment e on e.class_id = c.id and e.deleted_at is null
       join attendance a on a.enrollment_id = e.id and a.deleted_at is null and a.status in ('PRESENT', 'LATE')
       join class_session s on s.id = a.session_id and s.deleted_at is null and s.status <> 'CANCELLED'
        and s.attendance_verified_at is not null and s.date < ?::date
      where c.project_id = ? and c.deleted_at is null
      group by e.id, c.id`,
    [r.from, r.from, r.next, projectId],
  );
}
