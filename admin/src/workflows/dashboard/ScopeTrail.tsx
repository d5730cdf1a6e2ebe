import { Breadcrumbs, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ScopeStep {
  id: string | null;
  name: string;
}

/** Where the dashboard is: the caller's own scope, then each area drilled into; a step goes back there. */
export const ScopeTrail = ({ trail, onGo }: { trail: ScopeStep[]; onGo: (index: number) => void }) => {
  const translate = useTranslate();
  return (
    <Breadcrumbs aria-label={translate('linli.dashboard.scope')} data-testid="scope-trail">
      {trail.map((s, i) =>
        i === trail.length - 1 ? (
          <Typography key={s.id ?? 'root'} color="text.primary" sx={{ fontWeight: 600 }}>
            {s.name}
          </Typography>
        ) : (
          <Link key={s.id ?? 'root'} component="button" underline="hover" onClick={() => onGo(i)}>
            {s.name}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
};
