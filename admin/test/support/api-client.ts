export const DEMO_PASSWORD = 'linli-demo-2025';

export interface RunningApi {
  base: string;
  /** GraphQL as a given demo user (or anonymous). */
  gql<T>(query: string, variables?: Record<string, unknown>, username?: string): Promise<T>;
  /**
   * SQL on the API's embedded database, to move a round's close or notice end into the past (the API judges
   * them by the database clock); absent when driving an API already running (E2E_BASE_URL).
   */
  sql?: (text: string, params?: unknown[]) => Promise<void>;
  stop(): Promise<void>;
}

/** GraphQL calls to a running API as demo users; alone, it drives one already running (E2E_BASE_URL). */
export function startApiClient(base: string): RunningApi {
  const tokens = new Map<string, string>();
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    base,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, username?: string) {
      let token = username ? tokens.get(username) : undefined;
      if (username && !token) {
        const d = (await post(
          `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
          {
            u: username,
            p: DEMO_PASSWORD,
          },
        )) as { login: { accessToken: string } };
        token = d.login.accessToken;
        tokens.set(username, token);
      }
      return (await post(query, variables, token)) as T;
    },
    stop: async () => undefined,
  };
}
