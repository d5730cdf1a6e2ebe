import { LinearProgress } from '@mui/material';
import { lazy, Suspense } from 'react';

/** The dashboard and its charts load as their own chunk, when first shown. */
const DashboardPage = lazy(() => import('./DashboardPage'));

export const Dashboard = () => (
  <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
    <DashboardPage />
  </Suspense>
);
