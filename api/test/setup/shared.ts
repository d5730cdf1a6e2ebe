/** Passed from the global setup to the test files through the environment (workers inherit it). */
export const TEMPLATE_DB = 'linli_test_template';
const KEY = 'LINLI_TEST_SERVER_URL';

export function setTestServer(adminUrl: string): void {
  process.env[KEY] = adminUrl;
}

export function testServerUrl(): string {
  const url = process.env[KEY];
  if (!url) throw new Error('the test database server is not running (global setup did not run)');
  return url;
}
