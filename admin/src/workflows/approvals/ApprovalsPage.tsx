import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import {
  Alert,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  TablePagination,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { PendingApproval } from '../../data/domain/project-actions';
import { daysOverdue, ResponsiveTable, STAFF_ROLES, useFormat, useRole, type Column } from '../../ui';
import { DecisionDialog } from './DecisionDialog';

/**
 * 审批待办: the approval steps the user may decide (the API says which: their organization's), oldest
 * due first, overdue ones highlighted; each approved or rejected with a comment.
 */
export const ApprovalsPage = () => {
  const translate = useTranslate();
  const role = useRole();
  const f = useFormat();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [deciding, setDeciding] = useState<{ decision: 'approve' | 'reject'; step: PendingApproval } | null>(null);
  const allowed = role ? STAFF_ROLES.includes(role) : undefined;
  const { data, isPending, error, refetch } = useQuery({
    queryKey: ['pendingApprovals', page, perPage],
    queryFn: () => dataProvider.pendingApprovals(page * perPage, perPage),
    enabled: Boolean(allowed),
  });
  if (allowed === false) return <Alert severity="warning">{translate('ra.message.access_denied')}</Alert>;
  const rows = data?.rows ?? [];
  const columns: Column<PendingApproval>[] = [
    {
      key: 'project',
      role: 'title',
      label: translate('linli.approvals.project'),
      render: (step) => (
        <Link to={createPath({ resource: 'ServiceProject', id: step.projectId, type: 'show' })}>
          {step.project?.name ?? '—'}
        </Link>
      ),
    },
    { key: 'sponsor', label: translate('linli.approvals.sponsor'), render: (s) => s.project?.sponsor?.name ?? '—' },
    {
      key: 'category',
      label: translate('resources.ServiceProject.fields.category'),
      render: (s) => (s.project ? translate(`enums.ProjectCategory.${s.project.category}`) : '—'),
    },
    {
      key: 'budget',
      align: 'right',
      label: translate('resources.ServiceProject.fields.budgetFen'),
      render: (s) => (s.project?.budgetFen != null ? f.money(s.project.budgetFen) : '—'),
    },
    {
      key: 'submitted',
      label: translate('linli.approvals.submitted'),
      render: (s) => f.datetime(s.createdAt).slice(0, 10),
    },
    {
      key: 'due',
      label: translate('linli.approvals.due'),
      render: (s) => {
        const late = daysOverdue(s.dueOn);
        return (
          <Stack component="span" direction="row" sx={{ gap: 1, alignItems: 'center', display: 'inline-flex' }}>
            {f.date(s.dueOn)}
            {late > 0 && (
              <Chip size="small" color="error" label={translate('linli.approvals.overdue', { days: late })} />
            )}
          </Stack>
        );
      },
    },
    {
      key: 'actions',
      role: 'actions',
      label: translate('linli.approvals.actions'),
      render: (step) => (
        <>
          <Button
            size="small"
            color="success"
            startIcon={<CheckIcon />}
            onClick={() => setDeciding({ decision: 'approve', step })}
          >
            {translate('linli.approvals.approve')}
          </Button>
          <Button
            size="small"
            color="error"
            startIcon={<CloseIcon />}
            onClick={() => setDeciding({ decision: 'reject', step })}
          >
            {translate('linli.approvals.reject')}
          </Button>
        </>
      ),
    },
  ];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('linli.approvals.title')} />
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, mb: 1 }}>
          <Typography variant="h6" component="h1">
            {translate('linli.approvals.title')}
          </Typography>
          {data && (
            <Typography variant="body2" color="text.secondary">
              {translate('linli.approvals.count', { count: data.total })}
            </Typography>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('linli.approvals.help')}
        </Typography>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{translate(error.message)}</Alert>}
        {data && rows.length === 0 && <Alert severity="success">{translate('linli.approvals.empty')}</Alert>}
        {rows.length > 0 && (
          <ResponsiveTable
            rows={rows}
            columns={columns}
            rowKey={(step) => step.id}
            testId="approvals"
            rowTestId="approval-row"
            rowSx={(step) => (daysOverdue(step.dueOn) > 0 ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined)}
          />
        )}
        {data && data.total > perPage && (
          <TablePagination
            component="div"
            count={data.total}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_e, p) => setPage(p)}
            onRowsPerPageChange={(e) => (setPerPage(Number(e.target.value)), setPage(0))}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
            }
          />
        )}
      </CardContent>
      <DecisionDialog
        decision={deciding?.decision ?? null}
        project={deciding?.step.project ?? null}
        onClose={() => setDeciding(null)}
        onDone={() => (void refetch(), void queryClient.invalidateQueries({ queryKey: ['today-work'] }))}
      />
    </Card>
  );
};
