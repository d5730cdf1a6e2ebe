"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadRollups = loadRollups;
const service_project_entity_1 = require("./service-project.entity");
const EMPTY = {
    subProjects: 0,
    classes: 0,
    capacity: 0,
    enrolled: 0,
    waitlisted: 0,
    budgetFen: 0,
    sessionsHeld: 0,
};
const rollupSql = (visible) => `
with recursive tree (root_id, id) as (
  select p.id, p.id from service_project p where p.id = any(?::uuid[])
  union all
  select t.root_id, c.id from tree t join service_project c on c.parent_id = t.id and c.deleted_at is null
) cycle id set is_cycle using trail,
counted as (
  select t.root_id, t.id from tree t where not t.is_cycle and t.id in (${visible})
),
live_class as (
  select c.root_id, k.id, k.capacity, k.enrolled_count, k.status from counted c
    join service_class k on k.project_id = c.id and k.deleted_at is null
),
projects as (
  select c.root_id, count(*) filter (where c.id <> c.root_id) sub_projects, sum(p.budget_fen) budget_fen
    from counted c join service_project p on p.id = c.id group by c.root_id
),
classes as (
  select root_id, count(*) classes, sum(capacity) capacity, sum(enrolled_count) enrolled
    from live_class where status <> 'CANCELLED' group by root_id
),
waitlisted as (
  select k.root_id, count(*) waitlisted from live_class k
    join enrollment e on e.class_id = k.id and e.deleted_at is null and e.status = 'WAITLISTED'
   where k.status <> 'CANCELLED' group by k.root_id
),
held as (
  select k.root_id, count(*) held from live_class k
    join class_session s on s.class_id = k.id and s.deleted_at is null and s.status = 'HELD'
   group by k.root_id
)
select p.root_id, p.sub_projects, coalesce(p.budget_fen, 0) budget_fen, coalesce(c.classes, 0) classes,
       coalesce(c.capacity, 0) capacity, coalesce(c.enrolled, 0) enrolled,
       coalesce(w.waitlisted, 0) waitlisted, coalesce(h.held, 0) sessions_held
  from projects p
  left join classes c on c.root_id = p.root_id
  left join waitlisted w on w.root_id = p.root_id
  left join held h on h.root_id = p.root_id`;
/** The rollups of `ids`, in the same order (zeros for a project not found or not visible). */
async function loadRollups(em, ids) {
    const visible = em.createQueryBuilder(service_project_entity_1.ServiceProject, 'vp').select('vp.id');
    await visible.applyFilters(); // soft delete and the caller's scope
    const sub = visible.getKnexQuery().toSQL();
    const rows = await em.execute(rollupSql(sub.sql), [`{${ids.join(',')}}`, ...sub.bindings], 'all');
    const byId = new Map(rows.map((r) => [
        String(r.root_id),
        {
            subProjects: Number(r.sub_projects),
            classes: Number(r.classes),
            capacity: Number(r.capacity),
            enrolled: Number(r.enrolled),
            waitlisted: Number(r.waitlisted),
            budgetFen: Number(r.budget_fen),
            sessionsHeld: Number(r.sessions_held),
        },
    ]));
    return ids.map((id) => byId.get(id) ?? EMPTY);
}
//# sourceMappingURL=project-rollup.js.map