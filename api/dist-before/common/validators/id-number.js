"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isValidProvinceCode = isValidProvinceCode;
exports.isValidRegionCode = isValidRegionCode;
exports.normalizeIdNumber = normalizeIdNumber;
exports.idNumberCheckChar = idNumberCheckChar;
exports.validateIdNumber = validateIdNumber;
exports.isValidIdNumber = isValidIdNumber;
exports.maskIdNumber = maskIdNumber;
exports.convertLegacyIdNumber = convertLegacyIdNumber;
exports.makeIdNumber = makeIdNumber;
/**
 * GB 11643-1999 resident ID numbers (公民身份号码): 6-digit address code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 */
const dates_1 = require("./dates");
/**
 * Leading two digits of GB/T 2260 address codes: the 31 mainland provinces, 71 Taiwan, and 81/82/83
 * used by the residence permits of Hong Kong, Macao and Taiwan residents.
 */
const PROVINCE_CODES = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '));
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
function isValidProvinceCode(code) {
    return PROVINCE_CODES.has(code);
}
/** A 6-digit address code whose first two digits are a province code (the rest is not checked against GB/T 2260). */
function isValidRegionCode(s) {
    return typeof s === 'string' && /^\d{6}$/.test(s) && PROVINCE_CODES.has(s.slice(0, 2));
}
function normalizeIdNumber(s) {
    return s.trim().toUpperCase();
}
function idNumberCheckChar(first17) {
    if (!/^\d{17}$/.test(first17))
        throw new RangeError(`Expected 17 digits, got: ${first17}`);
    let sum = 0;
    for (let i = 0; i < 17; i++)
        sum += Number(first17[i]) * WEIGHTS[i];
    return CHECK_CHARS[sum % 11];
}
const fail = (reason) => ({ ok: false, reason });
/**
 * Validates an 18-character ID number; lowercase `x` and surrounding spaces are accepted and normalized.
 * `today` ('YYYY-MM-DD' or an instant, read in China time) bounds the birth date; 15-digit numbers must go
 * through convertLegacyIdNumber first.
 */
function validateIdNumber(s, today = new Date()) {
    if (s === undefined || s === null)
        return fail('身份证号不能为空');
    if (typeof s !== 'string')
        return fail('身份证号应为字符串');
    const value = normalizeIdNumber(s);
    if (value === '')
        return fail('身份证号不能为空');
    if (value.length !== 18)
        return fail('身份证号长度应为18位');
    if (!/^\d{17}[\dX]$/.test(value))
        return fail('身份证号格式无效');
    if (!PROVINCE_CODES.has(value.slice(0, 2)))
        return fail('身份证号地区码无效');
    const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)];
    if (!(0, dates_1.isCalendarDate)(Number(year), Number(month), Number(day)))
        return fail('身份证号出生日期无效');
    const birthDate = `${year}-${month}-${day}`;
    if (birthDate < dates_1.MIN_LOCAL_DATE)
        return fail('身份证号出生日期早于1900年');
    const todayDate = typeof today === 'string' ? today : (0, dates_1.todayInChina)(today);
    if (!(0, dates_1.isValidLocalDate)(todayDate))
        throw new RangeError(`Invalid today: ${todayDate}`);
    if (birthDate > todayDate)
        return fail('身份证号出生日期晚于今天');
    if (idNumberCheckChar(value.slice(0, 17)) !== value[17])
        return fail('身份证号校验位错误');
    return { ok: true, value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}
function isValidIdNumber(s, today) {
    return validateIdNumber(s, today).ok;
}
/** Keeps only the last 4 characters, e.g. `**************002X`. */
function maskIdNumber(s) {
    const value = normalizeIdNumber(s);
    return value.length <= 4 ? '*'.repeat(value.length) : '*'.repeat(value.length - 4) + value.slice(-4);
}
/** Pre-1999 15-digit number → 18 characters: two-digit year widened to 19YY, check character appended. */
function convertLegacyIdNumber(s) {
    const value = s.trim();
    if (!/^\d{15}$/.test(value))
        throw new RangeError(`Expected a 15-digit legacy ID number, got: ${s}`);
    const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    return first17 + idNumberCheckChar(first17);
}
/** Builds a well-formed ID number (synthetic demo data); throws on a bad region, date or sequence. */
function makeIdNumber(input) {
    const { region, birthDate, sequence } = input;
    if (!isValidRegionCode(region))
        throw new RangeError(`Invalid region code: ${region}`);
    if (!(0, dates_1.isValidLocalDate)(birthDate))
        throw new RangeError(`Invalid birth date: ${birthDate}`);
    if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
        throw new RangeError(`Sequence must be an integer in 0..999, got: ${sequence}`);
    }
    const first17 = region + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
    return first17 + idNumberCheckChar(first17);
}
//# sourceMappingURL=id-number.js.map