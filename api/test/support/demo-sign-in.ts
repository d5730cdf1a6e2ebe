import { DEMO_ACCOUNTS } from '../../src/db/seeders/demo';
import { SignInForTestDocument } from '../generated/operations';
import type { TestApp } from './test-app';

/** Signs in as a demo account (with its documented password) and returns the access token. */
export async function signInDemo(app: Pick<TestApp, 'as'>, username: string): Promise<string> {
  const res = await app.as(null).ok(SignInForTestDocument, {
    username,
    password: DEMO_ACCOUNTS.find((a) => a.username === username)!.password,
  });
  return res.login.accessToken;
}
