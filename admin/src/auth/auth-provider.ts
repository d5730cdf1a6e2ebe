import type { AuthProvider } from 'react-admin';
import { clearAccess, loadAccess } from './access-store';
import { getSession, signIn, signOut } from './session';

/** Which `_adminMeta` permission a react-admin action needs. */
const NEEDS: Record<string, 'list' | 'create' | 'update' | 'delete'> = {
  list: 'list',
  show: 'list',
  export: 'list',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    clearAccess();
    await signIn(username, password);
    await loadAccess();
  },
  async logout() {
    clearAccess();
    await signOut();
  },
  async checkAuth() {
    if (!getSession()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    // 401: the session is over (the token could not be renewed); 403 is shown, not a sign-out.
    if (error?.status === 401) {
      clearAccess();
      throw new Error('linli.errors.session_expired');
    }
  },
  async getIdentity() {
    const s = getSession();
    if (!s) throw new Error('ra.auth.auth_check_error');
    return { id: s.user.id, fullName: s.user.displayName };
  },
  getPermissions: () => loadAccess(),
  /** Menus, routes and buttons ask here; screens that are not resources (workflows) decide for themselves. */
  async canAccess({ resource, action }) {
    const r = (await loadAccess()).resources[resource];
    if (!r) return true;
    const need = NEEDS[action];
    return need ? r.permissions[need] : r.permissions.read;
  },
};
