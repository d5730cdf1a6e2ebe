import { Route } from 'react-router-dom';
import type { ResourceScreens } from '../../app/screens';
import { RosterImportPage } from './RosterImportPage';
import { ServiceClassShow } from './ServiceClassShow';

/** 班级: the generated screens, plus roster import (/ServiceClass/:id/import). */
export const serviceClassOverrides: Partial<ResourceScreens> = {
  show: ServiceClassShow,
  routes: [<Route key="import" path=":id/import" element={<RosterImportPage />} />],
};
