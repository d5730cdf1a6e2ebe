import { Badge, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import type { UserAccess } from '../auth/access-store';
import { useTodayWork } from '../workflows/today/use-today';
import { menuSections, screens, workflowMenu } from './registry';

export const AppMenu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<UserAccess>();
  const visible = (name: string) => Boolean(permissions?.resources[name]?.permissions.list);
  const named = new Set(menuSections.flatMap(([, names]) => names));
  const sections: [string, string[]][] = [
    ...menuSections,
    ['linli.menu.other', screens.map((s) => s.name).filter((n) => !named.has(n))],
  ];
  const role = permissions?.me.role;
  // 审批待办 shows how many wait (the same query as the dashboard's 今日待办).
  const today = useTodayWork();
  const pending = today.data?.approvals?.total ?? 0;
  const workflows = workflowMenu.filter((m) => !m.roles || (role && m.roles.includes(role)));
  return (
    <Menu>
      <ListSubheader sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
        {translate('linli.menu.workbench')}
      </ListSubheader>
      <Menu.DashboardItem primaryText={translate('linli.dashboard.title')} />
      {workflows.map((m) => (
        <Menu.Item
          key={m.to}
          to={m.to}
          primaryText={translate(m.label)}
          leftIcon={
            m.to === '/approvals' && pending > 0 ? (
              <Badge badgeContent={pending} color="error" max={99} data-testid="approvals-badge">
                {m.icon}
              </Badge>
            ) : (
              m.icon
            )
          }
        />
      ))}
      {sections.map(([label, names]) => {
        const shown = names.filter((n) => visible(n) && screens.some((s) => s.name === n));
        if (!shown.length) return null;
        return (
          <Fragment key={label}>
            <ListSubheader sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>{translate(label)}</ListSubheader>
            {shown.map((name) => (
              <Menu.ResourceItem key={name} name={name} />
            ))}
          </Fragment>
        );
      })}
    </Menu>
  );
};
