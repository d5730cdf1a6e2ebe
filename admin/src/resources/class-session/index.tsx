import { TabbedShowLayout } from 'react-admin';
import type { ResourceScreens } from '../../app/screens';
import { ClassSessionList as GeneratedList } from '../../generated/class-session/list';
import { ClassSessionShow as GeneratedShow } from '../../generated/class-session/show';
import { ShowActions, TodayFilterButton } from '../../ui';
import { CheckInPanel } from '../../workflows/roster/CheckInPanel';
import { RosterPanel } from '../../workflows/roster/RosterPanel';
import { VerifyButton } from '../../workflows/roster/VerifyButton';
import { CancelSessionButton } from '../../workflows/sessions/CancelSessionButton';
import { ClassSessionEdit } from './ClassSessionEdit';
import { SessionEditButton } from './SessionEditButton';

/**
 * 课次: the generated page with 点名 and 签到签退 as tabs, 核验考勤 and 取消课次 among its actions, and
 * 编辑 only while the session is not finished (verified or cancelled: SessionEditButton says why).
 */
const ClassSessionShow = () => (
  <GeneratedShow
    actions={
      <ShowActions edit={<SessionEditButton />}>
        <VerifyButton />
        <CancelSessionButton />
      </ShowActions>
    }
    tabs={[
      <TabbedShowLayout.Tab key="roster" label="linli.roster.tab" path="roster">
        <RosterPanel />
      </TabbedShowLayout.Tab>,
      <TabbedShowLayout.Tab key="checkin" label="linli.checkin.tab" path="checkin">
        <CheckInPanel />
      </TabbedShowLayout.Tab>,
    ]}
    hide={['attendanceRecords']}
  />
);

/** 课次: newest first (the API's default order), with 今天 one click away for the day's roll calls. */
const ClassSessionList = () => <GeneratedList actions={<TodayFilterButton source="date" />} />;

export const classSessionOverrides: Partial<ResourceScreens> = {
  list: ClassSessionList,
  show: ClassSessionShow,
  edit: ClassSessionEdit,
};
