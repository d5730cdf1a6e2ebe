import { authFetch, getSession, GRAPHQL_URL, type Me } from './session';

/**
 * What the signed-in user may do, from `_adminMeta` (permissions and readable fields per resource),
 * loaded once per session. Menus, buttons, columns, related lists and the data provider's field
 * selection all follow it; the server enforces the same rules again on every request.
 */
export interface Permissions {
  read: boolean;
  list: boolean;
  create: boolean;
  update: boolean;
  delete: boolean;
}
export interface UserAccess {
  me: Me;
  resources: Record<string, { permissions: Permissions; readable: Set<string> }>;
}

const QUERY = `{
  me { id username displayName role organizationId socialGroupId }
  _adminMeta { name permissions { read list create update delete } fields { name readable } }
}`;

let loaded: { token: string; access: Promise<UserAccess> } | null = null;

export function loadAccess(): Promise<UserAccess> {
  const session = getSession();
  if (!session) return Promise.reject(Object.assign(new Error('linli.errors.session_expired'), { status: 401 }));
  if (loaded?.token === session.user.id) return loaded.access;
  const access = fetchAccess();
  loaded = { token: session.user.id, access };
  access.catch(() => {
    loaded = null;
  });
  return access;
}

/** The session's identity stays the same across token renewals: key the cache by user. */
export function clearAccess(): void {
  loaded = null;
}

async function fetchAccess(): Promise<UserAccess> {
  const res = await authFetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as {
    data?: {
      me: Me | null;
      _adminMeta: { name: string; permissions: Permissions; fields: { name: string; readable: boolean }[] }[];
    };
    errors?: { extensions?: { code?: string } }[];
  };
  if (!body.data?.me || body.errors?.length) {
    throw Object.assign(new Error('linli.errors.session_expired'), { status: 401 });
  }
  return {
    me: body.data.me,
    resources: Object.fromEntries(
      body.data._adminMeta.map((r) => [
        r.name,
        { permissions: r.permissions, readable: new Set(r.fields.filter((f) => f.readable).map((f) => f.name)) },
      ]),
    ),
  };
}
