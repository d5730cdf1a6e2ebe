import { expirePartnerships } from '../../../src/modules/partnership/partnership-expiry';
import {
  CreatePartnershipWithStatusDocument,
  ReadPartnershipStatusDocument,
  type PartnershipCreateInput,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/** A partnership past its end date is 已终止, not 合作中: on every write, and as days pass (issue 18, item 7). */
const { app, world } = useWorld();

const partnership = async (until: string) => {
  const group = await create(app, 'SocialGroup', sampleInput('SocialGroup', world));
  return app.ok(CreatePartnershipWithStatusDocument, {
    data: {
      ...sampleInput('Partnership', world),
      socialGroupId: group,
      until,
      status: 'ACTIVE',
    } as PartnershipCreateInput,
  });
};
const statusOf = async (id: string) => (await app.ok(ReadPartnershipStatusDocument, { id })).partnership!.status;

describe('partnerships end with their end date', () => {
  it('a partnership written with an end date already past is stored as ENDED', async () => {
    const { createPartnership } = await partnership('2025-12-31');
    expect(createPartnership.status).toBe('ENDED');
    const [row] = await app.sql<{ status: string }>('select status from partnership where id = $1', [
      createPartnership.id,
    ]);
    expect(row.status).toBe('ENDED');
  });

  it('the hourly step ends those whose end date has passed since, and only those', async () => {
    const ending = (await partnership('2099-12-31')).createPartnership.id;
    const going = (await partnership('2099-12-31')).createPartnership.id;
    expect(await statusOf(ending)).toBe('ACTIVE');
    // Time passes: the first one's end date is now behind us.
    await app.sql(`update partnership set until = '2026-01-01' where id = $1`, [ending]);
    expect(await expirePartnerships(app.orm.em.fork(), '2026-01-02')).toBeGreaterThanOrEqual(1);
    expect(await statusOf(ending)).toBe('ENDED');
    expect(await statusOf(going)).toBe('ACTIVE');
    expect(await expirePartnerships(app.orm.em.fork(), '2026-01-02')).toBe(0);
  });
});
