"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_TODAY = void 0;
exports.addDays = addDays;
exports.isoWeekday = isoWeekday;
exports.daysBetween = daysBetween;
exports.classDates = classDates;
exports.chinaTime = chinaTime;
exports.addMinutes = addMinutes;
exports.ageInMonths = ageInMonths;
exports.birthDateForAge = birthDateForAge;
/**
 * Calendar helpers for the seeders, on 'YYYY-MM-DD' strings (as the entities store dates).
 *
 * The demo is told as of a fixed day, DEMO_TODAY, not as of the machine's clock: session status
 * (HELD / SCHEDULED), project status and "current" enrolments must come out the same on every run.
 * 2025-08-15 is a Friday in the fifth week of 西山区's 2025 summer class (7月14日 start, article 000),
 * so the demo shows held and still-scheduled sessions side by side.
 */
exports.DEMO_TODAY = '2025-08-15';
const DAY_MS = 86_400_000;
const toUtc = (date) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms) => new Date(ms).toISOString().slice(0, 10);
function addDays(date, days) {
    return fromUtc(toUtc(date) + days * DAY_MS);
}
/** ISO weekday: 1 = Monday … 7 = Sunday. */
function isoWeekday(date) {
    const d = new Date(toUtc(date)).getUTCDay();
    return d === 0 ? 7 : d;
}
function daysBetween(from, to) {
    return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
/** Every date in [from, to] that falls on one of `weekdays`, minus `skip`. */
function classDates(from, to, weekdays, skip = []) {
    const out = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
        if (weekdays.includes(isoWeekday(d)) && !skip.includes(d))
            out.push(d);
    }
    return out;
}
/** A local time in China (UTC+8, no daylight saving) as an instant. */
function chinaTime(date, time) {
    return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}
function addMinutes(at, minutes) {
    return new Date(at.getTime() + minutes * 60_000);
}
/** Whole months from `birth` to `on`. */
function ageInMonths(birth, on) {
    const [by, bm, bd] = birth.split('-').map(Number);
    const [oy, om, od] = on.split('-').map(Number);
    return (oy - by) * 12 + (om - bm) - (od < bd ? 1 : 0);
}
/** A birth date making the person between minMonths and maxMonths old on `on` (both ends included). */
function birthDateForAge(rng, on, minMonths, maxMonths) {
    for (;;) {
        const months = rng.int(minMonths, maxMonths);
        const [y, m] = on.split('-').map(Number);
        const total = y * 12 + (m - 1) - months;
        const year = Math.floor(total / 12);
        const month = (total % 12) + 1;
        const day = rng.int(1, 28);
        const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const age = ageInMonths(birth, on);
        if (age >= minMonths && age <= maxMonths)
            return birth;
    }
}
//# sourceMappingURL=demo-dates.js.map