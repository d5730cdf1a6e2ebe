"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeMobile = normalizeMobile;
exports.isValidMobile = isValidMobile;
exports.maskMobile = maskMobile;
/** Mainland China mobile numbers: 11 digits, 1 then 3–9. */
const MOBILE_RE = /^1[3-9]\d{9}$/;
/** Strips spaces and dashes and a +86 / 86 country prefix: `+86 138-1234-1234` → `13812341234`. */
function normalizeMobile(s) {
    // A bare 86 is only a prefix when 11 digits follow; an 11-digit mobile never starts with 8.
    return s
        .replace(/[\s-]/g, '')
        .replace(/^\+86/, '')
        .replace(/^86(?=\d{11}$)/, '');
}
function isValidMobile(s) {
    return typeof s === 'string' && MOBILE_RE.test(normalizeMobile(s));
}
/** `138****1234`; anything that is not a valid mobile keeps only its last 4 characters. */
function maskMobile(s) {
    const value = normalizeMobile(s);
    if (MOBILE_RE.test(value))
        return `${value.slice(0, 3)}****${value.slice(7)}`;
    return value.length <= 4 ? '*'.repeat(value.length) : '*'.repeat(value.length - 4) + value.slice(-4);
}
//# sourceMappingURL=phone.js.map