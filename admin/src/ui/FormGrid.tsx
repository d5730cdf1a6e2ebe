import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Form inputs in as many columns as fit; long text inputs (`data-wide`) take the whole row. */
export const FormGrid = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
      columnGap: 2,
      width: '100%',
      '& [data-wide]': { gridColumn: '1 / -1' },
      '& .MuiFormControl-root': { width: '100%' },
    }}
  >
    {children}
  </Box>
);

/** The Show page's details tab: fields in as many columns as fit, long texts across. */
export const detailsGrid = {
  '& .linli-details': {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    columnGap: 3,
    rowGap: 1.5,
    // A long value without spaces (a hash, a URL) wraps inside its cell instead of running over the next one.
    '& > *': { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  },
  '& .linli-details > .linli-wide': { gridColumn: '1 / -1' },
};
