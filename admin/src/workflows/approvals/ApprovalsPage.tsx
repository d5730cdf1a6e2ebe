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
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TablePagination,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import type { PendingApproval } from '../../data/domain/project-actions';
import { daysOverdue, STAFF_ROLES, useFormat, useRole } from '../../ui';
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
        {error && <Alert severity="error">{translate((error as Error).message)}</Alert>}
        {data && rows.length === 0 && <Alert severity="success">{translate('linli.approvals.empty')}</Alert>}
        {rows.length > 0 && (
          <Table
            size="small"
            data-testid="approvals"
            sx={{ '& th, & td:not(:first-of-type)': { whiteSpace: 'nowrap' } }}
          >
            <TableHead>
              <TableRow>
                <TableCell>{translate('linli.approvals.project')}</TableCell>
                <TableCell>{translate('linli.approvals.sponsor')}</TableCell>
                <TableCell>{translate('resources.ServiceProject.fields.category')}</TableCell>
                <TableCell align="right">{translate('resources.ServiceProject.fields.budgetFen')}</TableCell>
                <TableCell>{translate('linli.approvals.submitted')}</TableCell>
                <TableCell>{translate('linli.approvals.due')}</TableCell>
                <TableCell align="right">{translate('linli.approvals.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((step) => {
                const late = daysOverdue(step.dueOn);
                const p = step.project;
                return (
                  <TableRow key={step.id} sx={late > 0 ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined}>
                    <TableCell>
                      <Link to={createPath({ resource: 'ServiceProject', id: step.projectId, type: 'show' })}>
                        {p?.name ?? '—'}
                      </Link>
                    </TableCell>
                    <TableCell>{p?.sponsor?.name ?? '—'}</TableCell>
                    <TableCell>{p ? translate(`enums.ProjectCategory.${p.category}`) : '—'}</TableCell>
                    <TableCell align="right">{p?.budgetFen != null ? f.money(p.budgetFen) : '—'}</TableCell>
                    <TableCell>{f.datetime(step.createdAt).slice(0, 10)}</TableCell>
                    <TableCell>
                      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                        {f.date(step.dueOn)}
                        {late > 0 && (
                          <Chip
                            size="small"
                            color="error"
                            label={translate('linli.approvals.overdue', { days: late })}
                          />
                        )}
                      </Stack>
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
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
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
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
        onDone={() => void refetch()}
      />
    </Card>
  );
};
