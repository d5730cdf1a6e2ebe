import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Tooltip } from '@mui/material';
import {
  Button,
  Link,
  TabbedShowLayout,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../../app/access';
import { ServiceClassShow as GeneratedShow } from '../../generated/service-class/show';
import { ShowActions } from '../../ui';
import { ClassAttendancePanel } from '../../workflows/enrollment/ClassAttendancePanel';
import { EnrollmentsPanel } from '../../workflows/enrollment/EnrollmentsPanel';
import { ClassRoundsPanel } from '../../workflows/rounds/ClassRoundsPanel';
import { OpenRoundButton } from '../../workflows/rounds/OpenRoundButton';
import { useInRoundText, useOpenRoundOfClass } from '../../workflows/rounds/round-queries';
import { SessionsPanel } from '../../workflows/sessions/SessionsPanel';

/**
 * Opens the roster import for this class, for users who may enroll people, while the class takes them:
 * the API refuses a closed or cancelled class's import (班级已截止报名), so the button is not offered; while
 * a round of the class takes applications it is shown disabled with the reason.
 */
const ImportRosterButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'Beneficiary', action: 'create' });
  // While a round of the class takes applications, the API refuses an import: said on the button instead.
  const inRound = useOpenRoundOfClass(String(record?.id ?? ''));
  const reason = useInRoundText()(inRound);
  if (!record || !canAccess || record.status !== 'OPEN') return null;
  if (reason)
    return (
      <Tooltip title={reason}>
        <span data-testid="import-blocked" data-reason={reason}>
          <Button disabled label={translate('linli.import.button')}>
            <GroupAddIcon />
          </Button>
        </span>
      </Tooltip>
    );
  return (
    <Button
      component={Link}
      to={`${createPath({ resource: 'ServiceClass', id: record.id, type: 'show' })}/import`.replace(
        '/show/import',
        '/import',
      )}
      label={translate('linli.import.button')}
    >
      <GroupAddIcon />
    </Button>
  );
};

/**
 * The generated class page with 导入名单 and 发起摇号 among its actions, and the workflows as its tabs:
 * 报名与候补 (enroll, waitlist, withdraw, and the class's application rounds), 课次 (generate, 点名,
 * cancel) and 出勤统计, in place of the plain lists.
 */
export const ServiceClassShow = () => {
  const access = useAccess('ServiceClass');
  const tabs = [
    access.canList('Enrollment') && (
      <TabbedShowLayout.Tab key="enrollments" label="linli.enroll.tab" path="enrollments">
        <EnrollmentsPanel />
        {/* Rounds belong with enrollment, and a fifth tab would push the tabs past a phone's width. */}
        {access.canList('ApplicationRound') && <ClassRoundsPanel />}
      </TabbedShowLayout.Tab>
    ),
    access.canList('ClassSession') && (
      <TabbedShowLayout.Tab key="sessions" label="resources.ServiceClass.relations.sessions" path="sessions">
        <SessionsPanel />
      </TabbedShowLayout.Tab>
    ),
    access.canList('Enrollment') && (
      <TabbedShowLayout.Tab key="attendance" label="linli.class_attendance.tab" path="attendance">
        <ClassAttendancePanel />
      </TabbedShowLayout.Tab>
    ),
  ];
  return (
    <GeneratedShow
      actions={
        <ShowActions>
          <ImportRosterButton />
          <OpenRoundButton />
        </ShowActions>
      }
      tabs={tabs}
      hide={['sessions', 'enrollments']}
    />
  );
};
