import { gql } from '@apollo/client';
import { runMutation, runQuery } from './call';

/** 考勤: a session's roster (点名) saved at once, check-in and check-out (签到签退), verification (核验). */
export type AttendanceStatus = 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED';

export interface SessionInfo {
  id: string;
  classId: string;
  date: string;
  startsAt: string;
  endsAt: string;
  status: string;
  topic: string | null;
  attendanceVerifiedAt: string | null;
  serviceClass: { id: string; name: string } | null;
}
export interface AttendanceRecord {
  id: string;
  enrollmentId: string;
  status: AttendanceStatus;
  checkInAt: string | null;
  checkOutAt: string | null;
  /** Checked out more than 15 minutes before the end (早退), marked by the API. */
  leftEarly: boolean;
  pickedUpById: string | null;
  pickedUpBy: { id: string; name: string | null } | null;
  note: string | null;
  enrollment: {
    id: string;
    status: string;
    beneficiaryId: string;
    beneficiary: { id: string; name: string | null } | null;
  } | null;
}
export interface AttendanceRowInput {
  enrollmentId: string;
  status: AttendanceStatus;
  checkInAt?: string | null;
  checkOutAt?: string | null;
  pickedUpById?: string | null;
  note?: string | null;
}
export interface Guardian {
  id: string;
  guardianId: string;
  relation: string;
  mayPickUp: boolean | null;
  isPrimary: boolean | null;
  guardian: { id: string; name: string | null } | null;
}

const PAGE = 100;
const RECORD = `id enrollmentId status checkInAt checkOutAt leftEarly pickedUpById pickedUpBy { id name } note
  enrollment { id status beneficiaryId beneficiary { id name } }`;

export const attendanceActions = {
  async sessionInfo(id: string): Promise<SessionInfo | null> {
    const r = await runQuery<{ session: SessionInfo | null }>(
      gql`
        query SessionInfo($id: ID!) {
          session: classSession(id: $id) {
            id
            classId
            date
            startsAt
            endsAt
            status
            topic
            attendanceVerifiedAt
            serviceClass {
              id
              name
            }
          }
        }
      `,
      { id },
    );
    return r.session;
  },

  /** Every attendance row of a session (a roster can be longer than one page). */
  async sessionAttendance(sessionId: string): Promise<AttendanceRecord[]> {
    const all: AttendanceRecord[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const r = await runQuery<{ rows: AttendanceRecord[] }>(
        gql`
          query SessionAttendance($sessionId: ID!, $skip: Int, $take: Int) {
            rows: attendanceRecords(where: { sessionId: { equals: $sessionId } }, skip: $skip, take: $take) { ${RECORD} }
          }
        `,
        { sessionId, skip, take: PAGE },
      );
      all.push(...r.rows);
      if (r.rows.length < PAGE) return all;
    }
  },

  async recordAttendance(sessionId: string, rows: AttendanceRowInput[]): Promise<void> {
    await runMutation(
      gql`
        mutation RecordAttendance($sessionId: ID!, $rows: [AttendanceRowInput!]!) {
          recordAttendance(sessionId: $sessionId, rows: $rows) {
            id
          }
        }
      `,
      { sessionId, rows },
    );
  },

  async verifySessionAttendance(sessionId: string): Promise<void> {
    await runMutation(
      gql`
        mutation Verify($sessionId: ID!) {
          verifySessionAttendance(sessionId: $sessionId) {
            id
            attendanceVerifiedAt
          }
        }
      `,
      { sessionId },
    );
  },

  async checkIn(sessionId: string, enrollmentId: string, at: string | null): Promise<void> {
    await runMutation(
      gql`
        mutation CheckIn($sessionId: ID!, $enrollmentId: ID!, $at: DateTime) {
          checkIn(sessionId: $sessionId, enrollmentId: $enrollmentId, at: $at) {
            id
          }
        }
      `,
      { sessionId, enrollmentId, at },
    );
  },

  async checkOut(
    sessionId: string,
    enrollmentId: string,
    pickedUpById: string | null,
    at: string | null,
  ): Promise<void> {
    await runMutation(
      gql`
        mutation CheckOut($sessionId: ID!, $enrollmentId: ID!, $pickedUpById: ID, $at: DateTime) {
          checkOut(sessionId: $sessionId, enrollmentId: $enrollmentId, pickedUpById: $pickedUpById, at: $at) {
            id
          }
        }
      `,
      { sessionId, enrollmentId, pickedUpById, at },
    );
  },

  /** A person's guardians (监护人), for the applicant of a child's enrollment and for pick-up. */
  async guardiansOf(wardId: string): Promise<Guardian[]> {
    const r = await runQuery<{ rows: Guardian[] }>(
      gql`
        query Guardians($wardId: ID!) {
          rows: guardianships(where: { wardId: { equals: $wardId } }, take: 100) {
            id
            guardianId
            relation
            mayPickUp
            isPrimary
            guardian {
              id
              name
            }
          }
        }
      `,
      { wardId },
    );
    return r.rows;
  },
};
