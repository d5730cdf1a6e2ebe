import { TabbedShowLayout } from 'react-admin';
import { useAccess } from '../../app/access';
import { ApplicationRoundShow as GeneratedShow } from '../../generated/application-round/show';
import { ShowActions } from '../../ui';
import { DrawButton } from '../../workflows/rounds/DrawButton';
import { NoticePreview } from '../../workflows/rounds/NoticePreview';
import { ObjectionsPanel } from '../../workflows/rounds/ObjectionsPanel';
import { RoundApplicationsPanel } from '../../workflows/rounds/RoundApplicationsPanel';

/**
 * A round's page: the generated details (status, window, places, the seed's hash, the draw's hashes and
 * times) with 摇号 among its actions, and the round's work as its tabs: 申请名单 (报名, 撤回, after the
 * draw its result) in place of the plain list, 公示预览 and 异议与确认.
 */
export const ApplicationRoundShow = () => {
  const access = useAccess('ApplicationRound');
  const tabs = [
    access.canList('Application') && (
      <TabbedShowLayout.Tab key="applications" label="linli.round.applications_tab" path="applications">
        <RoundApplicationsPanel />
      </TabbedShowLayout.Tab>
    ),
    <TabbedShowLayout.Tab key="notice" label="linli.round.notice_tab" path="notice">
      <NoticePreview />
    </TabbedShowLayout.Tab>,
    access.canList('RoundObjection') && (
      <TabbedShowLayout.Tab key="objections" label="linli.round.objections_tab" path="objections">
        <ObjectionsPanel />
      </TabbedShowLayout.Tab>
    ),
  ];
  return (
    <GeneratedShow
      actions={
        <ShowActions>
          <DrawButton />
        </ShowActions>
      }
      tabs={tabs}
      hide={['applications']}
    />
  );
};
