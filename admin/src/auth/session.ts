import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import {
  LoginDocument,
  LogoutDocument,
  RefreshDocument,
  type SessionTokensFragment,
  type SignedInUserFragment,
} from '../generated-api/operations';

/**
 * The signed-in session: access and refresh tokens in localStorage (shared by the console's tabs).
 * Access tokens are short-lived; `freshAccessToken` renews one shortly before it expires, and a request
 * answered UNAUTHENTICATED is retried once after a renewal (`authFetch`). Refresh tokens work once and
 * reusing one ends the whole session, so renewals are serialized across tabs with a Web Lock and a tab
 * that finds the stored token already renewed by another tab takes that one.
 */
export const GRAPHQL_URL = '/graphql';
const KEY = 'linli.session';
/** Renew when less than this is left of the access token. */
const MARGIN_MS = 60_000;

/** Who is signed in (the documents are in session.graphql, typed by `npm run codegen`). */
export type Me = SignedInUserFragment;
export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user: Me;
}
type AuthPayload = SessionTokensFragment;

export function getSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

const store = (p: AuthPayload): Session => {
  const s = {
    accessToken: p.accessToken,
    refreshToken: p.refreshToken,
    expiresAt: Date.now() + p.expiresIn * 1000,
    user: p.user,
  };
  localStorage.setItem(KEY, JSON.stringify(s));
  return s;
};

export const clearSession = (): void => localStorage.removeItem(KEY);

/** A GraphQL call without the session (sign-in, renewal). */
async function call<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<{ data?: TData; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return res.json();
}

export async function signIn(username: string, password: string): Promise<Session> {
  const r = await call(LoginDocument, { u: username, p: password });
  if (!r.data?.login) throw new Error('linli.login.failed');
  return store(r.data.login);
}

export async function signOut(): Promise<void> {
  const s = getSession();
  clearSession();
  if (s) await call(LogoutDocument, { t: s.refreshToken }).catch(() => undefined);
}

let renewing: Promise<Session | null> | null = null;

/** A new token pair, once at a time per tab and across tabs; null when the session has ended. */
export function renew(): Promise<Session | null> {
  renewing ??= withLock(async () => {
    const before = getSession();
    if (!before) return null;
    // Another tab may have renewed while we waited for the lock.
    if (before.expiresAt - Date.now() > MARGIN_MS && before.accessToken !== lastUsed) return before;
    const r = await call(RefreshDocument, { t: before.refreshToken }).catch(() => null);
    if (r?.data?.refresh) return store(r.data.refresh);
    if (r) clearSession(); // refused: the session is over (a network failure keeps it for a retry)
    return null;
  }).finally(() => {
    renewing = null;
  });
  return renewing;
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('linli-token-renewal', fn) as Promise<T>) : fn();
}

let lastUsed: string | null = null;

export async function freshAccessToken(): Promise<string | null> {
  let s = getSession();
  if (s && s.expiresAt - Date.now() < MARGIN_MS) s = await renew();
  lastUsed = s?.accessToken ?? null;
  return lastUsed;
}

const unauthenticated = async (res: Response): Promise<boolean> => {
  if (res.status === 401) return true;
  try {
    const body = (await res.clone().json()) as { errors?: { extensions?: { code?: string } }[] };
    return Boolean(body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
  } catch {
    return false;
  }
};

/** fetch for the GraphQL client: adds the access token; on UNAUTHENTICATED renews once and retries. */
export async function authFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const token = await freshAccessToken();
  const res = await send(token);
  if (!token || !(await unauthenticated(res))) return res;
  const renewed = await renew();
  return renewed ? send(renewed.accessToken) : res;
}
