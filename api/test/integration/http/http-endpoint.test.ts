import { EndpointTypenameDocument } from '../../generated/operations';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(app.url, { method: 'POST', headers, body });

describe('the /graphql endpoint (node:http straight to Apollo)', () => {
  it('answers a POST as JSON, marked no-store', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      'x-request-id': 'req-endpoint-1',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a GET with a query string, and Apollo refuses a GET without a preflight header (CSRF)', async () => {
    const q = `${app.url}?query=${encodeURIComponent('{ __typename }')}`;
    const ok = await fetch(q, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const refused = await fetch(q);
    expect(refused.status).toBe(400);
  });

  it('refuses malformed JSON with 400 and a GraphQL error body', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toBe('请求体不是有效的 JSON');
  });

  it('refuses a body over 5 MB with 413, and still answers the next request', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5 * 1024 * 1024)}` }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toBe('请求体过大');
    expect(await app.ok(EndpointTypenameDocument)).toEqual({ __typename: 'Query' });
  });

  it('takes /graphql/ too, leaves other paths to express (the console, health) and does not take /graphqlx', async () => {
    const base = app.url.replace(/\/graphql$/, '');
    const slash = await fetch(`${base}/graphql/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await slash.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/graphqlx`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a compressed body with 415', async () => {
    const res = await post('x', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
  });

  it('answers bad credentials as UNAUTHENTICATED from the context, as before', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      authorization: 'Bearer not-a-token',
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
