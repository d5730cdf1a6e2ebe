"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_RATE_BP = void 0;
exports.isEligible = isEligible;
exports.computeFee = computeFee;
/**
 * Fees and subsidies (补贴), as a pure function: no database, no clock, integer fen in and out.
 *
 * - fee = days × feePerDayFen.
 * - A policy applies when one of the people considered (the beneficiary and, for a child, the
 *   applying guardian) qualifies on both counts the policy states, as "eligible workers whose union
 *   membership is in the district" reads:
 *   - eligible categories: the person has one of them; an empty list restricts nobody;
 *   - union membership (工会关系在本区): the person's union-membership organization lies in the
 *     policy organization's subtree (its tree path starts with the policy's); none restricts nobody.
 * - Rounding rule: subsidy = floor(fee × rateBp / 10000), rounded DOWN to the fen, then capped at
 *   capPerPersonFen. The sponsor never pays more than its rate, so with rateBp ≤ 5000 the subsidy is
 *   at most half the fee.
 * - payable = fee − subsidy, so fee = subsidy + payable exactly (the database checks it too).
 */
exports.MAX_RATE_BP = 5000;
const isFen = (n) => Number.isSafeInteger(n) && n >= 0;
/** Whether one of the people qualifies for the policy (an eligible category and union membership). */
function isEligible(policy, people) {
    return people.some((p) => (policy.eligibleCategories.length === 0 || p.categories.some((c) => policy.eligibleCategories.includes(c))) &&
        (policy.membershipPath === null || (p.unionPath !== null && p.unionPath.startsWith(policy.membershipPath))));
}
/** The fee, the sponsor's subsidy and what the family pays, in fen. Throws RangeError on impossible input. */
function computeFee(input) {
    const { days, feePerDayFen, policy } = input;
    if (!isFen(days))
        throw new RangeError(`days must be a non-negative integer: ${days}`);
    if (!isFen(feePerDayFen))
        throw new RangeError(`feePerDayFen must be a non-negative integer: ${feePerDayFen}`);
    const fee = BigInt(days) * BigInt(feePerDayFen);
    if (fee > BigInt(Number.MAX_SAFE_INTEGER))
        throw new RangeError('fee is too large');
    const feeFen = Number(fee);
    if (policy && (!Number.isInteger(policy.rateBp) || policy.rateBp < 0 || policy.rateBp > exports.MAX_RATE_BP)) {
        throw new RangeError(`rateBp must be an integer in 0..${exports.MAX_RATE_BP}: ${policy.rateBp}`);
    }
    if (policy && policy.capPerPersonFen !== null && !isFen(policy.capPerPersonFen)) {
        throw new RangeError(`capPerPersonFen must be a non-negative integer: ${policy.capPerPersonFen}`);
    }
    if (!policy || !isEligible(policy, input.people)) {
        return { feeFen, subsidyFen: 0, payableFen: feeFen, eligible: false };
    }
    // BigInt division truncates, which for non-negative numbers is rounding down to the fen.
    let subsidyFen = Number((fee * BigInt(policy.rateBp)) / 10000n);
    if (policy.capPerPersonFen !== null)
        subsidyFen = Math.min(subsidyFen, policy.capPerPersonFen);
    return { feeFen, subsidyFen, payableFen: feeFen - subsidyFen, eligible: true };
}
//# sourceMappingURL=subsidy.js.map