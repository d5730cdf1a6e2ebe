"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isSmall = void 0;
exports.suppressSmallCells = suppressSmallCells;
const small = (v) => v !== null && v >= 1 && v <= 4;
const isSmall = (c) => small(c.people) || small(c.enrolments) || small(c.waitlisted);
exports.isSmall = isSmall;
const size = (c) => (c.people ?? 0) + c.enrolments + c.waitlisted + c.attended + c.records;
/** Suppresses one more cell among `cells` (the smallest not yet suppressed); false when there is none. */
function suppressAnother(cells) {
    const candidates = cells
        .filter((x) => !x.suppressed)
        .sort((a, b) => size(a.c) - size(b.c) || (a.key < b.key ? -1 : 1));
    if (!candidates.length)
        return false;
    candidates[0].suppressed = true;
    return true;
}
function suppressSmallCells(total, groupings) {
    if ((0, exports.isSmall)(total.c))
        total.suppressed = true;
    for (const g of groupings)
        for (const cell of g.cells)
            if ((0, exports.isSmall)(cell.c))
                cell.suppressed = true;
    const months = groupings.find((g) => g.by === 'MONTH');
    const quarters = groupings.find((g) => g.by === 'QUARTER');
    const quarterOf = (month) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
    for (let changed = true; changed;) {
        changed = false;
        for (const g of groupings) {
            if (total.suppressed)
                break;
            if (g.cells.filter((x) => x.suppressed).length !== 1)
                continue;
            if (!suppressAnother(g.cells))
                total.suppressed = true;
            changed = true;
        }
        if (!months || !quarters)
            continue;
        for (const q of quarters.cells) {
            const inQ = months.cells.filter((m) => quarterOf(m.key) === q.key);
            const hidden = inQ.filter((m) => m.suppressed).length;
            if (!q.suppressed && hidden === 1) {
                if (!suppressAnother(inQ))
                    q.suppressed = true;
                changed = true;
            }
            else if (q.suppressed && hidden === 0 && inQ.length) {
                suppressAnother(inQ);
                changed = true;
            }
        }
    }
}
//# sourceMappingURL=report.suppress.js.map