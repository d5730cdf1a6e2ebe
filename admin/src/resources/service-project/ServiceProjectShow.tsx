import { TabbedShowLayout } from 'react-admin';
import { ServiceProjectShow as GeneratedShow } from '../../generated/service-project/show';
import { ShowActions } from '../../ui';
import { LifecycleButtons } from '../../workflows/project/LifecycleButtons';
import { ProjectOverview } from '../../workflows/project/ProjectOverview';
import { SettlementPanel } from '../../workflows/settlement/SettlementPanel';

/** The generated project page with its lifecycle buttons, an overview (rollup, evaluations) and settlement. */
export const ServiceProjectShow = () => (
  <GeneratedShow
    actions={
      <ShowActions>
        <LifecycleButtons />
      </ShowActions>
    }
    tabs={[
      <TabbedShowLayout.Tab key="overview" label="linli.overview.tab" path="overview">
        <ProjectOverview />
      </TabbedShowLayout.Tab>,
      <TabbedShowLayout.Tab key="settlement" label="linli.settlement.tab" path="settlement">
        <SettlementPanel />
      </TabbedShowLayout.Tab>,
    ]}
  />
);
