import {
  CreateServiceRecordReturningIdDocument,
  DeleteEvaluationDocument,
  GroupAndProjectEvaluationSummariesDocument,
  ServiceRecordMinutesAndSummaryDocument,
  ServiceRecordVisibilityDocument,
  SocialGroupEvaluationSummaryDocument,
  VisibleServiceRecordsCountDocument,
  type ServiceRecordCreateInput,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/**
 * Evaluations (评估) summed up per project and per social group, counting only what the caller may
 * see; and service records (服务记录, one-to-one work) seen only by the sponsor's subtree and the
 * operator — not by a project's other partners.
 */
const { app, world } = useWorld();

describe('evaluation summaries', () => {
  it('averages the visible, live evaluations of a project and of the projects a group operates', async () => {
    const group = await create(app, 'SocialGroup', sampleInput('SocialGroup', world));
    const p1 = await create(app, 'ServiceProject', { ...sampleInput('ServiceProject', world), operatorId: group });
    const p2 = await create(app, 'ServiceProject', { ...sampleInput('ServiceProject', world), operatorId: group });
    const other = await create(app, 'ServiceProject', sampleInput('ServiceProject', world)); // the world's group
    const evaluate = (projectId: string, score: number, satisfactionBp: number | null, evaluatedOn: string) =>
      create(app, 'Evaluation', { ...sampleInput('Evaluation', world), projectId, score, satisfactionBp, evaluatedOn });
    await evaluate(p1, 90, 9600, '2025-08-30');
    await evaluate(p1, 85, 9001, '2025-06-30');
    await evaluate(p2, 70, null, '2025-09-15');
    await evaluate(other, 10, 1000, '2025-10-01');
    const removed = await evaluate(p2, 0, 0, '2025-12-31');
    await app.ok(DeleteEvaluationDocument, { id: removed });

    const res = await app.ok(GroupAndProjectEvaluationSummariesDocument, { g: group, p1, p2 });
    // (90 + 85 + 70) / 3 = 81.67; satisfaction over the two that have one: (9600 + 9001) / 2 = 9300.5.
    expect(res.g!.evaluationSummary).toEqual({
      count: 3,
      averageScore: 81.7,
      averageSatisfactionBp: 9300,
      lastEvaluatedOn: '2025-09-15',
    });
    expect(res.p1!.evaluationSummary).toEqual({
      count: 2,
      averageScore: 87.5,
      averageSatisfactionBp: 9300,
      lastEvaluatedOn: '2025-08-30',
    });
    expect(res.p2!.evaluationSummary).toMatchObject({ count: 1, averageScore: 70, averageSatisfactionBp: null });

    // Staff of another district see the group in the shared directory, but none of its evaluations.
    const elsewhere = await create(app, 'Organization', { name: '外区总工会', kind: 'UNION', level: 'DISTRICT' });
    const token = await app.signIn({ username: 'eval-other', role: 'ORG_STAFF', organizationId: elsewhere });
    const seen = await app.as(token).ok(SocialGroupEvaluationSummaryDocument, { g: group });
    expect(seen.socialGroup!.evaluationSummary).toEqual({
      count: 0,
      averageScore: null,
      averageSatisfactionBp: null,
      lastEvaluatedOn: null,
    });
  });
});

describe('service records are seen by the sponsor’s subtree and the operator only', () => {
  it('hides the operator’s records from co-partners and other districts, and analysts get none of them', async () => {
    const coPartner = await create(app, 'SocialGroup', sampleInput('SocialGroup', world));
    await create(app, 'ProjectPartner', {
      projectId: world.project,
      socialGroupId: coPartner,
      role: 'EXPERT',
    });
    const record = await create(app, 'ServiceRecord', sampleInput('ServiceRecord', world));
    const street = await create(app, 'Organization', sampleInput('Organization', world)); // under the district
    const sibling = await create(app, 'Organization', {
      name: '兄弟区总工会',
      kind: 'UNION',
      level: 'DISTRICT',
      parentId: world.city,
    });
    const tokens = {
      city: await app.signIn({ username: 'sr-city', role: 'ORG_STAFF', organizationId: world.city }),
      district: await app.signIn({ username: 'sr-district', role: 'ORG_STAFF', organizationId: world.district }),
      street: await app.signIn({ username: 'sr-street', role: 'ORG_STAFF', organizationId: street }),
      sibling: await app.signIn({ username: 'sr-sibling', role: 'ORG_STAFF', organizationId: sibling }),
      operator: await app.signIn({ username: 'sr-operator', role: 'PARTNER', socialGroupId: world.group }),
      coPartner: await app.signIn({ username: 'sr-copartner', role: 'PARTNER', socialGroupId: coPartner }),
    };
    const sees = async (token: string) => {
      const r = await app.as(token).ok(ServiceRecordVisibilityDocument, { id: record });
      return r.serviceRecord !== null && r.serviceRecordsCount === 1;
    };
    const visible: Record<string, boolean> = {};
    for (const [who, token] of Object.entries(tokens)) visible[who] = await sees(token);
    // The street sits below the sponsor: it does not see its parent's records.
    expect(visible).toEqual({
      city: true,
      district: true,
      street: false,
      sibling: false,
      operator: true,
      coPartner: false,
    });

    // The co-partner may see the project (it partners in it), and the record it writes itself.
    const own = await app.as(tokens.coPartner).ok(CreateServiceRecordReturningIdDocument, {
      data: {
        ...sampleInput('ServiceRecord', world),
        beneficiaryId: world.child,
        socialGroupId: coPartner,
        summary: '专家面询',
      } as ServiceRecordCreateInput,
    });
    expect(await sees(tokens.coPartner)).toBe(false);
    const mine = await app.as(tokens.coPartner).ok(VisibleServiceRecordsCountDocument);
    expect(mine.serviceRecordsCount).toBe(1);
    expect(own.createServiceRecord.id).toBeTruthy();

    const analyst = await app.signIn({ username: 'sr-analyst', role: 'ANALYST', organizationId: world.district });
    const res = await app.as(analyst).gql(ServiceRecordMinutesAndSummaryDocument, { id: record });
    // Rows about one person are not for analysts at all (aggregates only).
    expect(res.data?.serviceRecord ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
