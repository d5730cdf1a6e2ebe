import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { chinaToday, daysOverdue, STAFF_ROLES, useRole } from '../../ui';

/** The inbox lists are sorted oldest due first: the overdue ones are at the head of this many. */
const APPROVALS_LOOKED_AT = 100;

export interface TodayWork {
  /** Approval steps waiting for the user's organization (staff only), and how many are overdue. */
  approvals: { total: number; overdue: number } | null;
  /** Sessions up to today still without a roll call (status SCHEDULED), and those of today. */
  openRollCalls: number;
  todayOpen: number;
  /** People on a waitlist. */
  waitlisted: number;
}

/** What needs the user today, from the same API calls as the lists it links to (same scope). */
export function useTodayWork() {
  const role = useRole();
  const dataProvider = useDataProvider<AppDataProvider>();
  const staff = Boolean(role && STAFF_ROLES.includes(role));
  return useQuery({
    queryKey: ['today-work', role],
    enabled: Boolean(role) && role !== 'ANALYST',
    retry: false,
    queryFn: async (): Promise<TodayWork> => {
      const today = chinaToday();
      const count = async (resource: string, filter: Record<string, unknown>) =>
        (
          await dataProvider.getList(resource, {
            pagination: { page: 1, perPage: 1 },
            sort: { field: 'id', order: 'ASC' },
            filter,
          })
        ).total ?? 0;
      const [approvals, openRollCalls, todayOpen, waitlisted] = await Promise.all([
        staff
          ? dataProvider.pendingApprovals(0, APPROVALS_LOOKED_AT).then((r) => ({
              total: r.total,
              overdue: r.rows.filter((s) => daysOverdue(s.dueOn, today) > 0).length,
            }))
          : Promise.resolve(null),
        count('ClassSession', openRollCallFilter(today)),
        count('ClassSession', { ...openRollCallFilter(today), date_gte: today }),
        count('Enrollment', waitlistFilter),
      ]);
      return { approvals, openRollCalls, todayOpen, waitlisted };
    },
  });
}

export const openRollCallFilter = (today: string) => ({ status: 'SCHEDULED', date_lte: today });
export const waitlistFilter = { status: 'WAITLISTED' };
