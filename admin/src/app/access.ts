import { usePermissions } from 'react-admin';
import type { UserAccess } from '../auth/access-store';

export interface Access {
  list: boolean;
  create: boolean;
  update: boolean;
  delete: boolean;
  /** Whether the user may read a field of this resource (analysts: no personal data). */
  read: (field: string) => boolean;
  /** Whether the user may see lists of another resource (related lists, links). */
  canList: (resource: string) => boolean;
}

/** What the current user may do with a resource, from `_adminMeta` (loaded by the auth provider). */
export function useAccess(resource: string): Access {
  const { permissions } = usePermissions<UserAccess>();
  const r = permissions?.resources[resource];
  return {
    list: Boolean(r?.permissions.list),
    create: Boolean(r?.permissions.create),
    update: Boolean(r?.permissions.update),
    delete: Boolean(r?.permissions.delete),
    read: (field) => Boolean(r?.readable.has(field)),
    canList: (other) => Boolean(permissions?.resources[other]?.permissions.list),
  };
}
