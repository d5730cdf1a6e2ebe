import { DEMO_ACCOUNTS } from '../../src/db/seeders/demo';
import type { TestApp } from './test-app';

/** Signs in as a demo account (with its documented password) and returns the access token. */
export async function signInDemo(app: Pick<TestApp, 'as'>, username: string): Promise<string> {
  const res = await app
    .as(null)
    .ok<{ login: { accessToken: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: username, p: DEMO_ACCOUNTS.find((a) => a.username === username)!.password },
    );
  return res.login.accessToken;
}
