import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldErrors } from '../../common/errors';
import type { ServiceClass } from './service-class.entity';

/** `2025-07-01` as people write it: 2025/07/01. */
const shown = (d: string) => d.replaceAll('-', '/');

/**
 * A class runs within its project's dates (开班、结班日期在项目起止日期之内): the sessions, the fees and
 * the reports of a class all count as the project's. Checked on every class write; a project's
 * dates cannot shrink past a live class of it (projectDatesProblems).
 */
export async function classDatesRules(tx: EntityManager, rows: ServiceClass[]): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.project.id))];
  const projects = await tx.execute<{ id: string; starts_on: string; ends_on: string }[]>(
    `select id, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on
       from service_project where id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  const byId = new Map(projects.map((p) => [p.id, p]));
  const errors: FieldErrors = {};
  for (const row of rows) {
    const p = byId.get(row.project.id);
    if (!p) continue;
    if (row.startsOn < p.starts_on) errors.startsOn = `开班日期不能早于项目开始日期（${shown(p.starts_on)}）`;
    if (row.endsOn > p.ends_on) errors.endsOn = `结班日期不能晚于项目结束日期（${shown(p.ends_on)}）`;
  }
  if (Object.keys(errors).length) throw badInput(errors, '班级日期须在项目起止日期之内');
}

/** Field errors when a project's new dates would leave one of its live classes outside them. */
export async function projectDatesProblems(
  tx: EntityManager,
  project: { id: string; startsOn: string; endsOn: string },
): Promise<FieldErrors> {
  const [row] = await tx.execute<{ before: number; after: number; first: string | null; last: string | null }[]>(
    `select count(*) filter (where starts_on < ?)::int as before, count(*) filter (where ends_on > ?)::int as after,
            to_char(min(starts_on), 'YYYY-MM-DD') as first, to_char(max(ends_on), 'YYYY-MM-DD') as last
       from service_class where project_id = ? and deleted_at is null`,
    [project.startsOn, project.endsOn, project.id],
  );
  const errors: FieldErrors = {};
  if (row?.before)
    errors.startsOn = `有 ${row.before} 个班级早于此日期开班（最早 ${shown(row.first!)}），请先调整班级日期`;
  if (row?.after) errors.endsOn = `有 ${row.after} 个班级晚于此日期结班（最晚 ${shown(row.last!)}），请先调整班级日期`;
  return errors;
}
