import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();

describe('health endpoints and error hygiene', () => {
  const base = () => app.url.replace(/\/graphql$/, '');

  it('answers /healthz and /readyz (database reachable, migrations applied)', async () => {
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready when a migration is missing from the database', async () => {
    const [last] = await app.sql<{ name: string }>('select name from mikro_orm_migrations order by id desc limit 1');
    await app.sql('delete from mikro_orm_migrations where name = $1', [last.name]);
    const res = await fetch(`${base()}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'migrations pending', pending: 1 });
    await app.sql('insert into mikro_orm_migrations (name, executed_at) values ($1, now())', [last.name]);
  });

  it('answers a database failure as INTERNAL_SERVER_ERROR with a request id and nothing else', async () => {
    await app.sql('alter table venue rename to venue_gone');
    try {
      const res = await app.gql('{ venues { id name } }');
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors!;
      expect(error.message).toBe('服务器内部错误');
      expect(Object.keys(error.extensions ?? {}).sort()).toEqual(['code', 'requestId']);
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toMatch(/select|venue_gone|relation|stack/i);
    } finally {
      await app.sql('alter table venue_gone rename to venue');
    }
  });

  it('marks every GraphQL answer cache-control: no-store (answers are per caller), errors included', async () => {
    const post = (query: string) =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const ok = await post('{ __typename }');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const invalid = await post('{ noSuchField }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
  });
});
