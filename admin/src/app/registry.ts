import type { ReactElement } from 'react';
import type { Me } from '../auth/session';
import { generatedScreens } from '../generated';
import { overrides } from '../resources';
import { approvalsMenu, approvalsRoute } from '../workflows/approvals';
import { icons } from './icons';
import type { ResourceScreens } from './screens';

/**
 * The one place where hand-written screens win over generated ones: for each resource, every
 * screen given in admin/src/resources/index.ts replaces the generated one; the rest stay generated.
 */
const all: ResourceScreens[] = generatedScreens.map((g) => ({
  icon: icons[g.name],
  ...g,
  ...(overrides[g.name] ?? {}),
}));

/** Menu sections; resources not named here are listed last, so a new API resource still shows up. */
export const menuSections: [label: string, resources: string[]][] = [
  [
    'linli.menu.projects',
    ['ServiceProject', 'ProjectPartner', 'ApprovalStep', 'SubsidyPolicy', 'Evaluation', 'NeedRequest'],
  ],
  [
    'linli.menu.classes',
    ['ServiceClass', 'ClassSession', 'Enrollment', 'Attendance', 'ApplicationRound', 'Application', 'RoundObjection'],
  ],
  ['linli.menu.people', ['Beneficiary', 'Guardianship', 'Consent', 'ServiceRecord']],
  ['linli.menu.partners', ['Organization', 'SocialGroup', 'Partnership', 'Venue']],
  ['linli.menu.system', ['User', 'ApiKey', 'AuditEvent']],
];
const order = menuSections.flatMap(([, names]) => names);
const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);

/** In menu order: the first one the user may list is where they land after signing in. */
export const screens: ResourceScreens[] = [...all].sort((a, b) => rank(a.name) - rank(b.name));

/**
 * Pages that are not one resource's CRUD (workflows): `<Route>` elements rendered inside the layout,
 * and menu entries shown first, under the dashboard (数据看板, the landing page), to the roles listed.
 * Add them here; the pages check the role themselves too.
 */
export const workflowRoutes: ReactElement[] = [approvalsRoute];
export const workflowMenu: { to: string; label: string; icon?: ReactElement; roles?: readonly Me['role'][] }[] = [
  approvalsMenu,
];
