import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Button, Chip, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import type { Round, RoundApplication } from '../../data/domain/round-actions';
import type { AppDataProvider } from '../../data/data-provider';
import { CommentDialog, ResponsiveTable, Section, useRunAction } from '../../ui';
import { ApplyDialog } from './ApplyDialog';
import { DrawResult } from './DrawResult';
import { RoundClassesSection } from './RoundClassesSection';
import { applicationCounts, withdrawOpen } from './round-rules';
import { useRoundApplications, useRoundClass, useRoundReload } from './round-queries';

const COLOR: Record<string, 'success' | 'warning' | 'info' | 'default'> = {
  APPLIED: 'info',
  WON: 'success',
  WAITLISTED: 'warning',
};

/** 已申请 / 中签第 2 位 / 候补第 1 位 / 已撤回. */
const Outcome = ({ a }: { a: RoundApplication }) => {
  const translate = useTranslate();
  const s = a.status ?? '';
  const label =
    (s === 'WON' || s === 'WAITLISTED') && a.drawPosition
      ? translate(`linli.round.position_${s.toLowerCase()}`, { position: a.drawPosition })
      : translate(`enums.ApplicationStatus.${s}`);
  return <Chip size="small" color={COLOR[s] ?? 'default'} variant={COLOR[s] ? 'filled' : 'outlined'} label={label} />;
};

/**
 * 申请名单 of a round: every application by number, the person as the console shows people (the API masks
 * what the user may not read), tier, sibling mark and status; 报名 and 撤回 while the round takes
 * applications; after the draw its result above the list.
 */
export const RoundApplicationsPanel = () => {
  const record = useRecordContext<Round>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  // Applying and withdrawing are written as enrollments are (the API's writers of applications).
  const access = useAccess('Enrollment');
  const dataProvider = useDataProvider<AppDataProvider>();
  const { busy, run } = useRunAction();
  const id = String(record?.id ?? '');
  const { data: withClass } = useRoundClass(id);
  const { data, error, isPending } = useRoundApplications(id);
  const reload = useRoundReload(id);
  const [applying, setApplying] = useState(false);
  const [withdrawing, setWithdrawing] = useState<RoundApplication | null>(null);
  if (!record) return null;
  const rows = data ?? [];
  const counts = applicationCounts(rows);
  const field = (name: string) => translate(`resources.Application.fields.${name}`);
  const cls = withClass?.serviceClass;
  const takingApplications = withdrawOpen(record, 'APPLIED');
  // A round over several classes: each application's choices and the class it won or waits on, by label.
  // (Read with the round's class: the generic record holds the resource's own fields only.)
  const classes = withClass?.classes ?? [];
  const several = classes.length > 1;
  const labelOf = new Map(classes.map((c) => [c.classId, c.label]));
  const nameOf = new Map(classes.map((c) => [c.label, c.className]));
  const withdraw = async () => {
    if (!withdrawing) return;
    const r = await run(() => dataProvider.withdrawApplication(withdrawing.id), 'linli.round.withdrawn');
    if (r.ok) setWithdrawing(null);
    reload();
  };
  return (
    <>
      {several && withClass && <RoundClassesSection round={withClass} />}
      {record.status !== 'OPEN' && record.drawnAt && <DrawResult round={record} />}
      <Section
        title={translate('linli.round.applications_title', { live: counts.live, places: record.places })}
        testId="round-applications"
        actions={
          access.update &&
          takingApplications &&
          cls && (
            <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setApplying(true)}>
              {translate('linli.round.apply_button')}
            </Button>
          )
        }
      >
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{translate(error.message)}</Alert>}
        {data && !rows.length && <Alert severity="info">{translate('linli.round.no_applications')}</Alert>}
        {rows.length > 0 && (
          <ResponsiveTable
            rows={rows}
            rowKey={(a) => a.id}
            rowTestId="application-row"
            columns={[
              { key: 'number', label: translate('linli.round.number'), render: (a) => a.number },
              {
                key: 'person',
                role: 'title',
                label: field('beneficiaryId'),
                render: (a) => (
                  <Link to={createPath({ resource: 'Application', id: a.id, type: 'show' })}>
                    {a.beneficiary?.name ?? '—'}
                  </Link>
                ),
              },
              { key: 'applicant', label: field('applicantId'), render: (a) => a.applicant?.name ?? '—' },
              { key: 'tier', align: 'right', label: field('tier'), render: (a) => a.tier },
              { key: 'group', label: field('siblingGroup'), render: (a) => a.siblingGroup ?? '—' },
              ...(several
                ? [
                    {
                      key: 'choices',
                      label: translate('linli.round_classes.choices'),
                      render: (a: RoundApplication) => (
                        <span title={(a.choices ?? []).map((l) => `${l} ${nameOf.get(l) ?? ''}`).join(' › ')}>
                          {(a.choices ?? []).join(' › ')}
                        </span>
                      ),
                    },
                  ]
                : []),
              { key: 'days', align: 'right', label: field('daysBooked'), render: (a) => a.daysBooked },
              { key: 'status', label: translate('linli.round.outcome'), render: (a) => <Outcome a={a} /> },
              ...(several
                ? [
                    {
                      key: 'placed',
                      label: translate('linli.round_classes.placed'),
                      render: (a: RoundApplication) => {
                        const label = a.enrollment ? labelOf.get(a.enrollment.classId) : undefined;
                        return label ? `${label} · ${nameOf.get(label) ?? ''}` : '—';
                      },
                    },
                  ]
                : []),
              {
                key: 'actions',
                role: 'actions',
                label: '',
                render: (a) =>
                  access.update &&
                  withdrawOpen(record, a.status) && (
                    <Button size="small" color="error" onClick={() => setWithdrawing(a)}>
                      {translate('linli.round.withdraw')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
        {withClass && cls && (
          <ApplyDialog
            round={{ ...withClass, serviceClass: cls }}
            open={applying}
            onClose={(applied) => {
              setApplying(false);
              if (applied) reload();
            }}
          />
        )}
        <CommentDialog
          open={withdrawing !== null}
          title={translate('linli.round.withdraw_title', { name: withdrawing?.beneficiary?.name ?? '' })}
          text={translate('linli.round.withdraw_text')}
          confirm={translate('linli.round.withdraw')}
          busy={busy}
          onClose={() => setWithdrawing(null)}
          onConfirm={() => void withdraw()}
        />
      </Section>
    </>
  );
};
