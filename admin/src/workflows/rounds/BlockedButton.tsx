import { Button, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A button that says why it is disabled: on hover, and (for touch screens, which have no hover) in its
 * accessible description, which the browser tests read as well.
 */
export const BlockedButton = ({
  label,
  icon,
  reason,
  onClick,
  variant = 'contained',
  testId,
}: {
  label: string;
  icon?: ReactNode;
  reason: string | null;
  onClick: () => void;
  variant?: 'contained' | 'outlined' | 'text';
  testId?: string;
}) => (
  <Tooltip title={reason ?? ''}>
    {/* A disabled button fires no events: the span carries the tooltip. */}
    <span data-testid={testId} data-reason={reason ?? ''}>
      <Button variant={variant} startIcon={icon} disabled={Boolean(reason)} onClick={onClick} size="small">
        {label}
      </Button>
    </span>
  </Tooltip>
);
