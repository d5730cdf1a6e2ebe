import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { AttendanceRecord, SessionInfo } from '../../data/domain/attendance-actions';

/** One person of a session's roster: a live enrollment of the class, with its attendance row if any. */
export interface RosterLine {
  enrollmentId: string;
  beneficiaryId: string;
  name: string;
  attendance: AttendanceRecord | null;
}

/** The roster (点名册) of a session: every ENROLLED or COMPLETED enrollment of its class, plus anyone already recorded. */
export function useRoster(sessionId: string) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const key = ['roster', sessionId];
  const query = useQuery({
    queryKey: key,
    enabled: Boolean(sessionId),
    queryFn: async (): Promise<{ session: SessionInfo; lines: RosterLine[] } | null> => {
      const session = await dataProvider.sessionInfo(sessionId);
      if (!session) return null;
      const [enrollments, records] = await Promise.all([
        dataProvider.classEnrollments(session.classId, ['ENROLLED', 'COMPLETED']),
        dataProvider.sessionAttendance(sessionId),
      ]);
      const byEnrollment = new Map(records.map((r) => [r.enrollmentId, r]));
      const lines: RosterLine[] = enrollments.map((e) => ({
        enrollmentId: e.id,
        beneficiaryId: e.beneficiaryId,
        name: e.beneficiary?.name ?? '—',
        attendance: byEnrollment.get(e.id) ?? null,
      }));
      // Someone recorded before withdrawing stays on this session's roster.
      const listed = new Set(lines.map((l) => l.enrollmentId));
      for (const r of records)
        if (!listed.has(r.enrollmentId))
          lines.push({
            enrollmentId: r.enrollmentId,
            beneficiaryId: r.enrollment?.beneficiaryId ?? '',
            name: r.enrollment?.beneficiary?.name ?? '—',
            attendance: r,
          });
      lines.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      return { session, lines };
    },
  });
  return { ...query, reload: () => queryClient.invalidateQueries({ queryKey: key }) };
}
