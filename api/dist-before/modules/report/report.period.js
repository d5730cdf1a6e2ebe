"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addMonths = exports.addDays = exports.MAX_YEARS = void 0;
exports.parsePeriod = parsePeriod;
exports.monthsOf = monthsOf;
const errors_1 = require("../../graphql/errors");
const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
exports.MAX_YEARS = 20;
const ms = (d) => Date.parse(`${d}T00:00:00Z`);
const day = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (d, n) => day(ms(d) + n * DAY_MS);
exports.addDays = addDays;
const monthStart = (d) => `${d.slice(0, 7)}-01`;
const addMonths = (d, n) => {
    const [y, m] = d.split('-').map(Number);
    const t = y * 12 + (m - 1) + n;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01`;
};
exports.addMonths = addMonths;
const valid = (d) => ISO.test(d) && day(ms(d)) === d;
function parsePeriod(from, to) {
    const errors = {};
    if (!valid(from))
        errors.from = '日期格式应为 YYYY-MM-DD';
    if (!valid(to))
        errors.to = '日期格式应为 YYYY-MM-DD';
    if (!errors.from && !errors.to && from > to)
        errors.to = '结束日期不能早于开始日期';
    if (!errors.from && !errors.to && ms(to) - ms(from) > exports.MAX_YEARS * 366 * DAY_MS)
        errors.to = `统计期间不能超过 ${exports.MAX_YEARS} 年`;
    if (Object.keys(errors).length)
        throw (0, errors_1.badInput)(errors, '统计期间有误');
    const firstMonth = from === monthStart(from) ? from : (0, exports.addMonths)(from, 1);
    const afterTo = (0, exports.addDays)(to, 1);
    const lastMonth = afterTo === monthStart(afterTo) ? monthStart(to) : (0, exports.addMonths)(to, -1);
    const some = firstMonth <= lastMonth;
    const whole = some && firstMonth === from && (0, exports.addDays)((0, exports.addMonths)(lastMonth, 1), -1) === to;
    const quarterStart = (m) => (Number(m.slice(5, 7)) - 1) % 3 === 0;
    return {
        from,
        to,
        firstMonth: some ? firstMonth : null,
        lastMonth: some ? lastMonth : null,
        exact: exactKind(from, to, some ? firstMonth : null, some ? lastMonth : null),
        whole,
        quarters: whole && quarterStart(firstMonth) && quarterStart((0, exports.addMonths)(lastMonth, -2))
            ? { first: firstMonth, last: (0, exports.addMonths)(lastMonth, -2) }
            : null,
    };
}
function exactKind(from, to, first, last) {
    if (!first || !last || first !== from || (0, exports.addDays)((0, exports.addMonths)(last, 1), -1) !== to)
        return null;
    if (first === last)
        return { kind: 'M', start: first };
    const [fy, fm] = first.split('-').map(Number);
    if ((0, exports.addMonths)(first, 2) === last && (fm - 1) % 3 === 0)
        return { kind: 'Q', start: first };
    if ((0, exports.addMonths)(first, 11) === last && fm === 1)
        return { kind: 'Y', start: `${fy}-01-01` };
    return null;
}
/** The first days of the months (or quarters) of a period that is one whole year (or quarter). */
function monthsOf(start, count, step = 1) {
    return Array.from({ length: count }, (_, i) => (0, exports.addMonths)(start, i * step));
}
//# sourceMappingURL=report.period.js.map