import EventBusyIcon from '@mui/icons-material/EventBusy';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { chinaToday } from '../../ui';
import { openRollCallFilter, useTodayWork, waitlistFilter } from './use-today';

/** A list's address with its filters set (react-admin reads `filter` and `displayedFilters` from it). */
const listWith = (resource: string, filter: Record<string, unknown>, sort?: string) => {
  const shown = Object.fromEntries(Object.keys(filter).map((k) => [k, true]));
  const order = sort ? `&sort=${sort}&order=DESC` : '';
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&displayedFilters=${encodeURIComponent(JSON.stringify(shown))}${order}`;
};

const Item = ({ to, icon, children, testId }: { to: string; icon: ReactNode; children: ReactNode; testId: string }) => (
  <Button
    component={Link}
    to={to}
    startIcon={icon}
    variant="outlined"
    data-testid={testId}
    sx={{ justifyContent: 'flex-start' }}
  >
    {children}
  </Button>
);

/**
 * 今日待办, above the dashboard's figures: approvals waiting (overdue said), sessions up to today without a
 * roll call, people on a waitlist; each opens the list that holds them. Nothing to do says so.
 */
export const TodayPanel = () => {
  const translate = useTranslate();
  const { data } = useTodayWork();
  if (!data) return null;
  const { approvals, openRollCalls, todayOpen, waitlisted } = data;
  const nothing = !approvals?.total && !openRollCalls && !waitlisted;
  return (
    <Card sx={{ mb: 2 }} data-testid="today-work">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('linli.today.title')}
        </Typography>
        {nothing ? (
          <Typography variant="body2" color="text.secondary">
            {translate('linli.today.nothing')}
          </Typography>
        ) : (
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, flexWrap: 'wrap' }}>
            {approvals && approvals.total > 0 && (
              <Item to="/approvals" icon={<FactCheckIcon />} testId="today-approvals">
                {translate('linli.today.approvals', { count: approvals.total })}
                {approvals.overdue > 0 && (
                  <Chip
                    size="small"
                    color="error"
                    sx={{ ml: 1 }}
                    label={translate('linli.today.overdue', { count: approvals.overdue })}
                  />
                )}
              </Item>
            )}
            {openRollCalls > 0 && (
              <Item
                to={listWith('ClassSession', openRollCallFilter(chinaToday()), 'date')}
                icon={<EventBusyIcon />}
                testId="today-roll-calls"
              >
                {translate('linli.today.roll_calls', { count: openRollCalls, today: todayOpen })}
              </Item>
            )}
            {waitlisted > 0 && (
              <Item to={listWith('Enrollment', waitlistFilter)} icon={<HourglassTopIcon />} testId="today-waitlist">
                {translate('linli.today.waitlist', { count: waitlisted })}
              </Item>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
