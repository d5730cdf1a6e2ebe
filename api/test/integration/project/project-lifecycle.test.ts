import {
  ChangeServiceProjectSponsorDocument,
  ServiceProjectVersionDocument,
  SetServiceProjectParentDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { ACTION_TO, act, code, insertProject, PATH, STATUSES, type Status } from '../../support/lifecycle';
import { useWorld } from '../../support/use-app';
import { PROJECT_MOVES } from '../../../src/modules/project/project-status.rules';

/**
 * The project lifecycle through GraphQL: every pair of statuses through the actions, and the same
 * pairs as direct SQL against the database trigger; the approval step a submission writes; the
 * audit trail; what the generic CRUD may not do (status, approval steps); parent cycles.
 * Who may decide, the approver's queue and concurrent decisions: project-approval.test.ts.
 */
const { app, world } = useWorld();

/** The legal moves, written out here independently of project-status.rules.ts. */
const LEGAL = new Set([
  'DRAFT>SUBMITTED',
  'SUBMITTED>APPROVED',
  'SUBMITTED>REJECTED',
  'REJECTED>DRAFT',
  'APPROVED>ACTIVE',
  'ACTIVE>COMPLETED',
  ...['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ACTIVE'].map((s) => `${s}>CANCELLED`),
]);
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));

const newProject = (over: Record<string, unknown> = {}) =>
  create(app, 'ServiceProject', { ...sampleInput('ServiceProject', world), ...over });
const statusOf = async (id: string) =>
  (await app.sql<{ status: Status }>('select status from service_project where id = $1', [id]))[0].status;
const audits = async (id: string) =>
  (await app.sql<{ action: string }>('select action from audit_event where entity_id = $1 order by id', [id])).map(
    (r) => r.action,
  );

async function reach(status: Status): Promise<string> {
  const id = await newProject();
  for (const action of PATH[status]) {
    const res = await act(app, action, id);
    expect(res.errors).toBeUndefined();
  }
  expect(await statusOf(id)).toBe(status);
  return id;
}

describe('project lifecycle', () => {
  it('has the same legal moves in the code as written here', () => {
    const code = new Set(Object.entries(PROJECT_MOVES).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`)));
    expect(code).toEqual(LEGAL);
  });

  it.each(PAIRS)('%s → %s through its action: allowed exactly when legal', async (from, to) => {
    const id = await reach(from);
    const before = await audits(id);
    const res = await act(app, ACTION_TO[to], id);
    if (LEGAL.has(`${from}>${to}`)) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.r.status).toBe(to);
      expect(await statusOf(id)).toBe(to);
      expect((await audits(id)).length).toBe(before.length + 1);
    } else {
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/^项目当前状态为“.+”，不能/);
      expect(res.errors?.[0].extensions).toMatchObject({ status: from, requested: to });
      expect(await statusOf(id)).toBe(from);
      expect(await audits(id)).toEqual(before);
    }
  });

  it.each(PAIRS)('%s → %s as direct SQL: refused by the database unless legal', async (from, to) => {
    const id = await insertProject(app, world.district, from);
    const attempt = app.sql('update service_project set status = $2 where id = $1', [id, to]);
    if (from === to || LEGAL.has(`${from}>${to}`)) {
      await expect(attempt).resolves.toBeDefined();
      expect(await statusOf(id)).toBe(to);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint: 'service_project_status_transition' });
      expect(await statusOf(id)).toBe(from);
    }
  });

  it('submits: one PENDING step for the sponsor’s parent, due 7 days after today in China, audited', async () => {
    const id = await newProject();
    const { version } = (await app.ok(ServiceProjectVersionDocument, { id })).serviceProject!;
    const res = await act(app, 'submit', id, { v: version });
    expect(res.errors).toBeUndefined();
    const steps = await app.sql(
      `select approver_organization_id, decision, decided_by_id, decided_at, comment,
              due_on::text = ((now() at time zone 'Asia/Shanghai')::date + 7)::text due_in_a_week
         from approval_step where project_id = $1`,
      [id],
    );
    expect(steps).toEqual([
      {
        approver_organization_id: world.city,
        decision: 'PENDING',
        decided_by_id: null,
        decided_at: null,
        comment: null,
        due_in_a_week: true,
      },
    ]);
    const trail = await app.sql<{ action: string; entity_type: string; changed_fields: string[] }>(
      `select action, entity_type, changed_fields from audit_event
        where entity_id in ($1, (select id::text from approval_step where project_id = $2)) order by entity_type, action`,
      [id, id],
    );
    expect(trail.map((t) => [t.entity_type, t.action])).toEqual([
      ['ApprovalStep', 'create'],
      ['ServiceProject', 'create'],
      ['ServiceProject', 'submit'],
    ]);
  });

  it('refuses a stale expectedVersion on submit and writes nothing', async () => {
    const id = await newProject();
    const res = await act(app, 'submit', id, { v: 99 });
    expect(code(res)).toBe('CONFLICT');
    expect(await statusOf(id)).toBe('DRAFT');
    expect(await app.sql('select 1 from approval_step where project_id = $1', [id])).toEqual([]);
  });

  it('at the top of the tree the sponsor approves its own project', async () => {
    const id = await newProject({ sponsorId: world.city });
    await act(app, 'submit', id);
    const [step] = await app.sql('select approver_organization_id from approval_step where project_id = $1', [id]);
    expect(step).toEqual({ approver_organization_id: world.city });
  });

  it('rejects only with a comment; revise and resubmit give a second step; history is kept', async () => {
    const id = await reach('SUBMITTED');
    for (const c of ['', '   ']) {
      const res = await act(app, 'reject', id, { c });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ comment: '驳回时须填写审批意见' });
    }
    expect(await statusOf(id)).toBe('SUBMITTED');
    expect((await act(app, 'reject', id, { c: '预算明细不完整' })).errors).toBeUndefined();
    expect((await act(app, 'revise', id)).errors).toBeUndefined();
    expect((await act(app, 'submit', id)).errors).toBeUndefined();
    const steps = await app.sql('select decision, comment from approval_step where project_id = $1 order by id', [id]);
    expect(steps).toEqual([
      { decision: 'REJECTED', comment: '预算明细不完整' },
      { decision: 'PENDING', comment: null },
    ]);
  });

  it('cancelling a submitted project withdraws its pending step and keeps the reason', async () => {
    const id = await reach('SUBMITTED');
    const res = await act(app, 'cancel', id, { c: '场地无法落实' });
    expect(res.errors).toBeUndefined();
    const [p] = await app.sql('select status, cancel_reason from service_project where id = $1', [id]);
    expect(p).toEqual({ status: 'CANCELLED', cancel_reason: '场地无法落实' });
    const [step] = await app.sql<{ decision: string; comment: string; decided: boolean }>(
      'select decision, comment, decided_at is not null decided from approval_step where project_id = $1',
      [id],
    );
    expect(step).toEqual({ decision: 'WITHDRAWN', comment: '场地无法落实', decided: true });
  });

  it('answers NOT_FOUND for an unknown project and FORBIDDEN for roles that may not write projects', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(code(await act(app, 'submit', missing))).toBe('NOT_FOUND');
    expect(code(await act(app, 'submit', 'not-a-uuid'))).toBe('NOT_FOUND');
    const id = await newProject();
    const partner = await app.signIn({ username: 'lc-partner', role: 'PARTNER', socialGroupId: world.group });
    const analyst = await app.signIn({ username: 'lc-analyst', role: 'ANALYST', organizationId: world.city });
    for (const token of [partner, analyst]) {
      expect(code(await act(app.as(token), 'submit', id))).toBe('FORBIDDEN');
      expect(code(await act(app.as(token), 'cancel', id))).toBe('FORBIDDEN');
    }
    expect(code(await act(app.as(null), 'submit', id))).toBe('UNAUTHENTICATED');
    expect(await statusOf(id)).toBe('DRAFT');
  });
});

describe('what the generic CRUD may not do', () => {
  it('has no status in the project inputs and no write operation for approval steps', async () => {
    const { __schema } = await app.ok<{
      __schema: {
        mutationType: { fields: { name: string }[] };
        types: { name: string; inputFields: { name: string }[] | null }[];
      };
    }>(`{ __schema { mutationType { fields { name } } types { name inputFields { name } } } }`);
    const inputs = Object.fromEntries(__schema.types.map((t) => [t.name, (t.inputFields ?? []).map((f) => f.name)]));
    expect(inputs.ServiceProjectUpdateInput).not.toContain('status');
    expect(inputs.ServiceProjectCreateInput).not.toContain('status');
    expect(inputs.ServiceProjectUpdateInput).not.toContain('cancelReason');
    const mutations = __schema.mutationType.fields.map((f) => f.name);
    expect(mutations.filter((m) => /ApprovalStep/.test(m))).toEqual([]);
    expect(mutations).toEqual(
      expect.arrayContaining([
        'submitServiceProject',
        'approveServiceProject',
        'rejectServiceProject',
        'reviseServiceProject',
        'activateServiceProject',
        'completeServiceProject',
        'cancelServiceProject',
      ]),
    );
  });

  it('refuses status in updateServiceProject as an unknown input field', async () => {
    const id = await newProject();
    const res = await app.gql(
      `mutation ($id: ID!) { updateServiceProject(id: $id, data: { status: ACTIVE }) { id status } }`,
      { id },
    );
    expect(code(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await statusOf(id)).toBe('DRAFT');
  });

  it('refuses a new sponsor while the project is under review', async () => {
    const id = await reach('SUBMITTED');
    const other = await create(app, 'Organization', { ...sampleInput('Organization', world), parentId: world.city });
    const res = await app.gql(ChangeServiceProjectSponsorDocument, { id, s: other });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ sponsorId: '审批中不能更换' });
  });
});

describe('sub-projects', () => {
  const setParent = (id: string, parentId: string | null) =>
    app.gql(SetServiceProjectParentDocument, { id, p: parentId });

  it('refuses a parent that is the project itself or one of its descendants, at any depth', async () => {
    const a = await newProject();
    const b = await newProject({ parentId: a });
    const c = await newProject({ parentId: b });
    for (const parent of [a, b, c]) {
      const res = await setParent(a, parent);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ parentId: '上级项目不能是本项目或其下级项目' });
    }
    expect((await app.sql('select parent_id from service_project where id = $1', [a]))[0]).toEqual({ parent_id: null });
    // Moving within the tree without a cycle is fine: c directly under a, then a under a new root.
    expect((await setParent(c, a)).errors).toBeUndefined();
    const root = await newProject();
    expect((await setParent(a, root)).errors).toBeUndefined();
  });

  it('is backed by a database trigger against direct SQL', async () => {
    const a = await insertProject(app, world.district);
    const b = await insertProject(app, world.district, 'DRAFT', a);
    const c = await insertProject(app, world.district, 'DRAFT', b);
    for (const parent of [a, c]) {
      await expect(
        app.sql('update service_project set parent_id = $2 where id = $1', [a, parent]),
      ).rejects.toMatchObject({
        code: '23514',
        constraint: 'service_project_parent_id_no_cycle',
      });
    }
    await expect(app.sql('update service_project set parent_id = $2 where id = $1', [c, a])).resolves.toBeDefined();
  });
});
