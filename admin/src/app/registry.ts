import type { ReactElement } from 'react';
import { generatedScreens } from '../generated';
import { overrides } from '../resources';
import { icons } from './icons';
import type { ResourceScreens } from './screens';

/**
 * The one place where hand-written screens win over generated ones: for each resource, every
 * screen given in admin/src/resources/index.ts replaces the generated one; the rest stay generated.
 */
export const screens: ResourceScreens[] = generatedScreens.map((g) => ({
  icon: icons[g.name],
  ...g,
  ...(overrides[g.name] ?? {}),
}));

/**
 * Pages that are not one resource's CRUD (workflows, dashboards): `<Route>` elements rendered inside
 * the layout, and menu entries shown after the resources. Add them here.
 */
export const workflowRoutes: ReactElement[] = [];
export const workflowMenu: { to: string; label: string; icon?: ReactElement }[] = [];
