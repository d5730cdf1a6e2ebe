"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dayPrice = dayPrice;
exports.sponsorShare = sponsorShare;
exports.monthShare = monthShare;
/** The price of one attended day: what the family was charged per booked day. */
function dayPrice(t) {
    return t.daysBooked > 0 ? Math.floor(t.feeFen / t.daysBooked) : t.classFeePerDayFen;
}
/** The sponsor's cumulative share of `attendedFen` (BigInt: fen × fen exceeds 2^53). */
function sponsorShare(t, attendedFen) {
    if (t.feeFen <= 0 || t.subsidyFen <= 0)
        return 0;
    const pro = (BigInt(attendedFen) * BigInt(t.subsidyFen)) / BigInt(t.feeFen);
    return Number(pro < BigInt(t.subsidyFen) ? pro : BigInt(t.subsidyFen));
}
/** The month's share, given the attended days before the month and in it. */
function monthShare(t, daysBefore, daysInMonth) {
    const price = dayPrice(t);
    const before = daysBefore * price;
    const feeFen = daysInMonth * price;
    const sponsorFen = sponsorShare(t, before + feeFen) - sponsorShare(t, before);
    return { days: daysInMonth, feeFen, sponsorFen, familyFen: feeFen - sponsorFen };
}
//# sourceMappingURL=settlement.math.js.map