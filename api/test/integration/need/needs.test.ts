import {
  CloseNeedRequestDocument,
  FulfillNeedRequestDocument,
  MatchNeedRequestDocument,
  StartNeedRequestDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/** Needs (需求清单): raised, matched to a project, served, fulfilled or closed; no other move. */
const { app, world } = useWorld();

const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const need = () => create(app, 'NeedRequest', sampleInput('NeedRequest', world));
const statusOf = async (id: string) =>
  (await app.sql<{ status: string }>('select status from need_request where id = $1', [id]))[0].status;

describe('the life of a need', () => {
  it('goes OPEN → MATCHED → IN_PROGRESS → FULFILLED, stamping each step and auditing it', async () => {
    const id = await need();
    expect(await statusOf(id)).toBe('OPEN');
    const matched = (await app.ok(MatchNeedRequestDocument, { id, p: world.project })).matchNeedRequest;
    expect(matched).toMatchObject({ status: 'MATCHED', matchedProjectId: world.project });
    expect(matched.matchedAt).toBeTruthy();
    await app.ok(StartNeedRequestDocument, { id });
    const done = (await app.ok(FulfillNeedRequestDocument, { id, note: '已开设托管班' })).fulfillNeedRequest;
    expect(done).toMatchObject({ status: 'FULFILLED', resolutionNote: '已开设托管班' });
    expect(done.resolvedAt).toBeTruthy();
    const actions = await app.sql<{ action: string }>(
      'select action from audit_event where entity_id = $1 order by occurred_at, id',
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual(['create', 'matchNeed', 'startNeed', 'fulfillNeed']);
  });

  it('refuses moves from the wrong status with CONFLICT naming the status, and keeps the row', async () => {
    const id = await need();
    const early = await app.gql(StartNeedRequestDocument, { id });
    expect(ext(early)).toMatchObject({ code: 'CONFLICT', status: 'OPEN' });
    expect(early.errors![0].message).toBe('需求当前为“待匹配”，不能开始服务');
    expect(ext(await app.gql(FulfillNeedRequestDocument, { id }))).toMatchObject({ code: 'CONFLICT' });
    await app.ok(CloseNeedRequestDocument, { id, note: '已由街道协调解决' });
    expect(ext(await app.gql(MatchNeedRequestDocument, { id, p: world.project }))).toMatchObject({
      code: 'CONFLICT',
      status: 'CLOSED',
    });
    expect(await statusOf(id)).toBe('CLOSED');
  });

  it('needs a reason to close, a live project in scope to match, and the right role', async () => {
    const id = await need();
    expect(ext(await app.gql(CloseNeedRequestDocument, { id, note: '  ' })).fieldErrors).toEqual({
      note: '关闭需求须说明原因',
    });
    const cancelled = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    await app.sql(`update service_project set status = 'CANCELLED' where id = $1`, [cancelled]);
    expect(ext(await app.gql(MatchNeedRequestDocument, { id, p: cancelled })).fieldErrors).toEqual({
      projectId: '项目已结项或已取消，不能再承接需求',
    });
    const otherDistrict = await create(app, 'Organization', { name: '外区总工会', kind: 'UNION', level: 'DISTRICT' });
    const outside = await create(app, 'ServiceProject', {
      ...sampleInput('ServiceProject', world),
      sponsorId: otherDistrict,
    });
    const staff = await app.signIn({ username: 'need-staff', role: 'ORG_STAFF', organizationId: world.district });
    expect(ext(await app.as(staff).gql(MatchNeedRequestDocument, { id, p: outside })).fieldErrors).toEqual({
      projectId: '项目不存在',
    });
    const stranger = await app.signIn({ username: 'need-other', role: 'ORG_STAFF', organizationId: otherDistrict });
    expect(ext(await app.as(stranger).gql(MatchNeedRequestDocument, { id, p: outside })).code).toBe('NOT_FOUND');
    const partner = await app.signIn({ username: 'need-partner', role: 'PARTNER', socialGroupId: world.group });
    expect(ext(await app.as(partner).gql(MatchNeedRequestDocument, { id, p: world.project })).code).toBe('FORBIDDEN');
    expect(await statusOf(id)).toBe('OPEN');
  });

  it('can be re-matched to another project while MATCHED, not to the same one', async () => {
    const id = await need();
    const other = await create(app, 'ServiceProject', sampleInput('ServiceProject', world));
    await app.ok(MatchNeedRequestDocument, { id, p: world.project });
    expect(ext(await app.gql(MatchNeedRequestDocument, { id, p: world.project })).code).toBe('CONFLICT');
    const again = (await app.ok(MatchNeedRequestDocument, { id, p: other })).matchNeedRequest;
    expect(again.matchedProjectId).toBe(other);
  });

  it('cannot have its status or project changed by the generic update', async () => {
    const id = await need();
    const res = await app.gql(
      `mutation ($id: ID!) { updateNeedRequest(id: $id, data: { status: FULFILLED }) { id } }`,
      { id },
    );
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(await statusOf(id)).toBe('OPEN');
  });
});

describe('the database allows exactly the moves of the workflow', () => {
  const STATUSES = ['OPEN', 'MATCHED', 'IN_PROGRESS', 'FULFILLED', 'CLOSED'];
  const ALLOWED = new Set([
    'OPEN>MATCHED',
    'OPEN>CLOSED',
    'MATCHED>IN_PROGRESS',
    'MATCHED>CLOSED',
    'IN_PROGRESS>FULFILLED',
    'IN_PROGRESS>CLOSED',
  ]);

  it('refuses every other change of status made with SQL', async () => {
    const allowed: string[] = [];
    for (const from of STATUSES) {
      for (const to of STATUSES.filter((s) => s !== from)) {
        const id = await need();
        // Put the row in `from` without the trigger's say (it guards changes of status, not seeds).
        await app.sql(`alter table need_request disable trigger need_request_status_guard`);
        await app.sql(`update need_request set matched_project_id = $2, status = $3 where id = $1`, [
          id,
          world.project,
          from,
        ]);
        await app.sql(`alter table need_request enable trigger need_request_status_guard`);
        const moved = await app.sql(`update need_request set status = $2 where id = $1`, [id, to]).then(
          () => true,
          (e: { constraint?: string }) => {
            expect(e.constraint).toBe('need_request_status_transition');
            return false;
          },
        );
        if (moved) allowed.push(`${from}>${to}`);
      }
    }
    expect(new Set(allowed)).toEqual(ALLOWED);
  });

  it('refuses a matched, served or fulfilled need without a project', async () => {
    const id = await need();
    await expect(
      app.sql(`update need_request set status = 'CLOSED', matched_project_id = null where id = $1`, [id]),
    ).resolves.toBeDefined();
    const other = await need();
    await expect(app.sql(`update need_request set status = 'MATCHED' where id = $1`, [other])).rejects.toMatchObject({
      constraint: 'need_request_matched_project_id_check',
    });
  });
});
