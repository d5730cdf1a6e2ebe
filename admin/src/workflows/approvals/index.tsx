import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Route } from 'react-router-dom';
import { ApprovalsPage } from './ApprovalsPage';

/** 审批待办 at /approvals, in the menu for staff (the page checks the role itself). */
export const approvalsRoute = <Route key="approvals" path="/approvals" element={<ApprovalsPage />} />;
export const approvalsMenu = {
  to: '/approvals',
  label: 'linli.approvals.title',
  icon: <FactCheckIcon />,
  roles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'] as const,
};
