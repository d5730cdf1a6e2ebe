import { SessionsCancelDocument, SessionsGenerateDocument } from '../generated/operations';
import { uuidv7 } from 'uuidv7';
import { classInput, create, insertEnrollments, type World } from './fixtures';
import type { GqlResponse, TestApp } from './test-app';

/** generateClassSessions and cancelClassSession as a client sends them, for the session tests. */
export interface Generation {
  classId: string;
  preview: boolean;
  created: number;
  existing: number;
  updated: number;
  skipped: number;
  removed: number;
  kept: number;
  skippedDates: string[];
  sessions: {
    sessionId: string | null;
    date: string;
    startsAt: string;
    endsAt: string;
    state: string;
    status: string | null;
    attendanceCount: number;
  }[];
}

export const GENERATE = SessionsGenerateDocument;
export const CANCEL = SessionsCancelDocument;
export const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

export function sessionHelpers(app: TestApp, world: World) {
  const generate = (id: string, preview: boolean, skip: string[] | null = null) =>
    app.gql(GENERATE, { id, p: preview, skip }) as Promise<GqlResponse<{ r: Generation }>>;
  return {
    generate,
    /** The generation, failing the test on any error. */
    async generated(id: string, preview: boolean, skip: string[] | null = null): Promise<Generation> {
      const res = await generate(id, preview, skip);
      expect(res.errors).toBeUndefined();
      return res.data!.r;
    },
    /** A class of the world's project (or of one holding its dates): Mon–Fri 8:00–17:30, two weeks from Monday 2025-07-14. */
    klass: async (over: Record<string, unknown> = {}) =>
      create(
        app,
        'ServiceClass',
        await classInput(app, world, {
          startsOn: '2025-07-14',
          endsOn: '2025-07-27',
          weekdays: [1, 2, 3, 4, 5],
          dailyStart: '08:00:00',
          dailyEnd: '17:30:00',
          ...over,
        }),
      ),
    /** The class's live sessions in the database. */
    live: (classId: string) =>
      app.sql<{ id: string; date: string; starts_at: string; ends_at: string; status: string }>(
        `select id, date::text, starts_at::text, ends_at::text, status from class_session
          where class_id = $1 and deleted_at is null order by date, starts_at`,
        [classId],
      ),
    /** Audit events written for sessions so far. */
    writes: async () =>
      Number(
        (await app.sql<{ n: string }>(`select count(*) n from audit_event where entity_type = 'ClassSession'`))[0].n,
      ),
    /** An attendance row for a session, written with SQL (what recording attendance leaves behind). */
    async attend(sessionId: string, classId: string): Promise<void> {
      const [found] = await app.sql<{ id: string }>(
        'select id from enrollment where class_id = $1 and beneficiary_id = $2 and deleted_at is null',
        [classId, world.parent],
      );
      const enrollment = found?.id ?? (await insertEnrollments(app, [{ classId, beneficiaryId: world.parent }]))[0];
      await app.sql(`insert into attendance (id, session_id, enrollment_id, status) values ($1, $2, $3, 'EXCUSED')`, [
        uuidv7(),
        sessionId,
        enrollment,
      ]);
    },
    liveAttendance: async (sessionId: string) =>
      (
        await app.sql<{ n: number }>(
          'select count(*)::int n from attendance where session_id = $1 and deleted_at is null',
          [sessionId],
        )
      )[0].n,
  };
}
