"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupExpr = groupExpr;
exports.groupingSets = groupingSets;
exports.setOf = setOf;
exports.periodSource = periodSource;
const report_period_1 = require("./report.period");
function groupExpr(g, c, scope) {
    const person = (col) => (col ? `nullif(${col}, '-')` : 'null::text');
    switch (g) {
        case 'MONTH':
            return `to_char(${c.day}, 'YYYY-MM')`;
        case 'QUARTER':
            return `to_char(${c.day}, 'YYYY-"Q"Q')`;
        case 'ORGANIZATION':
            return `coalesce(nullif(split_part(substr(${c.path}, ${scope.path.length + 1}), '/', 1), ''), 'SELF')`;
        case 'CATEGORY':
            return c.category;
        case 'SOCIAL_GROUP':
            return `coalesce(${c.operator}::text, 'NONE')`;
        case 'BENEFICIARY_CATEGORY':
            return person(c.benCat);
        case 'AGE_BAND':
            return person(c.ageBand);
        case 'GENDER':
            return person(c.gender);
    }
}
/** `select grouping(...) gs, g0.., <aggregates> from (<inner>) x group by grouping sets ((), (g0), …)`. */
function groupingSets(groupings, exprs, inner, aggregates) {
    const gs = groupings.length ? `grouping(${groupings.map((_, i) => `g${i}`).join(', ')})` : '0';
    const keys = groupings.map((_, i) => `, g${i}`).join('');
    const sets = ['()', ...groupings.map((_, i) => `(g${i})`)].join(', ');
    const cols = exprs.map((e, i) => `, ${e} as g${i}`).join('');
    return `select ${gs} as gs${keys}, ${aggregates} from (select *${cols} from (${inner}) src) x group by grouping sets (${sets})`;
}
/** Which grouping a grouping-sets row belongs to: -1 for the total, else the index of the grouping. */
function setOf(gs, count) {
    for (let i = 0; i < count; i++)
        if ((gs & (1 << (count - 1 - i))) === 0)
            return i;
    return -1;
}
/** Rows of a summary (month grain for whole months, day grain for the edges) in the period. */
function periodSource(period, monthTable, dayTable, cols) {
    // Plain date literals only: `date + interval` is a timestamp, and comparing the day column with it would
    // defeat the index on it.
    const ranges = [];
    if (!period.firstMonth)
        ranges.push(`day between '${period.from}' and '${period.to}'`);
    else {
        if (period.from < period.firstMonth)
            ranges.push(`(day >= '${period.from}' and day < '${period.firstMonth}')`);
        const afterLast = (0, report_period_1.addMonths)(period.lastMonth, 1);
        if (afterLast <= period.to)
            ranges.push(`(day >= '${afterLast}' and day <= '${period.to}')`);
    }
    const parts = ranges.map((r) => `select ${cols.replaceAll('$d', 'day')} from ${dayTable} where ${r}`);
    if (period.firstMonth)
        parts.unshift(`select ${cols.replaceAll('$d', 'month')} from ${monthTable}
    where month between '${period.firstMonth}' and '${period.lastMonth}'`);
    return parts.join(' union all ');
}
//# sourceMappingURL=report.sql.js.map