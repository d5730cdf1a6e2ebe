import type { ResourceScreens } from '../../app/screens';
import { NeedRequestShow as GeneratedShow } from '../../generated/need-request/show';
import { ShowActions } from '../../ui';
import { NeedActions } from '../../workflows/needs/NeedActions';

/** 需求清单: the generated page with the workflow's actions for the need's status. */
const NeedRequestShow = () => (
  <GeneratedShow
    actions={
      <ShowActions>
        <NeedActions />
      </ShowActions>
    }
  />
);

export const needRequestOverrides: Partial<ResourceScreens> = { show: NeedRequestShow };
