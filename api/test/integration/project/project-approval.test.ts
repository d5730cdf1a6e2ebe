import { print } from 'graphql';
import {
  ApproveServiceProjectReturningIdDocument,
  CreateOrganizationApiKeyDocument,
  PendingApprovalsQueueDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { act, code, type Result } from '../../support/lifecycle';
import type { TestApp } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/**
 * Who decides a submitted project (审批), what the decision records, the approver's queue
 * (pendingApprovals) with its order and scope, and two deciders at once.
 *
 * The tree: city (top) → district (the world's sponsor) and a sibling district; district → street.
 * A district project is decided by the city; a street project by the district.
 */
const { app, world } = useWorld();

type Client = Pick<TestApp, 'gql' | 'ok'>;
const people: Record<string, { token: string; id: string }> = {};
let sibling: string;
let street: string;

async function person(
  username: string,
  role: Parameters<TestApp['signIn']>[0]['role'],
  org: string | null,
  group?: string,
) {
  const token = await app.signIn({ username, role, organizationId: org, socialGroupId: group ?? null });
  const [row] = await app.sql<{ id: string }>('select id from app_user where username = $1', [username]);
  people[username] = { token, id: row.id };
}
const as = (username: string): Client => app.as(people[username].token);

beforeAll(async () => {
  sibling = await create(app, 'Organization', {
    ...sampleInput('Organization', world),
    parentId: world.city,
    level: 'DISTRICT',
  });
  street = await create(app, 'Organization', { ...sampleInput('Organization', world), parentId: world.district });
  await person('city-staff', 'ORG_STAFF', world.city);
  await person('city-admin', 'ORG_ADMIN', world.city);
  await person('district-staff', 'ORG_STAFF', world.district);
  await person('sibling-staff', 'ORG_STAFF', sibling);
  await person('partner', 'PARTNER', null, world.group);
  await person('city-analyst', 'ANALYST', world.city);
});

const submitted = async (sponsorId = world.district) => {
  const id = await create(app, 'ServiceProject', { ...sampleInput('ServiceProject', world), sponsorId });
  expect((await act(app, 'submit', id)).errors).toBeUndefined();
  return id;
};
const stepOf = async (projectId: string) =>
  (
    await app.sql<Record<string, unknown>>(
      `select decision, decided_by_id, comment, decided_at > now() - interval '1 minute' recent
         from approval_step where project_id = $1 order by id desc limit 1`,
      [projectId],
    )
  )[0];

describe('who may decide', () => {
  it('staff and admins of the approver organization approve, and the step records who, when and why', async () => {
    for (const who of ['city-staff', 'city-admin']) {
      const id = await submitted();
      const res = await act(as(who), 'approve', id, { c: '同意，注意安全' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.r.status).toBe('APPROVED');
      expect(await stepOf(id)).toEqual({
        decision: 'APPROVED',
        decided_by_id: people[who].id,
        comment: '同意，注意安全',
        recent: true,
      });
    }
  });

  it('a platform admin may decide any step; a rejection records its comment', async () => {
    const id = await submitted();
    expect((await act(app, 'reject', id, { c: '预算过高' })).data?.r.status).toBe('REJECTED');
    const [admin] = await app.sql<{ id: string }>(`select id from app_user where username = 'test-admin'`);
    expect(await stepOf(id)).toEqual({
      decision: 'REJECTED',
      decided_by_id: admin.id,
      comment: '预算过高',
      recent: true,
    });
  });

  it.each([
    ['the sponsor’s own staff', 'district-staff', 'FORBIDDEN'],
    ['a partner operating the project', 'partner', 'FORBIDDEN'],
    ['an analyst of the approver', 'city-analyst', 'FORBIDDEN'],
    ['staff of a sibling organization, who cannot see it', 'sibling-staff', 'NOT_FOUND'],
  ])('%s may not decide (%s → %s)', async (_label, who, expected) => {
    const id = await submitted();
    for (const action of ['approve', 'reject'] as const) {
      const res = await act(as(who), action, id);
      expect(code(res)).toBe(expected);
    }
    expect(await stepOf(id)).toMatchObject({ decision: 'PENDING', decided_by_id: null });
    expect((await app.sql('select status from service_project where id = $1', [id]))[0]).toEqual({
      status: 'SUBMITTED',
    });
  });

  it('staff above the approver organization may not decide: only the approver itself', async () => {
    const id = await submitted(street); // approver: the district
    expect(code(await act(as('city-staff'), 'approve', id))).toBe('FORBIDDEN');
    expect((await act(as('district-staff'), 'approve', id)).errors).toBeUndefined();
  });

  it('an API key of the approver organization may not decide: a decision is a person’s', async () => {
    const { createApiKey } = await app.ok(CreateOrganizationApiKeyDocument, { o: world.city, name: '审批测试' });
    const id = await submitted();
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': createApiKey.secret },
      body: JSON.stringify({
        query: print(ApproveServiceProjectReturningIdDocument),
        variables: { id },
      }),
    });
    expect(code((await res.json()) as Result)).toBe('FORBIDDEN');
  });
});

describe('pendingApprovals', () => {
  it('lists exactly the steps the caller may decide, oldest due first then id, with count and paging', async () => {
    const ids = [await submitted(), await submitted(), await submitted(), await submitted(street)];
    // Spread the due dates (ties on one date are broken by id).
    const dues = ['2025-09-03', '2025-09-01', '2025-09-03', '2025-09-02'];
    for (const [i, id] of ids.entries()) {
      await app.sql('update approval_step set due_on = $2 where project_id = $1', [id, dues[i]]);
    }
    const truth = async (org: string | null) =>
      (
        await app.sql<{ id: string }>(
          `select id from approval_step where decision = 'PENDING' and ($1::uuid is null or approver_organization_id = $1)
            order by due_on, id`,
          [org],
        )
      ).map((r) => r.id);

    for (const [who, org] of [
      ['city-staff', world.city],
      ['district-staff', world.district],
    ] as const) {
      const expected = await truth(org);
      expect(expected.length).toBeGreaterThan(0);
      const all = await as(who).ok(PendingApprovalsQueueDocument, { take: 100 });
      expect(all.pendingApprovals.map((s) => s.id)).toEqual(expected);
      expect(all.pendingApprovalsCount).toBe(expected.length);
      expect(all.pendingApprovals.every((s) => s.decision === 'PENDING' && s.approverOrganizationId === org)).toBe(
        true,
      );
      expect(all.pendingApprovals.every((s) => s.project!.status === 'SUBMITTED')).toBe(true);
      const page = await as(who).ok(PendingApprovalsQueueDocument, { skip: 1, take: 2 });
      expect(page.pendingApprovals.map((s) => s.id)).toEqual(expected.slice(1, 3));
    }
    const admin = await app.ok(PendingApprovalsQueueDocument, { take: 100 });
    expect(admin.pendingApprovals.map((s) => s.id)).toEqual((await truth(null)).slice(0, 100));

    // The street project waits for the district, not for the city.
    const streetStep = (
      await app.sql<{ id: string }>('select id from approval_step where project_id = $1', [ids[3]])
    )[0].id;
    const city = await as('city-staff').ok(PendingApprovalsQueueDocument, { take: 100 });
    expect(city.pendingApprovals.map((s) => s.id)).not.toContain(streetStep);
    const district = await as('district-staff').ok(PendingApprovalsQueueDocument, { take: 100 });
    expect(district.pendingApprovals.map((s) => s.id)).toContain(streetStep);
  });

  it('is empty for those who decide nothing, and a decided or withdrawn step leaves the queue', async () => {
    for (const who of ['partner', 'city-analyst', 'sibling-staff']) {
      expect(await as(who).ok(PendingApprovalsQueueDocument)).toEqual({
        pendingApprovals: [],
        pendingApprovalsCount: 0,
      });
    }
    const a = await submitted();
    const b = await submitted();
    const before = (await as('city-staff').ok(PendingApprovalsQueueDocument, { take: 100 })).pendingApprovals.map(
      (s) => s.project!.id,
    );
    expect(before).toEqual(expect.arrayContaining([a, b]));
    await act(as('city-staff'), 'approve', a);
    await act(app, 'cancel', b);
    const after = await as('city-staff').ok(PendingApprovalsQueueDocument, { take: 100 });
    expect(after.pendingApprovals.map((s) => s.project!.id)).not.toContain(a);
    expect(after.pendingApprovals.map((s) => s.project!.id)).not.toContain(b);
    expect(after.pendingApprovalsCount).toBe(before.length - 2);
  });

  it('refuses to list without credentials', async () => {
    const res = await app.as(null).gql(PendingApprovalsQueueDocument);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });
});

describe('two deciders at once', () => {
  it('exactly one decision wins on every project; the others get CONFLICT and nothing is written twice', async () => {
    const projects = await Promise.all(Array.from({ length: 8 }, () => submitted()));
    const deciders: [Client, 'approve' | 'reject'][] = [
      [as('city-staff'), 'approve'],
      [as('city-admin'), 'reject'],
      [app, 'approve'],
    ];
    for (const id of projects) {
      const results = await Promise.all(deciders.map(([client, action]) => act(client, action, id)));
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(deciders.length - 1);
      const steps = await app.sql<{ decision: string }>('select decision from approval_step where project_id = $1', [
        id,
      ]);
      expect(steps).toHaveLength(1);
      expect(steps[0].decision).toBe(won[0].data!.r.status);
      const decided = await app.sql(
        `select 1 from audit_event where action = 'decide' and entity_id = (select id::text from approval_step where project_id = $1)`,
        [id],
      );
      expect(decided).toHaveLength(1);
    }
  });

  it('two submissions at once leave exactly one pending step', async () => {
    const id = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    const results = await Promise.all([act(app, 'submit', id), act(as('district-staff'), 'submit', id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(1);
    expect(await app.sql('select 1 from approval_step where project_id = $1', [id])).toHaveLength(1);
  });
});
