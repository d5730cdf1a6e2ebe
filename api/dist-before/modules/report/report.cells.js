"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EVALUATIONS = exports.NEEDS = exports.CLASS_LEVEL = exports.ADDITIVE = void 0;
exports.emptyComponents = emptyComponents;
exports.figures = figures;
exports.suppressedFigures = suppressedFigures;
exports.ADDITIVE = [
    'attended',
    'attRows',
    'records',
    'minutes',
    'enrolments',
    'feeFen',
    'subsidyFen',
    'payableFen',
    'waitlisted',
];
exports.CLASS_LEVEL = ['sessionsHeld', 'capacity', 'classEnrolled'];
exports.NEEDS = ['needsOpen', 'needsFulfilled'];
exports.EVALUATIONS = ['evaluations', 'scoreSum'];
function emptyComponents(personLevelOnly) {
    const z = personLevelOnly ? null : 0;
    return {
        people: 0,
        attended: 0,
        attRows: 0,
        records: 0,
        minutes: 0,
        enrolments: 0,
        feeFen: 0,
        subsidyFen: 0,
        payableFen: 0,
        waitlisted: 0,
        sessionsHeld: z,
        capacity: z,
        classEnrolled: z,
        needsOpen: z,
        needsFulfilled: z,
        evaluations: z,
        scoreSum: z,
    };
}
const rate = (num, den) => num === null || den === null || den === 0 ? null : Math.round((num * 10000) / den);
function figures(c) {
    return {
        suppressed: false,
        peopleServed: c.people,
        enrollments: c.enrolments,
        personTimes: c.attended + c.records,
        attendancePersonTimes: c.attended,
        serviceRecordPersonTimes: c.records,
        sessionsHeld: c.sessionsHeld,
        serviceMinutes: c.minutes,
        feeTotalFen: c.feeFen,
        subsidyTotalFen: c.subsidyFen,
        familyPaidFen: c.payableFen,
        capacity: c.capacity,
        enrolledInClasses: c.classEnrolled,
        fillRateBp: rate(c.classEnrolled, c.capacity),
        attendanceRows: c.attRows,
        attendanceRateBp: rate(c.attended, c.attRows),
        waitlisted: c.waitlisted,
        needsOpen: c.needsOpen,
        needsFulfilled: c.needsFulfilled,
        evaluations: c.evaluations,
        averageScore: c.evaluations && c.scoreSum !== null ? Math.round((c.scoreSum * 100) / c.evaluations) / 100 : null,
    };
}
/** A suppressed cell: every figure withheld (shown as "<5"). */
function suppressedFigures() {
    const out = figures(emptyComponents(false));
    for (const k of Object.keys(out))
        out[k] = null;
    out.suppressed = true;
    return out;
}
//# sourceMappingURL=report.cells.js.map