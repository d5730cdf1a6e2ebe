import {
  CancelSessionDocument,
  ClassEnrollmentsDocument,
  ClassOverviewDocument,
  EnrollDocument,
  GenerateSessionsDocument,
  LowAttendanceDocument,
  WithdrawDocument,
  type ClassEnrollmentFieldsFragment,
  type ClassOverviewQuery,
  type EnrollMutationVariables,
  type EnrollmentStatus,
  type GenerateSessionsMutation,
} from '../../generated-api/operations';
import { runMutation, runQuery } from './call';

/**
 * 班级: session generation (with preview), cancellation of a session, enrollment with the waitlist, attendance
 * rates. The documents are in operations/class.graphql; the types below name parts of their generated results.
 */
export type SessionGeneration = GenerateSessionsMutation['generation'];
export type GeneratedSession = SessionGeneration['sessions'][number];
export type ClassEnrollment = ClassEnrollmentFieldsFragment;
export type EnrollmentAttendance = ClassEnrollment['attendanceSummary'];
export type ClassOverview = NonNullable<ClassOverviewQuery['cls']> & { waitlisted: ClassOverviewQuery['waitlisted'] };
export type EnrollInput = EnrollMutationVariables;

/** The API's largest page. */
const PAGE = 100;

export const classActions = {
  async generateClassSessions(classId: string, preview: boolean, skipDates: string[]): Promise<SessionGeneration> {
    const r = await runMutation(GenerateSessionsDocument, { classId, preview, skipDates });
    return r.generation;
  },

  async cancelClassSession(id: string, reason: string): Promise<void> {
    await runMutation(CancelSessionDocument, { id, reason });
  },

  async classOverview(id: string): Promise<ClassOverview | null> {
    const r = await runQuery(ClassOverviewDocument, { id });
    return r.cls && { ...r.cls, waitlisted: r.waitlisted };
  },

  /** All of a class's enrollments (of the given statuses), in the order they were made, with attendance rates. */
  async classEnrollments(classId: string, statuses?: EnrollmentStatus[]): Promise<ClassEnrollment[]> {
    const where = { classId: { equals: classId }, ...(statuses ? { status: { in: statuses } } : {}) };
    const all: ClassEnrollment[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const r = await runQuery(ClassEnrollmentsDocument, { where, skip, take: PAGE });
      all.push(...r.rows);
      if (r.rows.length < PAGE) return all;
    }
  },

  async lowAttendanceEnrollments(classId: string): Promise<ClassEnrollment[]> {
    const r = await runQuery(LowAttendanceDocument, { classId });
    return r.rows;
  },

  async enroll(input: EnrollInput): Promise<ClassEnrollment> {
    const r = await runMutation(EnrollDocument, { ...input });
    return r.enrollment;
  },

  async withdrawEnrollment(id: string): Promise<void> {
    await runMutation(WithdrawDocument, { id });
  },
};
