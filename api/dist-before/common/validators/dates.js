"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LOCAL_DATE = exports.MIN_LOCAL_DATE = void 0;
exports.isLeapYear = isLeapYear;
exports.daysInMonth = daysInMonth;
exports.isCalendarDate = isCalendarDate;
exports.isValidLocalDate = isValidLocalDate;
exports.isValidLocalTime = isValidLocalTime;
exports.todayInChina = todayInChina;
exports.ageInMonths = ageInMonths;
/**
 * Calendar helpers on plain 'YYYY-MM-DD' / 'HH:MM[:SS]' strings. Dates stay strings (no Date objects)
 * so that no server time zone can shift a birth date by a day.
 */
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
exports.MIN_LOCAL_DATE = '1900-01-01';
exports.MAX_LOCAL_DATE = '2199-12-31';
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function daysInMonth(year, month) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Whether year/month/day names a day of the Gregorian calendar (any year). */
function isCalendarDate(year, month, day) {
    return (Number.isInteger(year) &&
        Number.isInteger(month) &&
        Number.isInteger(day) &&
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysInMonth(year, month));
}
/** 'YYYY-MM-DD' naming a real calendar date in 1900–2199 (the range the database and forms accept). */
function isValidLocalDate(s) {
    if (typeof s !== 'string')
        return false;
    const m = LOCAL_DATE_RE.exec(s);
    if (!m)
        return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return year >= 1900 && year <= 2199 && isCalendarDate(year, month, day);
}
/** 'HH:MM' or 'HH:MM:SS', 24-hour clock, no leap second. */
function isValidLocalTime(s) {
    return typeof s === 'string' && LOCAL_TIME_RE.test(s);
}
// China has had no daylight saving time since 1991, but Intl keeps this right without assuming so.
const CHINA_DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
});
/** Today's date in Asia/Shanghai as 'YYYY-MM-DD', whatever the server's time zone; `now` is injectable for tests. */
function todayInChina(now = new Date()) {
    const parts = Object.fromEntries(CHINA_DATE_FORMAT.formatToParts(now).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
}
/**
 * Completed months between two dates. A month completes on the same day of the month, or on the last
 * day of a shorter month (born 31 Jan: one month old on 28 Feb). Negative when onDate precedes birthDate.
 */
function ageInMonths(birthDate, onDate = todayInChina()) {
    if (!isValidLocalDate(birthDate))
        throw new RangeError(`Invalid birth date: ${birthDate}`);
    if (!isValidLocalDate(onDate))
        throw new RangeError(`Invalid date: ${onDate}`);
    if (onDate < birthDate)
        return -ageInMonths(onDate, birthDate) || 0;
    const [y1, m1, d1] = birthDate.split('-').map(Number);
    const [y2, m2, d2] = onDate.split('-').map(Number);
    const months = (y2 - y1) * 12 + (m2 - m1);
    return d2 < d1 && d2 !== daysInMonth(y2, m2) ? months - 1 : months;
}
//# sourceMappingURL=dates.js.map