import { Alert, Box } from '@mui/material';
import { Link, useCreatePath, useGetOne, useGetRecordId, useTranslate } from 'react-admin';
import { ClassSessionEdit as GeneratedEdit } from '../../generated/class-session/edit';
import { sessionEditLock } from './edit-lock';

/**
 * The generated edit form, except for a finished session (verified or cancelled): reached by its
 * address, the page says why it cannot be edited instead of offering a form whose save would be refused.
 */
export const ClassSessionEdit = () => {
  const id = useGetRecordId();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data } = useGetOne('ClassSession', { id });
  const lock = data ? sessionEditLock(data) : null;
  if (!lock) return <GeneratedEdit />;
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity="info" data-testid="session-edit-locked-note">
        {translate(lock)} ·{' '}
        <Link to={createPath({ resource: 'ClassSession', id, type: 'show' })}>
          {translate('linli.sessions.locked_back')}
        </Link>
      </Alert>
    </Box>
  );
};
