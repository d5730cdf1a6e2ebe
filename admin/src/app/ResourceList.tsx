import type { ReactElement, ReactNode } from 'react';
import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import {
  BulkDeleteButton,
  BulkExportButton,
  CreateButton,
  DataTable,
  List,
  SimpleList,
  useResourceDefinition,
  useTranslate,
  type SortPayload,
} from 'react-admin';
import { useExporter } from '../data/export';
import { representation } from '../data/selection';
import { ListActions, usePhone } from '../ui';
import { useAccess, type Access } from './access';

/**
 * The frame every generated list shares (admin/scripts/gen/list.mjs writes only what differs: filters, the
 * default order, the columns): 25 rows a page, 导出 of every matching row (ListActions), the selected rows
 * exported as CSV, bulk delete where the user may delete, a row opening its page. On a phone each row is one
 * line naming the record (its title: a person, a class, a date and a class), opening its page.
 */
export const ResourceList = ({
  resource,
  filters,
  sort,
  actions,
  children,
}: {
  resource: string;
  filters: ReactElement[];
  sort: SortPayload;
  actions?: ReactNode;
  children: ReactNode;
}) => {
  const access = useAccess(resource);
  const exporter = useExporter(resource);
  const phone = usePhone();
  return (
    <List
      filters={filters}
      sort={sort}
      perPage={25}
      exporter={exporter}
      actions={<ListActions>{actions}</ListActions>}
      empty={<ListEmpty resource={resource} />}
    >
      {phone ? (
        <SimpleList primaryText={(record) => representation(resource, record) || '—'} linkType="show" />
      ) : (
        <DataTable
          rowClick="show"
          bulkActionButtons={
            <>
              {access.delete && <BulkDeleteButton mutationMode="pessimistic" />}
              <BulkExportButton />
            </>
          }
        >
          {children}
        </DataTable>
      )}
    </List>
  );
};

/** An empty list: says so, and invites to create one only whom the API lets create (not a partner's 补贴政策). */
const ListEmpty = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  const access = useAccess(resource);
  const may = hasCreate && access.create;
  const name = translate(`resources.${resource}.name`, { smart_count: 0 });
  return (
    <Box sx={{ textAlign: 'center', color: 'text.secondary', py: 6, flex: 1 }} data-testid="list-empty">
      <InboxIcon sx={{ fontSize: 96, opacity: 0.5 }} />
      <Typography variant="h5">{translate('ra.page.empty', { name })}</Typography>
      {may && (
        <>
          <Typography sx={{ my: 1 }}>{translate('ra.page.invite')}</Typography>
          <CreateButton variant="contained" />
        </>
      )}
    </Box>
  );
};

/** A related list on a parent's page (a project's classes): the resource's columns for this user, no bulk actions. */
export const RelatedTable = ({
  resource,
  columns,
}: {
  resource: string;
  columns: (access: Access) => ReactElement[];
}) => {
  const access = useAccess(resource);
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      {columns(access)}
    </DataTable>
  );
};
