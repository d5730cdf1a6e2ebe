import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalList, draw, seedHashOf, type DrawApplication, type DrawInput } from '../../src/modules/lottery/draw';

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

/** Applications numbered A0001…, tiers 1–3, some in sibling groups of two or three (one tier per group). */
const applications = fc
  .array(fc.record({ tier: fc.integer({ min: 1, max: 3 }), siblings: fc.integer({ min: 1, max: 3 }) }), {
    maxLength: 40,
  })
  .map((units) => {
    const out: DrawApplication[] = [];
    units.forEach((u, i) => {
      for (let s = 0; s < u.siblings; s++)
        out.push({
          number: `A${String(out.length + 1).padStart(4, '0')}`,
          tier: u.tier,
          group: u.siblings > 1 ? `G${i}` : null,
        });
    });
    return out;
  });
const input = fc.record({
  roundId: fc.uuid(),
  places: fc.integer({ min: 0, max: 30 }),
  seed: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
  applications,
});

describe('the draw (摇号)', () => {
  it('is the same whoever computes it, whatever order the list comes in', () => {
    fc.assert(
      fc.property(input, fc.infiniteStream(fc.nat()), (x, rand) => {
        const shuffled = [...x.applications].sort(() => (rand.next().value % 3) - 1);
        const a = draw(x);
        const b = draw({ ...x, applications: shuffled });
        expect(b).toEqual(a);
        expect(a.listHash).toBe(sha256(`${x.roundId}\n${x.places}\n${canonicalList(shuffled)}`));
        expect(a.seedHash).toBe(seedHashOf(x.seed));
      }),
    );
  });

  it('places everyone once: winners within the places, positions 1…n, siblings together and side by side', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { lines } = draw(x);
        expect(lines.map((l) => l.number).sort()).toEqual(x.applications.map((a) => a.number).sort());
        const won = lines.filter((l) => l.outcome === 'WON');
        const waiting = lines.filter((l) => l.outcome === 'WAITLISTED');
        expect(won.length).toBeLessThanOrEqual(x.places);
        expect(won.map((l) => l.position)).toEqual(won.map((_, i) => i + 1));
        expect(waiting.map((l) => l.position)).toEqual(waiting.map((_, i) => i + 1));
        for (const g of new Set(x.applications.map((a) => a.group).filter(Boolean))) {
          const members = lines.filter((l) => l.group === g);
          expect(new Set(members.map((m) => m.outcome)).size).toBe(1);
          const at = members.map((m) => m.position);
          expect(Math.max(...at) - Math.min(...at)).toBe(members.length - 1);
        }
        // With no groups, the places are all given when there are enough applicants.
        if (x.applications.every((a) => a.group === null))
          expect(won.length).toBe(Math.min(x.places, x.applications.length));
      }),
    );
  });

  it('draws tier by tier: nobody of a later tier wins while one of an earlier tier waits for a single place', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { lines } = draw(x);
        const waitingSingles = lines.filter((l) => l.outcome === 'WAITLISTED' && l.group === null);
        const worstWaiting = Math.min(...waitingSingles.map((l) => l.tier));
        for (const l of lines.filter((w) => w.outcome === 'WON')) expect(l.tier).toBeLessThanOrEqual(worstWaiting);
        // The winners and the waitlist are each in tier order.
        for (const outcome of ['WON', 'WAITLISTED']) {
          const tiers = lines.filter((l) => l.outcome === outcome).map((l) => l.tier);
          expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
        }
      }),
    );
  });

  it('gives each of four applicants for one place a fair chance (4,000 seeds)', () => {
    const wins = new Map<string, number>();
    const four = ['A1', 'A2', 'A3', 'A4'].map((number) => ({ number, tier: 1, group: null }));
    for (let i = 0; i < 4000; i++) {
      const { lines } = draw({ roundId: 'r', places: 1, seed: sha256(`seed ${i}`), applications: four });
      const winner = lines.find((l) => l.outcome === 'WON')!.number;
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
    }
    // Expected 1,000 each; a fair draw is within ±120 (about 4 standard deviations) with these fixed seeds.
    for (const n of ['A1', 'A2', 'A3', 'A4']) expect(Math.abs((wins.get(n) ?? 0) - 1000)).toBeLessThan(120);
  });

  it('passes a chi-square test of equal chances within a tier over 10,000 draws, and never lets tier 2 win first', () => {
    // Ten tier-1 applicants for three places, five tier-2 applicants behind them; seeds fixed, so it cannot flake.
    const tier1 = Array.from({ length: 10 }, (_, i) => ({ number: `T1-${i}`, tier: 1, group: null }));
    const tier2 = Array.from({ length: 5 }, (_, i) => ({ number: `T2-${i}`, tier: 2, group: null }));
    const wins = new Map<string, number>();
    const DRAWS = 10_000;
    for (let i = 0; i < DRAWS; i++) {
      const { lines } = draw({ roundId: 'r', places: 3, seed: sha256(`chi ${i}`), applications: [...tier1, ...tier2] });
      for (const l of lines.filter((x) => x.outcome === 'WON')) wins.set(l.number, (wins.get(l.number) ?? 0) + 1);
    }
    expect(tier2.some((a) => wins.has(a.number))).toBe(false);
    const expected = (DRAWS * 3) / tier1.length;
    const chi2 = tier1.reduce((sum, a) => sum + ((wins.get(a.number) ?? 0) - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: a fair draw stays below 21.67 with probability 0.99 (α = 0.01).
    expect(chi2).toBeLessThan(21.67);
  });

  it('matches the worked example of docs/lottery.md', () => {
    const example: DrawInput = {
      roundId: '0193a000-0000-7000-8000-000000000001',
      places: 3,
      seed: sha256('linli example seed'),
      applications: [
        { number: '2025-0001', tier: 1, group: null },
        { number: '2025-0002', tier: 2, group: null },
        { number: '2025-0003', tier: 1, group: 'S1' },
        { number: '2025-0004', tier: 1, group: 'S1' },
        { number: '2025-0005', tier: 2, group: null },
        { number: '2025-0006', tier: 1, group: null },
      ],
    };
    // A known answer, worked by hand in the doc from `sha256sum`: a change here breaks every published draw.
    const result = draw(example);
    expect(result.lines.map((l) => `${l.number} ${l.outcome} ${l.position} ${l.key.slice(0, 8)}`)).toEqual([
      '2025-0001 WON 1 246883f8',
      '2025-0004 WON 2 41d6c3fa',
      '2025-0003 WON 3 453bc0e8',
      '2025-0006 WAITLISTED 1 a6f8e8ba',
      '2025-0002 WAITLISTED 2 2118365b',
      '2025-0005 WAITLISTED 3 235651be',
    ]);
    expect(result).toMatchObject({
      seedHash: '8cffb9877196adc53bb9ba2c782e1674f37aa6b53685d1dd686b9bb539b8d1ad',
      listHash: '93981f05332c58fe4fcb2dbe70560341cbe71f187b57feff657fc63aa573fc92',
      resultHash: '8432bcb353b0ea356784257cb276ed8f252359203bf7fb0c5318275181714233',
    });
  });

  it.each([
    ['a seed that is not 64 hex characters', { seed: 'abc' }, 'the seed must be 64 lowercase hexadecimal characters'],
    [
      'an application listed twice',
      {
        applications: [
          { number: 'A1', tier: 1, group: null },
          { number: 'A1', tier: 1, group: null },
        ],
      },
      'application A1 is listed twice',
    ],
    [
      'a group across tiers',
      {
        applications: [
          { number: 'A1', tier: 1, group: 'G' },
          { number: 'A2', tier: 2, group: 'G' },
        ],
      },
      'group G spans tiers 1 and 2: a group is drawn in one tier',
    ],
    ['negative places', { places: -1 }, 'places must be a whole number ≥ 0'],
  ])('refuses %s', (_what, change, message) => {
    const base: DrawInput = { roundId: 'r', places: 1, seed: sha256('s'), applications: [] };
    expect(() => draw({ ...base, ...change })).toThrow(message);
  });
});
