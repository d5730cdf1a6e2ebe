import fc from 'fast-check';
import { dayPrice, monthShare, sponsorShare, type EnrollmentTerms } from '../../src/modules/settlement/settlement.math';

/** An enrollment's terms as `enroll` prices them: fee = days × daily fee, subsidy ≤ half, capped. */
const terms = fc
  .record({
    days: fc.integer({ min: 1, max: 60 }),
    perDay: fc.integer({ min: 0, max: 100_000 }),
    rateBp: fc.integer({ min: 0, max: 5000 }),
    cap: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
  })
  .map(({ days, perDay, rateBp, cap }): EnrollmentTerms => {
    const feeFen = days * perDay;
    const raw = Math.floor((feeFen * rateBp) / 10000);
    return { feeFen, subsidyFen: cap === null ? raw : Math.min(raw, cap), daysBooked: days, classFeePerDayFen: perDay };
  });

/** Attended days per month: any split, possibly more days than booked. */
const months = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 6 });

describe('settlement: monthly shares of attended days (10,000 cases per property)', () => {
  it('fee = sponsor + family to the fen, both never negative, every month', () => {
    fc.assert(
      fc.property(terms, months, (t, ms) => {
        let before = 0;
        for (const d of ms) {
          const m = monthShare(t, before, d);
          expect(m.feeFen).toBe(d * dayPrice(t));
          expect(m.sponsorFen + m.familyFen).toBe(m.feeFen);
          expect(m.sponsorFen).toBeGreaterThanOrEqual(0);
          expect(m.familyFen).toBeGreaterThanOrEqual(0);
          before += d;
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('months add up to the whole: the sponsor never pays more than granted, nor more than half', () => {
    fc.assert(
      fc.property(terms, months, (t, ms) => {
        let before = 0;
        let paid = 0;
        for (const d of ms) {
          paid += monthShare(t, before, d).sponsorFen;
          before += d;
        }
        expect(paid).toBe(sponsorShare(t, before * dayPrice(t)));
        expect(paid).toBeLessThanOrEqual(t.subsidyFen);
        expect(paid * 2).toBeLessThanOrEqual(before * dayPrice(t));
      }),
      { numRuns: 10_000 },
    );
  });

  it('when exactly the booked days are attended, the sponsor pays the grant and the family the rest', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 6 }), (t, parts) => {
        // Split the booked days over `parts` months in any order.
        const ms = Array.from(
          { length: parts },
          (_, i) => Math.floor((t.daysBooked * (i + 1)) / parts) - Math.floor((t.daysBooked * i) / parts),
        );
        let before = 0;
        let sponsor = 0;
        let family = 0;
        for (const d of ms) {
          const m = monthShare(t, before, d);
          sponsor += m.sponsorFen;
          family += m.familyFen;
          before += d;
        }
        expect(sponsor).toBe(t.subsidyFen);
        expect(sponsor + family).toBe(t.feeFen);
      }),
      { numRuns: 10_000 },
    );
  });
});
