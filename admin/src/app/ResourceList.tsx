import type { ReactElement, ReactNode } from 'react';
import { BulkDeleteButton, BulkExportButton, DataTable, List, type SortPayload } from 'react-admin';
import { useExporter } from '../data/export';
import { ListActions } from '../ui';
import { useAccess } from './access';

/**
 * The frame every generated list shares (admin/scripts/gen/list.mjs writes only what differs: filters, the
 * default order, the columns): 25 rows a page, 导出 of every matching row (ListActions), the selected rows
 * exported as CSV, bulk delete where the user may delete, a row opening its page.
 */
export const ResourceList = ({
  resource,
  filters,
  sort,
  children,
}: {
  resource: string;
  filters: ReactElement[];
  sort: SortPayload;
  children: ReactNode;
}) => {
  const access = useAccess(resource);
  const exporter = useExporter(resource);
  return (
    <List filters={filters} sort={sort} perPage={25} exporter={exporter} actions={<ListActions />}>
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
    </List>
  );
};
