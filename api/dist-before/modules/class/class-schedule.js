"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isoWeekday = isoWeekday;
exports.scheduleDates = scheduleDates;
const DAY_MS = 86_400_000;
function isoWeekday(date) {
    const d = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
    return d === 0 ? 7 : d;
}
function scheduleDates(startsOn, endsOn, weekdays, skip = new Set(), limit = Number.MAX_SAFE_INTEGER) {
    const days = new Set(weekdays);
    const dates = [];
    const skipped = [];
    const end = Date.parse(`${endsOn}T00:00:00Z`);
    for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end; t += DAY_MS) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (!days.has(isoWeekday(date)))
            continue;
        if (skip.has(date)) {
            skipped.push(date);
            continue;
        }
        dates.push(date);
        if (dates.length > limit)
            return { dates, skipped, overLimit: true };
    }
    return { dates, skipped, overLimit: false };
}
//# sourceMappingURL=class-schedule.js.map