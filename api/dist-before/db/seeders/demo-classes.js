"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildClasses = buildClasses;
const class_enums_1 = require("../../modules/class/class.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
const time = (hhmm) => `${hhmm}:00`;
function buildClasses(ctx, defs) {
    const built = [];
    for (const def of defs) {
        const from = def.window && def.window[0] > def.startsOn ? def.window[0] : def.startsOn;
        const to = def.window && def.window[1] < def.endsOn ? def.window[1] : def.endsOn;
        let dates = (0, demo_dates_1.classDates)(from, to, def.weekdays, def.skip);
        if (def.count !== undefined) {
            if (dates.length < def.count)
                throw new Error(`demo data: class ${def.key} has only ${dates.length} meetings`);
            dates = dates.slice(-def.count);
        }
        // The class starts on its first session: generateClassSessions on a demo class (with the def's skip
        // dates) then finds every session it would make, and adds only dates after the window, all after
        // DEMO_TODAY (demo-data.test.ts checks it). The project keeps the long-running programme's dates.
        const startsOn = def.count !== undefined ? dates[0] : from;
        const id = ctx.register('class', def.key, ctx.id());
        const createdAt = (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(dates[0] ?? startsOn, -30), '09:00');
        ctx.rows.serviceClass.push({
            id,
            project: ctx.project(def.project),
            venue: ctx.venue(def.venue),
            name: def.name,
            careType: def.careType,
            minAgeMonths: def.months[0],
            maxAgeMonths: def.months[1],
            capacity: def.capacity,
            // enrolledCount is left to the database trigger.
            staffCount: def.staff,
            startsOn,
            endsOn: def.endsOn,
            weekdays: def.weekdays,
            dailyStart: time(def.hours[0]),
            dailyEnd: time(def.hours[1]),
            feePerDayFen: def.feeFen,
            status: def.endsOn < demo_dates_1.DEMO_TODAY ? class_enums_1.ClassStatus.CLOSED : class_enums_1.ClassStatus.OPEN,
            ...demo_context_1.DemoContext.stamp(createdAt),
        });
        const sessions = dates.map((date, i) => {
            const cancelled = def.cancelled?.find((c) => c.date === date);
            const [topic, kind] = cancelled ? [cancelled.reason, class_enums_1.SessionKind.LESSON] : def.topic(date, i);
            const status = cancelled
                ? class_enums_1.SessionStatus.CANCELLED
                : date <= demo_dates_1.DEMO_TODAY
                    ? class_enums_1.SessionStatus.HELD
                    : class_enums_1.SessionStatus.SCHEDULED;
            const s = { id: ctx.id(), date, startsAt: time(def.hours[0]), endsAt: time(def.hours[1]), status };
            ctx.rows.classSession.push({
                id: s.id,
                serviceClass: id,
                date,
                startsAt: s.startsAt,
                endsAt: s.endsAt,
                topic,
                kind,
                status,
                cancelReason: cancelled?.reason ?? null,
                cancelledAt: cancelled ? (0, demo_dates_1.chinaTime)((0, demo_dates_1.addDays)(date, -1), '18:00') : null,
                ...demo_context_1.DemoContext.stamp(createdAt),
            });
            return s;
        });
        built.push({ def, id, projectKey: def.project, startsOn, sessions });
    }
    return built;
}
//# sourceMappingURL=demo-classes.js.map