import {
  CheckInDocument,
  CheckOutDocument,
  GuardiansDocument,
  RecordAttendanceDocument,
  SessionAttendanceDocument,
  SessionInfoDocument,
  VerifyDocument,
  type AttendanceRecordFieldsFragment,
  type AttendanceRowInput,
  type GuardiansQuery,
  type SessionInfoQuery,
} from '../../generated-api/operations';
import { runMutation, runQuery } from './call';

/**
 * 考勤: a session's roster (点名) saved at once, check-in and check-out (签到签退), verification (核验). The
 * documents are in operations/attendance.graphql; the types below name parts of their generated results.
 */
export type { AttendanceRowInput, AttendanceStatus } from '../../generated-api/operations';
export type SessionInfo = NonNullable<SessionInfoQuery['session']>;
/** `leftEarly`: checked out more than 15 minutes before the end (早退), marked by the API. */
export type AttendanceRecord = AttendanceRecordFieldsFragment;
export type Guardian = GuardiansQuery['rows'][number];

const PAGE = 100;

export const attendanceActions = {
  async sessionInfo(id: string): Promise<SessionInfo | null> {
    const r = await runQuery(SessionInfoDocument, { id });
    return r.session;
  },

  /** Every attendance row of a session (a roster can be longer than one page). */
  async sessionAttendance(sessionId: string): Promise<AttendanceRecord[]> {
    const all: AttendanceRecord[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const r = await runQuery(SessionAttendanceDocument, { sessionId, skip, take: PAGE });
      all.push(...r.rows);
      if (r.rows.length < PAGE) return all;
    }
  },

  async recordAttendance(sessionId: string, rows: AttendanceRowInput[]): Promise<void> {
    await runMutation(RecordAttendanceDocument, { sessionId, rows });
  },

  async verifySessionAttendance(sessionId: string): Promise<void> {
    await runMutation(VerifyDocument, { sessionId });
  },

  async checkIn(sessionId: string, enrollmentId: string, at: string | null): Promise<void> {
    await runMutation(CheckInDocument, { sessionId, enrollmentId, at });
  },

  async checkOut(
    sessionId: string,
    enrollmentId: string,
    pickedUpById: string | null,
    at: string | null,
  ): Promise<void> {
    await runMutation(CheckOutDocument, { sessionId, enrollmentId, pickedUpById, at });
  },

  /** A person's guardians (监护人), for the applicant of a child's enrollment and for pick-up. */
  async guardiansOf(wardId: string): Promise<Guardian[]> {
    const r = await runQuery(GuardiansDocument, { wardId });
    return r.rows;
  },
};
