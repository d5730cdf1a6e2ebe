import { gql } from '@apollo/client';
import { runMutation, runQuery } from './call';

/** 班级: session generation (with preview), cancellation of a session, enrollment with the waitlist, attendance rates. */
export interface GeneratedSession {
  sessionId: string | null;
  date: string;
  startsAt: string;
  endsAt: string;
  state: 'NEW' | 'EXISTING' | 'UPDATED' | 'REMOVED' | 'KEPT';
  status: string | null;
  attendanceCount: number;
}
export interface SessionGeneration {
  classId: string;
  preview: boolean;
  created: number;
  existing: number;
  updated: number;
  skipped: number;
  removed: number;
  kept: number;
  skippedDates: string[];
  sessions: GeneratedSession[];
}

export interface EnrollmentAttendance {
  counted: number;
  attended: number;
  late: number;
  absent: number;
  excused: number;
  rateBp: number | null;
  belowThreshold: boolean;
}
export interface ClassEnrollment {
  id: string;
  status: string;
  waitlistPosition: number | null;
  daysBooked: number | null;
  feeFen: number | null;
  subsidyFen: number | null;
  payableFen: number | null;
  enrolledAt: string | null;
  createdAt: string;
  beneficiaryId: string;
  beneficiary: { id: string; name: string | null; birthDate?: string | null } | null;
  applicant: { id: string; name: string | null } | null;
  attendanceSummary: EnrollmentAttendance;
}
export interface ClassAttendance {
  heldSessions: number;
  personTimes: number;
  rateBp: number | null;
  belowThresholdCount: number;
  thresholdBp: number;
}
export interface ClassOverview {
  id: string;
  name: string;
  status: string;
  capacity: number;
  enrolledCount: number | null;
  startsOn: string;
  endsOn: string;
  weekdays: number[];
  waitlisted: number;
  attendanceSummary: ClassAttendance;
}
export interface EnrollInput {
  classId: string;
  beneficiaryId: string;
  applicantId: string | null;
  days: number;
  idempotencyKey: string;
}

/** The API's largest page. */
const PAGE = 100;

const ENROLLMENT = `id status waitlistPosition daysBooked feeFen subsidyFen payableFen enrolledAt createdAt beneficiaryId
  beneficiary { id name } applicant { id name }
  attendanceSummary { counted attended late absent excused rateBp belowThreshold }`;

export const classActions = {
  async generateClassSessions(classId: string, preview: boolean, skipDates: string[]): Promise<SessionGeneration> {
    const r = await runMutation<{ generation: SessionGeneration }>(
      gql`
        mutation GenerateSessions($classId: ID!, $preview: Boolean!, $skipDates: [LocalDate!]) {
          generation: generateClassSessions(classId: $classId, preview: $preview, skipDates: $skipDates) {
            classId
            preview
            created
            existing
            updated
            skipped
            removed
            kept
            skippedDates
            sessions {
              sessionId
              date
              startsAt
              endsAt
              state
              status
              attendanceCount
            }
          }
        }
      `,
      { classId, preview, skipDates },
    );
    return r.generation;
  },

  async cancelClassSession(id: string, reason: string): Promise<void> {
    await runMutation(
      gql`
        mutation CancelSession($id: ID!, $reason: String) {
          cancelClassSession(id: $id, reason: $reason) {
            id
            status
          }
        }
      `,
      { id, reason },
    );
  },

  async classOverview(id: string): Promise<ClassOverview | null> {
    const r = await runQuery<{ cls: Omit<ClassOverview, 'waitlisted'> | null; waitlisted: number }>(
      gql`
        query ClassOverview($id: ID!) {
          cls: serviceClass(id: $id) {
            id
            name
            status
            capacity
            enrolledCount
            startsOn
            endsOn
            weekdays
            attendanceSummary {
              heldSessions
              personTimes
              rateBp
              belowThresholdCount
              thresholdBp
            }
          }
          waitlisted: enrollmentsCount(where: { classId: { equals: $id }, status: { equals: WAITLISTED } })
        }
      `,
      { id },
    );
    return r.cls && { ...r.cls, waitlisted: r.waitlisted };
  },

  /** All of a class's enrollments (of the given statuses), in the order they were made, with attendance rates. */
  async classEnrollments(classId: string, statuses?: string[]): Promise<ClassEnrollment[]> {
    const where = { classId: { equals: classId }, ...(statuses ? { status: { in: statuses } } : {}) };
    const all: ClassEnrollment[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const r = await runQuery<{ rows: ClassEnrollment[] }>(
        gql`
          query ClassEnrollments($where: EnrollmentWhere, $skip: Int, $take: Int) {
            rows: enrollments(where: $where, orderBy: [{ createdAt: ASC }], skip: $skip, take: $take) { ${ENROLLMENT} }
          }
        `,
        { where, skip, take: PAGE },
      );
      all.push(...r.rows);
      if (r.rows.length < PAGE) return all;
    }
  },

  async lowAttendanceEnrollments(classId: string): Promise<ClassEnrollment[]> {
    const r = await runQuery<{ rows: ClassEnrollment[] }>(
      gql`
        query LowAttendance($classId: ID!) { rows: lowAttendanceEnrollments(classId: $classId) { ${ENROLLMENT} } }
      `,
      { classId },
    );
    return r.rows;
  },

  async enroll(input: EnrollInput): Promise<ClassEnrollment> {
    const r = await runMutation<{ enrollment: ClassEnrollment }>(
      gql`
        mutation Enroll($classId: ID!, $beneficiaryId: ID!, $applicantId: ID, $days: Int!, $idempotencyKey: String!) {
          enrollment: enroll(
            classId: $classId
            beneficiaryId: $beneficiaryId
            applicantId: $applicantId
            days: $days
            idempotencyKey: $idempotencyKey
          ) { ${ENROLLMENT} }
        }
      `,
      { ...input },
    );
    return r.enrollment;
  },

  async withdrawEnrollment(id: string): Promise<void> {
    await runMutation(
      gql`
        mutation Withdraw($id: ID!) {
          withdrawEnrollment(id: $id) {
            id
            status
          }
        }
      `,
      { id },
    );
  },
};
