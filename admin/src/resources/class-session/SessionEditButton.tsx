import EditIcon from '@mui/icons-material/Edit';
import { Tooltip } from '@mui/material';
import { Button, EditButton, useCanAccess, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';
import { sessionEditLock } from './edit-lock';

/**
 * 编辑 on a session's page: the usual Edit button while the session can change; for a verified or
 * cancelled one, a disabled button whose tooltip says why (已核验的课次不能修改), to those who may edit.
 */
export const SessionEditButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { hasEdit } = useResourceDefinition({ resource: 'ClassSession' });
  const { canAccess } = useCanAccess({ resource: 'ClassSession', action: 'edit', record });
  if (!record) return null;
  const lock = sessionEditLock(record);
  if (!lock) return <EditButton />;
  // Only those who could otherwise edit are told why they cannot.
  if (!hasEdit || !canAccess) return null;
  return (
    <Tooltip title={translate(lock)} describeChild>
      {/* A disabled button gets no pointer events: the span carries the tooltip. */}
      <span data-testid="session-edit-locked">
        <Button label={translate('ra.action.edit')} disabled>
          <EditIcon />
        </Button>
      </span>
    </Tooltip>
  );
};
