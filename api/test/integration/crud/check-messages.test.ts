import {
  CreateServiceClassReturningIdDocument,
  CreateServiceProjectReturningIdDocument,
  type ServiceClassCreateInput,
  type ServiceProjectCreateInput,
} from '../../generated/operations';
import { sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/** A CHECK constraint the database enforces comes back as a Chinese rule on the field it concerns. */
const { app, world } = useWorld();

describe('check constraint messages', () => {
  it('names the rule between two fields, with the other field’s label', async () => {
    const project = await app.gql(CreateServiceProjectReturningIdDocument, {
      data: {
        ...sampleInput('ServiceProject', world),
        startsOn: '2026-07-13',
        endsOn: '2026-07-01',
      } as ServiceProjectCreateInput,
    });
    expect(project.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { endsOn: '不能早于开始日期' },
    });
    // The constraint's name is logged, never sent.
    expect(project.errors?.[0].extensions).not.toHaveProperty('constraint');
    const cls = await app.gql(CreateServiceClassReturningIdDocument, {
      data: {
        ...sampleInput('ServiceClass', world),
        dailyStart: '17:00:00',
        dailyEnd: '08:00:00',
      } as ServiceClassCreateInput,
    });
    expect(cls.errors?.[0].extensions?.fieldErrors).toEqual({ dailyEnd: '应晚于每日开始时间' });
    const ages = await app.gql(CreateServiceClassReturningIdDocument, {
      data: { ...sampleInput('ServiceClass', world), minAgeMonths: 100, maxAgeMonths: 50 } as ServiceClassCreateInput,
    });
    expect(ages.errors?.[0].extensions?.fieldErrors).toEqual({ maxAgeMonths: '不能小于最小年龄' });
  });
});
