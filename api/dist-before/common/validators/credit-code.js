"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CREDIT_CODE_ALPHABET = void 0;
exports.normalizeCreditCode = normalizeCreditCode;
exports.creditCodeCheckChar = creditCodeCheckChar;
exports.validateCreditCode = validateCreditCode;
exports.isValidCreditCode = isValidCreditCode;
exports.makeCreditCode = makeCreditCode;
/**
 * GB 32100-2015 unified social credit codes (统一社会信用代码): 17 characters from a 31-character
 * alphabet (no I O Z S V) followed by a mod-31 check character.
 */
exports.CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^(i-1) mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ALPHABET_CHARS = new Set(exports.CREDIT_CODE_ALPHABET);
// Registration authority + organization category (first two characters).
const KINDS = {
    '51': 'SOCIAL_ORGANIZATION', // 民政 · 社会团体
    '52': 'PRIVATE_NON_ENTERPRISE', // 民政 · 民办非企业单位（社会服务机构）
    '53': 'FOUNDATION', // 民政 · 基金会
    '81': 'UNION', // 工会 · 基层工会
    '91': 'COMPANY', // 市场监管 · 企业
};
const inAlphabet = (s) => [...s].every((c) => ALPHABET_CHARS.has(c));
function normalizeCreditCode(s) {
    return s.trim().toUpperCase();
}
function creditCodeCheckChar(first17) {
    if (first17.length !== 17 || !inAlphabet(first17)) {
        throw new RangeError(`Expected 17 characters of ${exports.CREDIT_CODE_ALPHABET}, got: ${first17}`);
    }
    let sum = 0;
    for (let i = 0; i < 17; i++)
        sum += exports.CREDIT_CODE_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
    return exports.CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}
const fail = (reason) => ({ ok: false, reason });
/** Validates a credit code; lowercase letters and surrounding spaces are accepted and normalized. */
function validateCreditCode(s) {
    if (s === undefined || s === null)
        return fail('统一社会信用代码不能为空');
    if (typeof s !== 'string')
        return fail('统一社会信用代码应为字符串');
    const value = normalizeCreditCode(s);
    if (value === '')
        return fail('统一社会信用代码不能为空');
    if (value.length !== 18)
        return fail('统一社会信用代码长度应为18位');
    if (!inAlphabet(value))
        return fail('统一社会信用代码含有无效字符');
    if (creditCodeCheckChar(value.slice(0, 17)) !== value[17])
        return fail('统一社会信用代码校验位错误');
    return { ok: true, value, kind: KINDS[value.slice(0, 2)] ?? 'OTHER' };
}
function isValidCreditCode(s) {
    return validateCreditCode(s).ok;
}
/** Appends the check character (synthetic demo data); throws unless given exactly 17 alphabet characters. */
function makeCreditCode(prefix17WithoutCheck) {
    return prefix17WithoutCheck + creditCodeCheckChar(prefix17WithoutCheck);
}
//# sourceMappingURL=credit-code.js.map