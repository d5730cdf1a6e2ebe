import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTestApp } from '../../support/use-app';

/** The API serves the built console at /admin with a fallback to index.html for the console's routes. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-console-'));
fs.mkdirSync(path.join(dir, 'assets'));
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>邻里</title><div id="root"></div>');
const script = 'console.log("邻里");\n'.repeat(2000);
fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
const { app } = useTestApp({ consoleDir: dir });
const base = () => app.url.replace(/\/graphql$/, '');

describe('console at /admin', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('redirects / to /admin/ and serves index.html for the console’s own paths', async () => {
    const root = await fetch(base() + '/', { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/admin/');
    for (const p of ['/admin', '/admin/', '/admin/ServiceClass/0191/show', '/admin/login']) {
      const res = await fetch(base() + p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('邻里');
    }
  });

  it('serves hashed assets with a long cache, and a missing asset is a 404', async () => {
    const js = await fetch(base() + '/admin/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    // Sent compressed to a browser that accepts it (fetch asks for gzip, deflate and br, and unpacks).
    expect(js.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect(await js.text()).toBe(script);
    expect((await fetch(base() + '/admin/assets/missing.js')).status).toBe(404);
  });

  it('GraphQL is still at /graphql', async () => {
    const res = await app.gql<{ __typename: string }>('{ __typename }');
    expect(res.data?.__typename).toBe('Query');
  });
});
