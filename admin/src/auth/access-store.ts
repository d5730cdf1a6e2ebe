import { print } from 'graphql';
import { AccessDocument, type AccessQuery } from '../generated-api/operations';
import { authFetch, getSession, GRAPHQL_URL, type Me } from './session';

/**
 * What the signed-in user may do, from `_adminMeta` (permissions and readable fields per resource),
 * loaded once per session. Menus, buttons, columns, related lists and the data provider's field
 * selection all follow it; the server enforces the same rules again on every request.
 */
export type Permissions = AccessQuery['_adminMeta'][number]['permissions'];
export interface UserAccess {
  me: Me;
  resources: Record<string, { permissions: Permissions; readable: Set<string> }>;
}

/** The query (Access in session.graphql), printed once. */
const QUERY = print(AccessDocument);

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
  const body = (await res.json()) as { data?: AccessQuery; errors?: { extensions?: { code?: string } }[] };
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
