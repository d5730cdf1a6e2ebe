import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Button, Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { ServiceClassShow as GeneratedShow } from '../../generated/service-class/show';
import { ShowActions } from '../../ui';

/** Opens the roster import for this class, for users who may enrol people. */
const ImportRosterButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'Beneficiary', action: 'create' });
  if (!record || !canAccess) return null;
  return (
    <Button
      component={Link}
      to={`${createPath({ resource: 'ServiceClass', id: record.id, type: 'show' })}/import`.replace(
        '/show/import',
        '/import',
      )}
      label={translate('linli.import.button')}
    >
      <GroupAddIcon />
    </Button>
  );
};

/** The generated class page, with 导入名单 among its actions. */
export const ServiceClassShow = () => (
  <GeneratedShow
    actions={
      <ShowActions>
        <ImportRosterButton />
      </ShowActions>
    }
  />
);
