import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict } from '../../common/errors';
import { ProjectStatus } from './project.enums';
import type { ServiceProject } from './service-project.entity';
import { projectDatesProblems } from '../class/class-dates.rules';

/**
 * Rules of the generic create/update of a project (its `validate` hook), inside the write transaction:
 *
 * - A project cannot be its own ancestor: the new parent must not be the project or one of its
 *   sub-projects at any depth (the trigger service_project_parent_id_no_cycle refuses it in the
 *   database too; this check gives the Chinese message on the field).
 * - The sponsor of a project under review (SUBMITTED) cannot change: its approval step was routed
 *   to the old sponsor's parent organization.
 *
 * The database still holds the old values here (the flush comes after), so the checks read it.
 */
export async function serviceProjectTreeRules(
  tx: EntityManager,
  rows: ServiceProject[],
  _ctx: unknown,
  mode: 'create' | 'update',
): Promise<void> {
  if (mode !== 'update') return;
  for (const row of rows) {
    const dates = await projectDatesProblems(tx, row);
    if (Object.keys(dates).length) throw badInput(dates, '项目日期须包含其所有班级的日期');
    const parentId = row.parent?.id ?? null;
    if (parentId && (await isOnPathToRoot(tx, row.id, parentId))) {
      throw badInput({ parentId: '上级项目不能是本项目或其下级项目' }, '项目层级不能成环');
    }
    if (row.status === ProjectStatus.SUBMITTED) {
      const [before] = await tx.execute<{ sponsor_id: string }[]>(
        'select sponsor_id from service_project where id = ?',
        [row.id],
      );
      if (before && before.sponsor_id !== row.sponsor.id) {
        throw conflict('审批中的项目不能更换主办单位', { fieldErrors: { sponsorId: '审批中不能更换' } });
      }
    }
  }
}

/** Whether `id` is `from` or one of its ancestors (the path walked up in SQL; cycle-safe with UNION). */
async function isOnPathToRoot(tx: EntityManager, id: string, from: string): Promise<boolean> {
  const rows = await tx.execute<{ found: boolean }[]>(
    `with recursive up (id, parent_id) as (
       select id, parent_id from service_project where id = ?
       union
       select p.id, p.parent_id from service_project p join up on p.id = up.parent_id
     )
     select exists (select 1 from up where id = ?) found`,
    [from, id],
  );
  return Boolean(rows[0]?.found);
}
