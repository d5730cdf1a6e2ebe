import { uuidv7 } from 'uuidv7';
import { ServiceProjectRollupsDocument } from '../../generated/operations';
import { create, insertEnrollments, sampleInput } from '../../support/fixtures';
import { insertProject } from '../../support/lifecycle';
import { useWorld } from '../../support/use-app';

/**
 * ServiceProject.rollup over a generated tree of sub-projects: every project's figures equal a ground
 * truth computed apart (descendants found in JavaScript from the parent links, sums by plain SQL over
 * them), for a platform admin and for a district's staff who cannot see some sub-projects; one rollup
 * statement for the whole page; budget totals beyond 32 bits.
 */
const { app, world } = useWorld();

/** A small deterministic generator (the tree must be the same on every run). */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n); // the high bits: an LCG's low bits repeat quickly
  };
}

interface Node {
  id: string;
  parent: string | null;
  sponsor: string;
}

type Rollup = Record<
  'subProjects' | 'classes' | 'capacity' | 'enrolled' | 'waitlisted' | 'budgetFen' | 'sessionsHeld',
  number
>;

let nodes: Node[] = [];
let outside: string;

beforeAll(async () => {
  const rnd = random(20250714);
  // Another district under the same city: its projects are invisible to the world's district staff.
  outside = await create(app, 'Organization', { ...sampleInput('Organization', world), parentId: world.city });
  const people = [];
  for (let i = 0; i < 6; i++) {
    people.push(
      await create(app, 'Beneficiary', { ...sampleInput('Beneficiary', world), idNumber: null, phone: null }),
    );
  }
  for (let i = 0; i < 40; i++) {
    const parent = i < 3 || rnd(5) === 0 ? null : nodes[rnd(nodes.length)].id;
    const sponsor = rnd(4) === 0 ? outside : world.district;
    // Up to 2·10⁹ fen each: forty of them pass 2³¹ (the 32-bit GraphQL Int) many times over.
    const budget = rnd(6) === 0 ? null : 1_000_000_000 + rnd(1_000_000_000);
    const id = await insertProject(app, sponsor, 'ACTIVE', parent, budget);
    nodes.push({ id, parent, sponsor });
    for (let c = rnd(3); c > 0; c--) {
      const classId = uuidv7();
      const status = rnd(6) === 0 ? 'CANCELLED' : 'OPEN';
      await app.sql(
        `insert into service_class (id, project_id, name, care_type, capacity, starts_on, ends_on, weekdays,
                                    daily_start, daily_end, status, deleted_at)
         values ($1, $2, '测试班', 'FULL_DAY', $3, '2025-07-01', '2025-08-31', '{1,2,3,4,5}', '08:00', '17:00', $4, $5)`,
        [classId, id, 6 + rnd(20), status, rnd(8) === 0 ? new Date() : null],
      );
      const who = people.slice(0, rnd(people.length + 1));
      const enrolled = await insertEnrollments(
        app,
        who.map((b) => ({ classId, beneficiaryId: b })),
      );
      for (const e of enrolled) {
        const fate = rnd(5);
        if (fate === 0)
          await app.sql(`update enrollment set status = 'WAITLISTED', waitlist_position = 1 where id = $1`, [e]);
        if (fate === 1) await app.sql(`update enrollment set status = 'WITHDRAWN' where id = $1`, [e]);
        if (fate === 2) await app.sql(`update enrollment set deleted_at = now() where id = $1`, [e]);
      }
      for (let s = rnd(6); s > 0; s--) {
        const status = ['HELD', 'HELD', 'SCHEDULED', 'CANCELLED'][rnd(4)];
        await app.sql(
          `insert into class_session (id, class_id, date, starts_at, ends_at, status, deleted_at)
           values ($1, $2, $3, '08:00', '17:00', $4, $5)`,
          [uuidv7(), classId, `2025-07-${String(1 + s).padStart(2, '0')}`, status, rnd(7) === 0 ? new Date() : null],
        );
      }
    }
  }
  // A soft-deleted leaf counts nowhere.
  const leaves = nodes.filter((n) => !nodes.some((m) => m.parent === n.id));
  await app.sql('update service_project set deleted_at = now() where id = $1', [leaves[0].id]);
  nodes = nodes.filter((n) => n.id !== leaves[0].id);
}, 120_000);

/** The ground truth: descendants from the parent links, figures by plain SQL over them. */
async function truth(root: string, visible: (n: Node) => boolean): Promise<Rollup> {
  const ids = [root];
  for (let i = 0; i < ids.length; i++) ids.push(...nodes.filter((n) => n.parent === ids[i]).map((n) => n.id));
  const counted = nodes.filter((n) => ids.includes(n.id) && visible(n)).map((n) => n.id);
  const [row] = await app.sql<Record<string, string>>(
    `select
       (select count(*) from service_project where id = any($1) and id <> $2) sub_projects,
       (select coalesce(sum(budget_fen), 0) from service_project where id = any($1)) budget_fen,
       (select count(*) from service_class where project_id = any($1) and deleted_at is null and status <> 'CANCELLED') classes,
       (select coalesce(sum(capacity), 0) from service_class where project_id = any($1) and deleted_at is null and status <> 'CANCELLED') capacity,
       (select count(*) from enrollment e join service_class k on k.id = e.class_id
         where k.project_id = any($1) and k.deleted_at is null and k.status <> 'CANCELLED' and e.deleted_at is null and e.status = 'ENROLLED') enrolled,
       (select count(*) from enrollment e join service_class k on k.id = e.class_id
         where k.project_id = any($1) and k.deleted_at is null and k.status <> 'CANCELLED' and e.deleted_at is null and e.status = 'WAITLISTED') waitlisted,
       (select count(*) from class_session s join service_class k on k.id = s.class_id
         where k.project_id = any($1) and k.deleted_at is null and s.deleted_at is null and s.status = 'HELD') held`,
    [counted, root],
  );
  return {
    subProjects: Number(row.sub_projects),
    classes: Number(row.classes),
    capacity: Number(row.capacity),
    enrolled: Number(row.enrolled),
    waitlisted: Number(row.waitlisted),
    budgetFen: Number(row.budget_fen),
    sessionsHeld: Number(row.held),
  };
}

async function rollups(token: string | null): Promise<Map<string, Rollup>> {
  const client = token ? app.as(token) : app;
  const data = await client.ok(ServiceProjectRollupsDocument, { ids: nodes.map((n) => n.id) });
  return new Map(data.serviceProjects.map((p) => [p.id, p.rollup]));
}

describe('ServiceProject.rollup', () => {
  it('equals the ground truth for every project of a generated tree (platform admin)', async () => {
    app.resetStatements();
    const got = await rollups(null);
    expect(app.statements.filter((s) => s.includes('with recursive tree')).length).toBe(1);
    expect(got.size).toBe(nodes.length);
    for (const n of nodes)
      expect({ id: n.id, ...got.get(n.id) }).toEqual({ id: n.id, ...(await truth(n.id, () => true)) });
    // The tree is deep and wide enough to mean something, and budgets pass 32 bits.
    const roots = nodes.filter((n) => n.parent === null).map((n) => got.get(n.id)!);
    expect(Math.max(...roots.map((r) => r.subProjects))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...roots.map((r) => r.budgetFen))).toBeGreaterThan(2 ** 31);
    expect(roots.reduce((a, r) => a + r.sessionsHeld + r.waitlisted, 0)).toBeGreaterThan(0);
  });

  it('adds nothing from sub-projects the caller cannot see', async () => {
    const staff = await app.signIn({ username: 'rollup-staff', role: 'ORG_STAFF', organizationId: world.district });
    const got = await rollups(staff);
    const mine = (n: Node) => n.sponsor === world.district;
    expect([...got.keys()].sort()).toEqual(
      nodes
        .filter(mine)
        .map((n) => n.id)
        .sort(),
    );
    let hidden = 0;
    for (const n of nodes.filter(mine)) {
      const want = await truth(n.id, mine);
      expect({ id: n.id, ...got.get(n.id) }).toEqual({ id: n.id, ...want });
      if (want.subProjects < (await truth(n.id, () => true)).subProjects) hidden++;
    }
    expect(hidden).toBeGreaterThan(0); // some visible project has an unseen sub-project
  });
});
