import type { ReactNode } from 'react';
import {
  CreateButton,
  DeleteButton,
  EditButton,
  SaveButton,
  Toolbar,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * The Show page's buttons: Edit when the user may (react-admin asks the auth provider), plus extras;
 * `edit` replaces the Edit button (a resource whose finished records can no longer change).
 */
export const ShowActions = ({ children, edit }: { children?: ReactNode; edit?: ReactNode }) => (
  <TopToolbar>
    {children}
    {edit ?? <EditButton />}
  </TopToolbar>
);

/** Save, and Delete (waiting for the server) when the resource and the user allow it. */
export const EditToolbar = ({ noDelete }: { noDelete?: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {!noDelete && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);

/** "新建课次" on a class's sessions tab, with the class filled in. */
export const RelatedCreateButton = ({ reference, target }: { reference: string; target: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition({ resource: reference });
  const { canAccess } = useCanAccess({ resource: reference, action: 'create' });
  if (!record || !hasCreate || !canAccess) return null;
  const name = translate(`resources.${reference}.name`, { smart_count: 1 });
  return (
    <CreateButton
      resource={reference}
      state={{ record: { [target]: record.id } }}
      label={translate('linli.related.create', { name })}
      sx={{ mb: 1 }}
    />
  );
};
