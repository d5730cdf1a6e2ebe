import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Button, LinearProgress } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCreatePath, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { AppDataProvider } from '../../data/data-provider';
import type { ClassEnrollment } from '../../data/domain/class-actions';
import { CommentDialog, ResponsiveTable, Section, useFormat, useRunAction } from '../../ui';
import { BlockedButton } from '../rounds/BlockedButton';
import { useInRoundText, useOpenRoundOfClass } from '../rounds/round-queries';
import { AttendanceRate } from './AttendanceRate';
import { EnrollDialog } from './EnrollDialog';
import { EnrollmentStatusChip } from './EnrollmentStatusChip';

const RANK: Record<string, number> = { ENROLLED: 0, COMPLETED: 1, WAITLISTED: 2 };
/** Enrolled first, then the waitlist in its order, then withdrawn and rejected ones. */
const rank = (e: ClassEnrollment) => (e.status && RANK[e.status]) ?? 3;
const order = (a: ClassEnrollment, b: ClassEnrollment) =>
  rank(a) - rank(b) || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0);

/** 报名与候补: the class's places, every enrollment with its fee split and attendance, 报名 and 退出. */
export const EnrollmentsPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const f = useFormat();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const queryClient = useQueryClient();
  const access = useAccess('Enrollment');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const [enrolling, setEnrolling] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ClassEnrollment | null>(null);
  const classId = String(record?.id ?? '');
  const { data: cls } = useQuery({
    queryKey: ['classOverview', classId],
    queryFn: () => dataProvider.classOverview(classId),
    enabled: Boolean(classId),
  });
  // While a round of the class takes applications, places go by lot: no direct enrollment (the API says so too).
  const inRound = useOpenRoundOfClass(classId);
  const inRoundText = useInRoundText();
  const { data, error, isPending } = useQuery({
    queryKey: ['classEnrollments', classId],
    queryFn: () => dataProvider.classEnrollments(classId),
    enabled: Boolean(classId),
  });
  if (!record) return null;
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['classOverview', classId] });
    void queryClient.invalidateQueries({ queryKey: ['classEnrollments', classId] });
    refresh();
  };
  const withdraw = async () => {
    if (!withdrawing) return;
    const r = await run(() => dataProvider.withdrawEnrollment(withdrawing.id), 'linli.enroll.withdrawn', {
      name: withdrawing.beneficiary?.name ?? '',
    });
    if (r.ok) setWithdrawing(null);
    reload();
  };
  const rows = [...(data ?? [])].sort(order);
  const open = record.status === 'OPEN';
  const field = (name: string) => translate(`resources.Enrollment.fields.${name}`);
  return (
    <Section
      title={
        cls
          ? translate('linli.enroll.places', {
              enrolled: cls.enrolledCount ?? 0,
              capacity: cls.capacity,
              waitlisted: cls.waitlisted,
            })
          : translate('linli.enroll.tab')
      }
      testId="enrollments"
      actions={
        access.update &&
        open && (
          <BlockedButton
            label={translate('linli.enroll.button')}
            icon={<PersonAddIcon />}
            reason={inRoundText(inRound)}
            onClick={() => setEnrolling(true)}
            testId="enroll-button"
          />
        )
      }
    >
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && !rows.length && <Alert severity="info">{translate('linli.enroll.empty')}</Alert>}
      {rows.length > 0 && (
        <ResponsiveTable
          rows={rows}
          rowKey={(e) => e.id}
          rowTestId="enrollment-row"
          rowSx={(e) => (e.attendanceSummary.belowThreshold ? { bgcolor: 'rgba(237, 108, 2, 0.08)' } : undefined)}
          columns={[
            {
              key: 'person',
              role: 'title',
              label: field('beneficiaryId'),
              render: (e) => (
                <Link to={createPath({ resource: 'Enrollment', id: e.id, type: 'show' })}>
                  {e.beneficiary?.name ?? '—'}
                </Link>
              ),
            },
            { key: 'applicant', label: field('applicantId'), render: (e) => e.applicant?.name ?? '—' },
            {
              key: 'status',
              label: field('status'),
              render: (e) =>
                e.status ? <EnrollmentStatusChip status={e.status} position={e.waitlistPosition} /> : '—',
            },
            { key: 'days', align: 'right', label: field('daysBooked'), render: (e) => e.daysBooked ?? '—' },
            { key: 'fee', align: 'right', label: field('feeFen'), render: (e) => f.money(e.feeFen ?? 0) },
            { key: 'subsidy', align: 'right', label: field('subsidyFen'), render: (e) => f.money(e.subsidyFen ?? 0) },
            { key: 'payable', align: 'right', label: field('payableFen'), render: (e) => f.money(e.payableFen ?? 0) },
            {
              key: 'attendance',
              label: translate('linli.enroll.attendance'),
              render: (e) => <AttendanceRate summary={e.attendanceSummary} />,
            },
            {
              key: 'actions',
              role: 'actions',
              label: '',
              render: (e) =>
                access.update &&
                (e.status === 'ENROLLED' || e.status === 'WAITLISTED') && (
                  <Button size="small" color="error" onClick={() => setWithdrawing(e)}>
                    {translate('linli.enroll.withdraw')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <EnrollDialog cls={record as never} open={enrolling} onClose={() => (setEnrolling(false), reload())} />
      <CommentDialog
        open={withdrawing !== null}
        title={translate('linli.enroll.withdraw_title', { name: withdrawing?.beneficiary?.name ?? '' })}
        text={translate('linli.enroll.withdraw_text')}
        confirm={translate('linli.enroll.withdraw')}
        busy={busy}
        onClose={() => setWithdrawing(null)}
        onConfirm={() => void withdraw()}
      />
    </Section>
  );
};
