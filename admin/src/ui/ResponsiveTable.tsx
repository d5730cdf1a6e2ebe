import {
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type SxProps,
  type Theme,
} from '@mui/material';
import type { ReactNode } from 'react';
import { usePhone } from './responsive';

export interface Column<T> {
  key: string;
  label: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'right';
  /** `title`: the card's heading on a phone; `actions`: the card's buttons, at its foot. */
  role?: 'title' | 'actions';
}

/**
 * The daily screens' tables (approvals, check-in, roll call): a table on a desk, and on a phone one card per
 * row, its title on top, each other column as a labelled line and its buttons at the foot, so nothing
 * needs sideways scrolling at 390 px.
 */
export function ResponsiveTable<T>({
  rows,
  columns,
  rowKey,
  rowTestId,
  rowSx,
  testId,
  onRowClick,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  rowTestId?: string;
  rowSx?: (row: T) => SxProps<Theme> | undefined;
  testId?: string;
  /** A row that opens something (a dashboard row drilling down); null: this row does not. */
  onRowClick?: (row: T) => (() => void) | null;
}) {
  const phone = usePhone();
  const click = (row: T) => onRowClick?.(row) ?? undefined;
  const clickSx = (row: T) => (click(row) ? { cursor: 'pointer' } : {});
  if (phone) {
    const title = columns.find((c) => c.role === 'title');
    const actions = columns.find((c) => c.role === 'actions');
    const lines = columns.filter((c) => !c.role);
    return (
      <Stack spacing={1} data-testid={testId}>
        {rows.map((row) => (
          <Card
            key={rowKey(row)}
            variant="outlined"
            data-testid={rowTestId}
            sx={[clickSx(row), rowSx?.(row) ?? {}] as SxProps<Theme>}
            onClick={click(row)}
          >
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
              {title && <Typography variant="subtitle1">{title.render(row)}</Typography>}
              {lines.map((c) => (
                <Stack key={c.key} direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" color="text.secondary" sx={{ minWidth: '5em' }}>
                    {c.label}
                  </Typography>
                  <Typography variant="body2" component="span">
                    {c.render(row)}
                  </Typography>
                </Stack>
              ))}
              {actions && (
                <Stack direction="row" sx={{ justifyContent: 'flex-end', gap: 1, mt: 0.5 }}>
                  {actions.render(row)}
                </Stack>
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table size="small" data-testid={testId} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.key} align={c.align ?? (c.role === 'actions' ? 'right' : undefined)}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={rowKey(row)}
            data-testid={rowTestId}
            hover={Boolean(click(row))}
            onClick={click(row)}
            sx={[clickSx(row), rowSx?.(row) ?? {}] as SxProps<Theme>}
          >
            {columns.map((c) => (
              <TableCell
                key={c.key}
                align={c.align ?? (c.role === 'actions' ? 'right' : undefined)}
                sx={c.role === 'actions' ? { whiteSpace: 'nowrap' } : undefined}
              >
                {c.render(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
