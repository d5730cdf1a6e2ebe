/**
 * How a month's attendance is paid (职工点菜、工会买单). The family booked `daysBooked` days at
 * `feeFen` in all, of which the sponsor grants `subsidyFen` (enrollment.terms.ts: the policy's rate,
 * rounded down to the fen and capped). The sponsor pays for attended days pro rata of that grant:
 *
 *   sponsor(F) = min(floor(F × subsidyFen / feeFen), subsidyFen)   for F fen of attended days so far
 *
 * and a month's share is sponsor(F up to the month's end) − sponsor(F before the month), so rounding
 * never adds up across months: when every booked day is attended the sponsor has paid exactly
 * subsidyFen, never more. The family pays the rest of each month's fee; fee = sponsor + family always.
 */
export interface EnrollmentTerms {
  feeFen: number;
  subsidyFen: number;
  daysBooked: number;
  /** The class's daily fee: used when the enrollment holds no per-day price (no days booked). */
  classFeePerDayFen: number;
}

export interface MonthShare {
  days: number;
  feeFen: number;
  sponsorFen: number;
  familyFen: number;
}

/** The price of one attended day: what the family was charged per booked day. */
export function dayPrice(t: EnrollmentTerms): number {
  return t.daysBooked > 0 ? Math.floor(t.feeFen / t.daysBooked) : t.classFeePerDayFen;
}

/** The sponsor's cumulative share of `attendedFen` (BigInt: fen × fen exceeds 2^53). */
export function sponsorShare(t: EnrollmentTerms, attendedFen: number): number {
  if (t.feeFen <= 0 || t.subsidyFen <= 0) return 0;
  const pro = (BigInt(attendedFen) * BigInt(t.subsidyFen)) / BigInt(t.feeFen);
  return Number(pro < BigInt(t.subsidyFen) ? pro : BigInt(t.subsidyFen));
}

/** The month's share, given the attended days before the month and in it. */
export function monthShare(t: EnrollmentTerms, daysBefore: number, daysInMonth: number): MonthShare {
  const price = dayPrice(t);
  const before = daysBefore * price;
  const feeFen = daysInMonth * price;
  const sponsorFen = sponsorShare(t, before + feeFen) - sponsorShare(t, before);
  return { days: daysInMonth, feeFen, sponsorFen, familyFen: feeFen - sponsorFen };
}
