"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceProjectTreeRules = serviceProjectTreeRules;
const errors_1 = require("../../graphql/errors");
const project_enums_1 = require("./project.enums");
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
async function serviceProjectTreeRules(tx, rows, _ctx, mode) {
    if (mode !== 'update')
        return;
    for (const row of rows) {
        const parentId = row.parent?.id ?? null;
        if (parentId && (await isOnPathToRoot(tx, row.id, parentId))) {
            throw (0, errors_1.badInput)({ parentId: '上级项目不能是本项目或其下级项目' }, '项目层级不能成环');
        }
        if (row.status === project_enums_1.ProjectStatus.SUBMITTED) {
            const [before] = await tx.execute('select sponsor_id from service_project where id = ?', [row.id]);
            if (before && before.sponsor_id !== row.sponsor.id) {
                throw (0, errors_1.conflict)('审批中的项目不能更换主办单位', { fieldErrors: { sponsorId: '审批中不能更换' } });
            }
        }
    }
}
/** Whether `id` is `from` or one of its ancestors (the path walked up in SQL; cycle-safe with UNION). */
async function isOnPathToRoot(tx, id, from) {
    const rows = await tx.execute(`with recursive up (id, parent_id) as (
       select id, parent_id from service_project where id = ?
       union
       select p.id, p.parent_id from service_project p join up on p.id = up.parent_id
     )
     select exists (select 1 from up where id = ?) found`, [from, id]);
    return Boolean(rows[0]?.found);
}
//# sourceMappingURL=project-tree.rules.js.map