import {
  CreateServiceClassDocument,
  DeleteServiceClassDocument,
  type ServiceClassCreateInput,
  SetClassEndDateDocument,
  ShrinkProjectDatesDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import type { GqlResponse } from '../../support/test-app';
import { useWorld } from '../../support/use-app';

/** A class runs within its project's dates, on every write of either (issue 18, item 8). */
const { app, world } = useWorld();

const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const project = () => create(app, 'ServiceProject', sampleInput('ServiceProject', world)); // 2025-07-14 … 2025-08-22
const createClass = (projectId: string, startsOn: string, endsOn: string) =>
  app.gql(CreateServiceClassDocument, {
    data: { ...(sampleInput('ServiceClass', world) as ServiceClassCreateInput), projectId, startsOn, endsOn },
  });
const classesOf = async (projectId: string) =>
  (await app.sql<{ n: number }>('select count(*)::int as n from service_class where project_id = $1', [projectId]))[0]
    .n;

describe('class dates within the project’s', () => {
  it('refuses a class that starts before or ends after its project, saying the project’s dates', async () => {
    const p = await project();
    const before = await createClass(p, '2025-07-01', '2025-07-31');
    expect(ext(before).code).toBe('BAD_USER_INPUT');
    expect(ext(before).fieldErrors).toEqual({ startsOn: '开班日期不能早于项目开始日期（2025/07/14）' });
    const after = await createClass(p, '2025-08-01', '2025-12-26');
    expect(ext(after).fieldErrors).toEqual({ endsOn: '结班日期不能晚于项目结束日期（2025/08/22）' });
    expect(await classesOf(p)).toBe(0);
    const inside = await createClass(p, '2025-07-14', '2025-08-22');
    expect(inside.errors).toBeUndefined();
    expect(await classesOf(p)).toBe(1);
  });

  it('moving a class out of its project’s dates is refused too', async () => {
    const p = await project();
    const id = await create(app, 'ServiceClass', { ...sampleInput('ServiceClass', world), projectId: p });
    const res = await app.gql(SetClassEndDateDocument, { id, endsOn: '2025-09-30' });
    expect(ext(res).fieldErrors).toEqual({ endsOn: '结班日期不能晚于项目结束日期（2025/08/22）' });
    const [row] = await app.sql<{ ends_on: string }>(
      `select to_char(ends_on, 'YYYY-MM-DD') as ends_on from service_class where id = $1`,
      [id],
    );
    expect(row.ends_on).toBe('2025-08-22');
  });

  it('a project’s dates cannot shrink past a live class of it; a deleted class does not hold them', async () => {
    const p = await project();
    const id = await create(app, 'ServiceClass', {
      ...sampleInput('ServiceClass', world),
      projectId: p,
      startsOn: '2025-07-20',
      endsOn: '2025-08-10',
    });
    const shrink = (startsOn: string, endsOn: string) =>
      app.gql(ShrinkProjectDatesDocument, { id: p, s: startsOn, e: endsOn });
    const res = await shrink('2025-07-21', '2025-08-09');
    expect(ext(res).code).toBe('BAD_USER_INPUT');
    expect(ext(res).fieldErrors).toEqual({
      startsOn: '有 1 个班级早于此日期开班（最早 2025/07/20），请先调整班级日期',
      endsOn: '有 1 个班级晚于此日期结班（最晚 2025/08/10），请先调整班级日期',
    });
    expect((await shrink('2025-07-20', '2025-08-10')).errors).toBeUndefined();
    await app.ok(DeleteServiceClassDocument, { id });
    expect((await shrink('2025-07-25', '2025-08-01')).errors).toBeUndefined();
  });
});
