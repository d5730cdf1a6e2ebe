import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from '../../common/crud/crud-service';
import { isUuid } from '../../common/crud/paging';
import type { ResourceSpec } from '../../common/resource';
import { assertCanWrite } from '../../common/scope/access';
import { badInput, conflict, notFound } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { ClassSession } from './class-session.entity';
import { classSessionResource } from './class-session.resource';
import { scheduleDates } from './class-schedule';
import { ClassStatus, SessionKind, SessionStatus } from './class.enums';
import { ServiceClass } from './service-class.entity';
import { GeneratedSessionState as S, type GeneratedSession, type SessionGeneration } from './session-generation.types';

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
export const MAX_GENERATED_SESSIONS = 1000;
const spec = classSessionResource as unknown as ResourceSpec;
const NO_SCOPE = { filters: { scope: false } } as const;
const BY = { by: 'generateClassSessions' };

export async function generateClassSessions(
  ctx: CrudContext,
  classId: string,
  preview: boolean,
  skipDates: readonly string[] | null | undefined,
): Promise<SessionGeneration> {
  assertCanWrite(ctx, spec);
  const skip = new Set(skipDates ?? []);
  if (skip.size > MAX_GENERATED_SESSIONS) {
    throw badInput({ skipDates: `跳过日期最多${MAX_GENERATED_SESSIONS}个` });
  }
  return ctx.em.transactional(async (tx) => {
    const cls = isUuid(classId)
      ? await tx.findOne(
          ServiceClass,
          { id: classId },
          preview ? {} : { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        )
      : null;
    if (!cls) throw notFound('ServiceClass', classId);
    if (cls.status === ClassStatus.CANCELLED) {
      throw conflict('班级已取消，不能生成课次', { status: cls.status });
    }
    const plan = scheduleDates(cls.startsOn, cls.endsOn, cls.weekdays, skip, MAX_GENERATED_SESSIONS);
    if (plan.overLimit) {
      throw badInput(
        { classId: `按排期将生成超过${MAX_GENERATED_SESSIONS}个课次，请缩短班级起止日期或分期开班` },
        `一次最多生成${MAX_GENERATED_SESSIONS}个课次`,
      );
    }

    const existing = await tx.find(ClassSession, { serviceClass: cls.id }, NO_SCOPE);
    const attendance = await attendanceCounts(
      tx,
      existing.map((s) => s.id),
    );
    const byKey = new Map(existing.map((s) => [`${s.date}|${s.startsAt}`, s]));
    const rows: GeneratedSession[] = [];
    const toCreate: string[] = [];
    const toUpdate: ClassSession[] = [];
    const toRemove: ClassSession[] = [];
    const row = (s: ClassSession, state: GeneratedSession['state'], endsAt = s.endsAt): GeneratedSession => ({
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
      const retime =
        found.status === SessionStatus.SCHEDULED && found.endsAt !== cls.dailyEnd && !attendance.get(found.id);
      if (retime) toUpdate.push(found);
      rows.push(row(found, retime ? S.UPDATED : S.EXISTING, retime ? cls.dailyEnd : found.endsAt));
    }
    for (const off of byKey.values()) {
      const keep = (attendance.get(off.id) ?? 0) > 0;
      if (!keep) toRemove.push(off);
      rows.push(row(off, keep ? S.KEPT : S.REMOVED));
    }

    const created = toCreate.map((date) => {
      const session = preview
        ? null
        : tx.create(ClassSession, {
            serviceClass: cls,
            date,
            startsAt: cls.dailyStart,
            endsAt: cls.dailyEnd,
            kind: SessionKind.LESSON,
            status: SessionStatus.SCHEDULED,
          });
      return { date, session };
    });
    for (const { date, session } of created) {
      rows.push({
        sessionId: session?.id ?? null,
        date,
        startsAt: cls.dailyStart,
        endsAt: cls.dailyEnd,
        state: S.NEW,
        status: session ? SessionStatus.SCHEDULED : null,
        attendanceCount: 0,
      });
    }

    if (!preview) await write(tx, ctx, created, toUpdate, toRemove, cls.dailyEnd);
    rows.sort((a, b) => a.date.localeCompare(b.date) || a.startsAt.localeCompare(b.startsAt));
    return {
      classId: cls.id,
      preview,
      created: toCreate.length,
      existing: rows.filter((r) => r.state === S.EXISTING).length,
      updated: toUpdate.length,
      skipped: plan.skipped.length,
      removed: toRemove.length,
      kept: rows.filter((r) => r.state === S.KEPT).length,
      skippedDates: plan.skipped,
      sessions: rows,
    };
  });
}

async function write(
  tx: EntityManager,
  ctx: CrudContext,
  created: { session: ClassSession | null }[],
  toUpdate: ClassSession[],
  toRemove: ClassSession[],
  dailyEnd: string,
): Promise<void> {
  const now = new Date();
  for (const s of toRemove) {
    s.deletedAt = now;
    recordAudit(tx, ctx, {
      action: 'delete',
      entityType: 'ClassSession',
      entityId: s.id,
      fields: ['deletedAt'],
      detail: BY,
    });
  }
  for (const s of toUpdate) {
    s.endsAt = dailyEnd;
    recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'ClassSession',
      entityId: s.id,
      fields: ['endsAt'],
      detail: BY,
    });
  }
  for (const { session } of created) {
    recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'ClassSession',
      entityId: session!.id,
      fields: ['classId', 'date', 'startsAt', 'endsAt', 'status'],
      detail: BY,
    });
  }
  try {
    await tx.flush();
  } catch (e) {
    // The class lock serializes generations; a session written meanwhile by other means lands here.
    if ((e as { constraint?: string }).constraint === 'class_session_starts_at_live_unique') {
      throw conflict('课次已被他人修改，请刷新后重试');
    }
    throw e;
  }
}

/** Live attendance records per session, one statement. */
async function attendanceCounts(tx: EntityManager, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await tx.execute<{ session_id: string; n: number }[]>(
    `select session_id, count(*)::int n from attendance
      where session_id = any(?::uuid[]) and deleted_at is null group by session_id`,
    [`{${ids.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.session_id, r.n]));
}
