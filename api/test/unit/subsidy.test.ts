import fc from 'fast-check';
import {
  computeFee,
  isEligible,
  MAX_RATE_BP,
  type FeeInput,
  type SubsidyPerson,
  type SubsidyTerms,
} from '../../src/modules/project/subsidy';

/**
 * Fees and subsidies as a pure function (src/modules/project/subsidy.ts), checked on generated cases:
 * fee = subsidy + payable to the fen, 0 ≤ subsidy ≤ fee / 2, subsidy ≤ cap, subsidy rounds down,
 * and an ineligible person gets nothing.
 */
const RUNS = 10_000;
const CATEGORIES = ['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER', 'INDUSTRIAL_WORKER', 'DIFFICULT_WORKER', 'CHILD'];
// A small organization tree: city A with districts B and C; B has street D.
const PATHS = ['/A/', '/A/B/', '/A/C/', '/A/B/D/', '/X/'];

const person: fc.Arbitrary<SubsidyPerson> = fc.record({
  categories: fc.subarray(CATEGORIES),
  unionPath: fc.option(fc.constantFrom(...PATHS), { nil: null }),
});
const terms: fc.Arbitrary<SubsidyTerms> = fc.record({
  rateBp: fc.integer({ min: 0, max: MAX_RATE_BP }),
  capPerPersonFen: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
  eligibleCategories: fc.subarray(CATEGORIES),
  membershipPath: fc.option(fc.constantFrom(...PATHS), { nil: null }),
});
const input: fc.Arbitrary<FeeInput> = fc.record({
  // Up to a year of days at up to 10,000 元 a day; 0 is a free class.
  days: fc.integer({ min: 0, max: 366 }),
  feePerDayFen: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 13_000)),
  policy: fc.option(terms, { nil: null, freq: 5 }),
  people: fc.array(person, { minLength: 1, maxLength: 2 }),
});

describe('computeFee', () => {
  it('splits the fee exactly: fee = days × feePerDay = subsidy + payable, 0 ≤ subsidy ≤ fee / 2, subsidy ≤ cap', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = computeFee(i);
        expect(r.feeFen).toBe(i.days * i.feePerDayFen);
        expect(r.subsidyFen + r.payableFen).toBe(r.feeFen);
        expect(Number.isInteger(r.subsidyFen) && Number.isInteger(r.payableFen)).toBe(true);
        expect(r.subsidyFen).toBeGreaterThanOrEqual(0);
        expect(2 * r.subsidyFen).toBeLessThanOrEqual(r.feeFen);
        expect(r.payableFen).toBeGreaterThanOrEqual(0);
        if (i.policy?.capPerPersonFen != null) expect(r.subsidyFen).toBeLessThanOrEqual(i.policy.capPerPersonFen);
      }),
      { numRuns: RUNS },
    );
  });

  it('rounds the subsidy down to the fen: subsidy = min(floor(fee × rate / 10000), cap) for the eligible', () => {
    let eligible = 0;
    fc.assert(
      fc.property(input, (i) => {
        const r = computeFee(i);
        if (!r.eligible) return;
        eligible++;
        const exact = (BigInt(r.feeFen) * BigInt(i.policy!.rateBp)) / 10000n;
        const floor = Number(exact);
        // floor(x) ≤ x < floor(x) + 1, in integers: 10000·floor ≤ fee·rate < 10000·(floor + 1).
        expect(BigInt(floor) * 10000n <= BigInt(r.feeFen) * BigInt(i.policy!.rateBp)).toBe(true);
        expect(BigInt(floor + 1) * 10000n > BigInt(r.feeFen) * BigInt(i.policy!.rateBp)).toBe(true);
        expect(r.subsidyFen).toBe(Math.min(floor, i.policy!.capPerPersonFen ?? Infinity));
      }),
      { numRuns: RUNS },
    );
    // The generated cases are not mostly ineligible (which would make this check vacuous).
    expect(eligible).toBeGreaterThan(RUNS / 10);
  });

  it('gives nothing to the ineligible: no policy, or no one with an eligible category and membership in the subtree', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = computeFee(i);
        const eligible = i.policy !== null && isEligible(i.policy, i.people);
        expect(r.eligible).toBe(eligible);
        if (!eligible) expect(r).toEqual({ feeFen: r.feeFen, subsidyFen: 0, payableFen: r.feeFen, eligible: false });
        // Eligibility as stated, written out independently: one person with both an eligible category
        // and union membership inside the subtree.
        if (i.policy) {
          const p = i.policy;
          const qualifies = (x: SubsidyPerson) =>
            (!p.eligibleCategories.length || x.categories.some((c) => p.eligibleCategories.includes(c))) &&
            (p.membershipPath === null ||
              (x.unionPath !== null && x.unionPath.slice(0, p.membershipPath.length) === p.membershipPath));
          expect(eligible).toBe(i.people.filter(qualifies).length > 0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('examples: 西山区 130 元/天 × 20 天 at 50% capped at 2,000 元; odd fen round down; outside the district nothing', () => {
    const policy: SubsidyTerms = {
      rateBp: 5000,
      capPerPersonFen: 200_000,
      eligibleCategories: ['NEW_EMPLOYMENT_FORM_WORKER'],
      membershipPath: '/A/B/',
    };
    const worker: SubsidyPerson = { categories: ['NEW_EMPLOYMENT_FORM_WORKER'], unionPath: '/A/B/D/' };
    const child: SubsidyPerson = { categories: ['CHILD'], unionPath: null };
    expect(computeFee({ days: 20, feePerDayFen: 13_000, policy, people: [child, worker] })).toEqual({
      feeFen: 260_000,
      subsidyFen: 130_000,
      payableFen: 130_000,
      eligible: true,
    });
    expect(computeFee({ days: 40, feePerDayFen: 13_000, policy, people: [child, worker] }).subsidyFen).toBe(200_000);
    // 3 fen at 33.33%: 0.9999 fen rounds down to 0; 101 fen at 50%: 50.5 → 50.
    expect(
      computeFee({ days: 1, feePerDayFen: 3, policy: { ...policy, rateBp: 3333 }, people: [worker] }),
    ).toMatchObject({ subsidyFen: 0, payableFen: 3 });
    expect(computeFee({ days: 1, feePerDayFen: 101, policy, people: [worker] })).toMatchObject({
      subsidyFen: 50,
      payableFen: 51,
    });
    expect(computeFee({ days: 20, feePerDayFen: 13_000, policy, people: [child] }).subsidyFen).toBe(0);
    expect(
      computeFee({ days: 20, feePerDayFen: 13_000, policy, people: [{ ...worker, unionPath: '/A/C/' }] }).subsidyFen,
    ).toBe(0);
    // A path prefix must end at a node boundary: '/A/B/' does not contain '/A/BB/'.
    expect(isEligible(policy, [{ ...worker, unionPath: '/A/BB/' }])).toBe(false);
    // Category and membership must belong to the same person: an eligible worker outside the district
    // and a member of the district without an eligible category do not add up.
    expect(
      isEligible(policy, [
        { ...worker, unionPath: '/A/C/' },
        { categories: ['WORKER'], unionPath: '/A/B/' },
      ]),
    ).toBe(false);
  });

  it('refuses impossible input instead of computing a wrong split', () => {
    const policy: SubsidyTerms = { rateBp: 6000, capPerPersonFen: null, eligibleCategories: [], membershipPath: null };
    expect(() => computeFee({ days: 1, feePerDayFen: 100, policy, people: [] })).toThrow(RangeError);
    expect(() => computeFee({ days: -1, feePerDayFen: 100, policy: null, people: [] })).toThrow(RangeError);
    expect(() => computeFee({ days: 1.5, feePerDayFen: 100, policy: null, people: [] })).toThrow(RangeError);
  });
});
