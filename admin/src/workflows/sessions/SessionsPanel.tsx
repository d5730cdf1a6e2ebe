import ChecklistIcon from '@mui/icons-material/Checklist';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Chip, Typography } from '@mui/material';
import {
  Button,
  DataTable,
  Link,
  Pagination,
  ReferenceManyField,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../../app/access';
import { EnumField, LocalDateField, Section, TimeField, usePhone } from '../../ui';
import { CancelSessionButton } from './CancelSessionButton';

/** A session's state for people: 待开展 / 已开展 / 已核验 / 已取消. */
const SessionState = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.attendanceVerifiedAt)
    return <Chip size="small" color="success" label={translate('linli.sessions.verified')} />;
  return <EnumField source="status" enumName="SessionStatus" />;
};

/** 点名 on a session row: its roster page. */
const RosterLink = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record || record.status === 'CANCELLED') return null;
  return (
    <Button
      component={Link}
      to={`${createPath({ resource: 'ClassSession', id: record.id, type: 'show' })}/roster`}
      label={translate('linli.roster.button')}
      size="small"
      onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}
    >
      <ChecklistIcon />
    </Button>
  );
};

/** 课次: the class's sessions in date order, each with 点名 and 取消; 生成课次 from the schedule. */
export const SessionsPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const access = useAccess('ClassSession');
  const phone = usePhone();
  if (!record) return null;
  return (
    <Section
      title={translate('resources.ServiceClass.relations.sessions')}
      actions={
        // A closed or cancelled class gets no new sessions: 生成课次 only while it is open.
        access.create &&
        record.status === 'OPEN' && (
          <Button
            component={Link}
            variant="contained"
            to={`${createPath({ resource: 'ServiceClass', id: record.id, type: 'show' })}/sessions`.replace(
              '/show/sessions',
              '/sessions',
            )}
            label={translate('linli.sessions.generate_button')}
          >
            <EventRepeatIcon />
          </Button>
        )
      }
    >
      <ReferenceManyField
        reference="ClassSession"
        target="classId"
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
        sort={{ field: 'date', order: 'ASC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date">
            <LocalDateField source="date" />
            {/* On a phone the times go under the date: the row keeps 点名 on screen. */}
            {phone && (
              <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                <TimeField source="startsAt" />–<TimeField source="endsAt" />
              </Typography>
            )}
          </DataTable.Col>
          {!phone && (
            <DataTable.Col source="startsAt">
              <TimeField source="startsAt" />
            </DataTable.Col>
          )}
          {!phone && (
            <DataTable.Col source="endsAt">
              <TimeField source="endsAt" />
            </DataTable.Col>
          )}
          {!phone && (
            <DataTable.Col source="topic" disableSort>
              <TextField source="topic" emptyText="—" />
            </DataTable.Col>
          )}
          <DataTable.Col source="status">
            <SessionState />
          </DataTable.Col>
          <DataTable.Col label={false} disableSort>
            <RosterLink />
            {/* On a phone the row's buttons are icons only: 取消课次 stays on the session's own page,
                not a thumb's width from 点名. */}
            {!phone && <CancelSessionButton />}
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
};
