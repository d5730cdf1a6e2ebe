"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_GENERATED_SESSIONS = void 0;
exports.generateClassSessions = generateClassSessions;
const postgresql_1 = require("@mikro-orm/postgresql");
const paging_1 = require("../../common/crud/paging");
const access_1 = require("../../common/scope/access");
const errors_1 = require("../../graphql/errors");
const audit_service_1 = require("../audit/audit.service");
const class_session_entity_1 = require("./class-session.entity");
const class_session_resource_1 = require("./class-session.resource");
const class_schedule_1 = require("./class-schedule");
const class_enums_1 = require("./class.enums");
const service_class_entity_1 = require("./service-class.entity");
const session_generation_types_1 = require("./session-generation.types");
/**
 * 按排期生成课次: the class's startsOn..endsOn × weekdays at dailyStart–dailyEnd, minus skipDates,
 * compared with the class's live sessions by (date, start time), the key of the partial unique index
 * class_session_starts_at_live_unique:
 *
 * - on the schedule and missing → NEW (created SCHEDULED);
 * - on the schedule and present → EXISTING, whatever its status: a CANCELLED session stays cancelled
 *   (never resurrected, never duplicated); a SCHEDULED one without attendance whose end time differs
 *   from the class's is UPDATED to it (held and cancelled sessions are history and keep their times);
 * - present but no longer on the schedule (dates, weekdays, hours or skipDates changed) → REMOVED
 *   (soft delete) when it has no attendance, else KEPT and reported.
 *
 * Running it twice changes nothing the second time. One transaction under the class row's lock (two
 * generations of one class run one after the other); a preview takes no lock and writes nothing. A
 * CANCELLED class is refused (CONFLICT); more than MAX_GENERATED_SESSIONS meeting dates is refused
 * (BAD_USER_INPUT) rather than written by mistake. Every written session gets one audit event.
 */
exports.MAX_GENERATED_SESSIONS = 1000;
const spec = class_session_resource_1.classSessionResource;
const NO_SCOPE = { filters: { scope: false } };
const BY = { by: 'generateClassSessions' };
async function generateClassSessions(ctx, classId, preview, skipDates) {
    (0, access_1.assertCanWrite)(ctx, spec);
    const skip = new Set(skipDates ?? []);
    if (skip.size > exports.MAX_GENERATED_SESSIONS) {
        throw (0, errors_1.badInput)({ skipDates: `跳过日期最多${exports.MAX_GENERATED_SESSIONS}个` });
    }
    return ctx.em.transactional(async (tx) => {
        const cls = (0, paging_1.isUuid)(classId)
            ? await tx.findOne(service_class_entity_1.ServiceClass, { id: classId }, preview ? {} : { lockMode: postgresql_1.LockMode.PESSIMISTIC_WRITE, refresh: true })
            : null;
        if (!cls)
            throw (0, errors_1.notFound)('ServiceClass', classId);
        if (cls.status === class_enums_1.ClassStatus.CANCELLED) {
            throw (0, errors_1.conflict)('班级已取消，不能生成课次', { status: cls.status });
        }
        const plan = (0, class_schedule_1.scheduleDates)(cls.startsOn, cls.endsOn, cls.weekdays, skip, exports.MAX_GENERATED_SESSIONS);
        if (plan.overLimit) {
            throw (0, errors_1.badInput)({ classId: `按排期将生成超过${exports.MAX_GENERATED_SESSIONS}个课次，请缩短班级起止日期或分期开班` }, `一次最多生成${exports.MAX_GENERATED_SESSIONS}个课次`);
        }
        const existing = await tx.find(class_session_entity_1.ClassSession, { serviceClass: cls.id }, NO_SCOPE);
        const attendance = await attendanceCounts(tx, existing.map((s) => s.id));
        const byKey = new Map(existing.map((s) => [`${s.date}|${s.startsAt}`, s]));
        const rows = [];
        const toCreate = [];
        const toUpdate = [];
        const toRemove = [];
        const row = (s, state, endsAt = s.endsAt) => ({
            sessionId: s.id,
            date: s.date,
            startsAt: s.startsAt,
            endsAt,
            state,
            status: s.status,
            attendanceCount: attendance.get(s.id) ?? 0,
        });
        for (const date of plan.dates) {
            const key = `${date}|${cls.dailyStart}`;
            const found = byKey.get(key);
            byKey.delete(key);
            if (!found) {
                toCreate.push(date);
                continue;
            }
            const retime = found.status === class_enums_1.SessionStatus.SCHEDULED && found.endsAt !== cls.dailyEnd && !attendance.get(found.id);
            if (retime)
                toUpdate.push(found);
            rows.push(row(found, retime ? session_generation_types_1.GeneratedSessionState.UPDATED : session_generation_types_1.GeneratedSessionState.EXISTING, retime ? cls.dailyEnd : found.endsAt));
        }
        for (const off of byKey.values()) {
            const keep = (attendance.get(off.id) ?? 0) > 0;
            if (!keep)
                toRemove.push(off);
            rows.push(row(off, keep ? session_generation_types_1.GeneratedSessionState.KEPT : session_generation_types_1.GeneratedSessionState.REMOVED));
        }
        const created = toCreate.map((date) => {
            const session = preview
                ? null
                : tx.create(class_session_entity_1.ClassSession, {
                    serviceClass: cls,
                    date,
                    startsAt: cls.dailyStart,
                    endsAt: cls.dailyEnd,
                    kind: class_enums_1.SessionKind.LESSON,
                    status: class_enums_1.SessionStatus.SCHEDULED,
                });
            return { date, session };
        });
        for (const { date, session } of created) {
            rows.push({
                sessionId: session?.id ?? null,
                date,
                startsAt: cls.dailyStart,
                endsAt: cls.dailyEnd,
                state: session_generation_types_1.GeneratedSessionState.NEW,
                status: session ? class_enums_1.SessionStatus.SCHEDULED : null,
                attendanceCount: 0,
            });
        }
        if (!preview)
            await write(tx, ctx, created, toUpdate, toRemove, cls.dailyEnd);
        rows.sort((a, b) => a.date.localeCompare(b.date) || a.startsAt.localeCompare(b.startsAt));
        return {
            classId: cls.id,
            preview,
            created: toCreate.length,
            existing: rows.filter((r) => r.state === session_generation_types_1.GeneratedSessionState.EXISTING).length,
            updated: toUpdate.length,
            skipped: plan.skipped.length,
            removed: toRemove.length,
            kept: rows.filter((r) => r.state === session_generation_types_1.GeneratedSessionState.KEPT).length,
            skippedDates: plan.skipped,
            sessions: rows,
        };
    });
}
async function write(tx, ctx, created, toUpdate, toRemove, dailyEnd) {
    const now = new Date();
    for (const s of toRemove) {
        s.deletedAt = now;
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'delete',
            entityType: 'ClassSession',
            entityId: s.id,
            fields: ['deletedAt'],
            detail: BY,
        });
    }
    for (const s of toUpdate) {
        s.endsAt = dailyEnd;
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'update',
            entityType: 'ClassSession',
            entityId: s.id,
            fields: ['endsAt'],
            detail: BY,
        });
    }
    for (const { session } of created) {
        (0, audit_service_1.recordAudit)(tx, ctx, {
            action: 'create',
            entityType: 'ClassSession',
            entityId: session.id,
            fields: ['classId', 'date', 'startsAt', 'endsAt', 'status'],
            detail: BY,
        });
    }
    try {
        await tx.flush();
    }
    catch (e) {
        // The class lock serializes generations; a session written meanwhile by other means lands here.
        if (e.constraint === 'class_session_starts_at_live_unique') {
            throw (0, errors_1.conflict)('课次已被他人修改，请刷新后重试');
        }
        throw e;
    }
}
/** Live attendance records per session, one statement. */
async function attendanceCounts(tx, ids) {
    if (!ids.length)
        return new Map();
    const rows = await tx.execute(`select session_id, count(*)::int n from attendance
      where session_id = any(?::uuid[]) and deleted_at is null group by session_id`, [`{${ids.join(',')}}`]);
    return new Map(rows.map((r) => [r.session_id, r.n]));
}
//# sourceMappingURL=session-generation.service.js.map