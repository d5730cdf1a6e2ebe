import { Route } from 'react-router-dom';
import type { ResourceScreens } from '../../app/screens';
import { GenerateSessionsPage } from '../../workflows/sessions/GenerateSessionsPage';
import { RosterImportPage } from './RosterImportPage';
import { ServiceClassShow } from './ServiceClassShow';

/** 班级: the generated screens, plus roster import (/ServiceClass/:id/import) and session generation (…/sessions). */
export const serviceClassOverrides: Partial<ResourceScreens> = {
  show: ServiceClassShow,
  routes: [
    <Route key="import" path=":id/import" element={<RosterImportPage />} />,
    <Route key="sessions" path=":id/sessions" element={<GenerateSessionsPage />} />,
  ],
};
