import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import { authProvider } from '../auth/auth-provider';
import { dataProvider } from '../data/data-provider';
import { representation } from '../data/selection';
import { i18nProvider } from '../i18n/i18n-provider';
import { Dashboard } from '../workflows/dashboard';
import { AppLayout } from './Layout';
import { LoginPage } from './LoginPage';
import { screens, workflowRoutes } from './registry';
import { theme } from './theme';

/**
 * The console at /admin: the dashboard as the landing page, one react-admin resource per API resource
 * (hand-written screens over generated ones), and the workflow pages.
 */
export const App = () => (
  <BrowserRouter basename="/admin">
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={AppLayout}
      theme={theme}
      title="邻里"
      requireAuth
      disableTelemetry
    >
      {screens.map((s) => (
        <Resource
          key={s.name}
          name={s.name}
          list={s.list}
          show={s.show}
          create={s.create}
          edit={s.edit}
          icon={s.icon}
          recordRepresentation={(record) => representation(s.name, record)}
        >
          {s.routes}
        </Resource>
      ))}
      {workflowRoutes.length > 0 && <CustomRoutes>{workflowRoutes}</CustomRoutes>}
    </Admin>
  </BrowserRouter>
);
