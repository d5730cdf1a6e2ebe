import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import http from 'node:http';
import type { PiiCipher } from './common/crypto/pii';
import type { AuthService, CallerRow } from './modules/account/auth.service';
import { CallerCache } from './modules/account/caller-cache';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { pendingMigrations } from './db/database';
import { startLiveCountCompaction } from './db/live-count';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { RETRY_AFTER_SECONDS } from './common/errors';
import { commitGateOf } from './db/commit-gate';
import { cancelStatements, installStatementTracking } from './db/query-cancel';
import { graphqlEndpoint, isGraphqlRequest } from './graphql/http-endpoint';
import { requestPlugin } from './graphql/request-plugin';
import { createRequestContext } from './graphql/request-context';
import { buildLinliSchema } from './graphql/schema';
import { listExportRoute } from './http/list-export';
import { mountConsole } from './http/console-static';
import { securityHeaders } from './security-headers';
import { xlsxExportRoute } from './http/http-route';
import { settlementExport } from './modules/settlement/settlement.export';
import { reportExportRoute } from './modules/report/report.export';
import { ReportFolder } from './modules/report/report.folder';
import type { ReplicaSet } from './db/replica/replica-set';
import { readRoutingPlugin, type ReadRouting } from './graphql/read-routing';
import { metricsText } from './http/metrics';
import { wholeAnswerPlugin } from './common/crud/compile/whole-answer';
import { roundNoticePage } from './http/round-notice-page';

export interface LinliServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Folds report writes into the summaries in the background (report.folder.ts). */
  reportFolder: ReportFolder;
  stop(): Promise<void>;
}

/** The HTTP server and GraphQL endpoint; shared by main.ts and the tests. */
export async function createServer(deps: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  pii: PiiCipher;
  auth: AuthService;
  /** The built console (default admin/dist). */
  consoleDir?: string;
  /** Streaming replicas (DATABASE_REPLICA_URLS), started: dashboards, exports and analysts read there. */
  replicas?: ReplicaSet;
}): Promise<LinliServer> {
  const { orm } = deps;
  const routing: ReadRouting | undefined = deps.replicas ? { primary: orm, replicas: deps.replicas } : undefined;
  const contextDeps = { ...deps, routing };
  const app = express();
  app.disable('x-powered-by');
  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  // /graphql goes straight to Apollo (graphql/http-endpoint.ts); everything else to express.
  const secure = securityHeaders(deps.config.corsOrigins);
  let stopping = false;
  const httpServer = http.createServer((req, res) => {
    if (secure(req, res)) return; // a CORS preflight, answered
    // Shutting down: a request arriving on a kept-alive connection is not started (503, try elsewhere).
    if (stopping && req.url !== '/healthz') {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          errors: [{ message: '服务正在停止，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      );
      return;
    }
    if (graphql && isGraphqlRequest(req)) graphql(req, res);
    else app(req, res);
  });
  // In-flight requests get the grace period; just before their connections are cut, the commit gate
  // closes, so what is still running rolls back rather than committing for a client that got a reset.
  const graceMs = deps.config.shutdownGraceMs;
  const schema = buildLinliSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: HTTP server, then connections, then PostgreSQL, in that order.
    stopOnTerminationSignals: false,
    introspection: true, // for platform admins only in production (query-limits.ts introspectionError)
    // No "Did you mean …?" in production: it tells a stranger the schema field by field.
    hideSchemaDetailsFromClientErrors: deps.config.nodeEnv === 'production',
    parseOptions: { maxTokens: 20000 },
    // No cache hints anywhere in the schema, so Apollo's default cache-control plugin only cost a hook on
    // every resolved field (~300 per dashboard report) to conclude `no-store`; requestPlugin sends that header.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: graceMs + GATE_MARGIN_MS }),
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin({ production: deps.config.nodeEnv === 'production' }),
      ...(routing ? [readRoutingPlugin(routing)] : []),
      // Last: the routing above has chosen the request's database before a query is answered whole.
      wholeAnswerPlugin(schema),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      // A PostgreSQL that does not answer (frozen, unreachable) is not ready: 503 within two seconds.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2_000)));
      await Promise.race([orm.em.fork().execute('select 1'), late]).finally(() => clearTimeout(timer));
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      // Replicas do not decide readiness: without them every read goes to the primary.
      res.json({ status: 'ready', ...(deps.replicas ? { replicas: deps.replicas.describe() } : {}) });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metricsText(deps.replicas));
  });
  // 公示: public, no sign-in (modules/lottery/round-notice.ts), before the console's page fallback.
  app.get('/notice/:id', roundNoticePage(orm, deps.logger));
  mountConsole(app, deps.consoleDir);

  // Exports (台账): authenticated GET routes with the same request context as GraphQL (common/export).
  app.get('/exports/report.xlsx', reportExportRoute(contextDeps));
  app.get('/exports/settlement.xlsx', xlsxExportRoute(contextDeps, settlementExport));
  app.get('/exports/list.xlsx', listExportRoute(contextDeps, schema, 'xlsx'));
  app.get('/exports/list.csv', listExportRoute(contextDeps, schema, 'csv'));

  installStatementTracking();
  // Who is calling, kept between requests while PostgreSQL notifies every change (caller-cache.ts).
  const callers = new CallerCache<CallerRow>(orm.config.getClientUrl(), deps.logger);
  await callers.start();
  deps.auth.callers = callers;
  // No report read writes: pending keys are folded by this (one process at a time), notified by each commit.
  const reportFolder = new ReportFolder(orm.config.getClientUrl(), deps.logger);
  await reportFolder.start();
  const stopLiveCounts = startLiveCountCompaction(orm, deps.logger);
  graphql = graphqlEndpoint(apollo, (req, signal) => createRequestContext(deps, req, signal), {
    responseLimit: deps.config.responseLimitBytes,
    deadlineMs: deps.config.requestDeadlineMs,
    cancel: (running) => cancelStatements([orm, ...(deps.replicas?.replicas.map((r) => r.orm) ?? [])], running),
  });

  return {
    app,
    httpServer,
    apollo,
    reportFolder,
    async stop() {
      stopping = true; // not ready, and no new request started, from the first signal
      const gate = setTimeout(() => commitGateOf(orm)?.close(), graceMs);
      try {
        await apollo.stop();
      } finally {
        clearTimeout(gate);
        commitGateOf(orm)?.close(); // whatever still runs after the drain must not commit either
      }
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await callers.stop();
      await reportFolder.stop();
      await stopLiveCounts();
    },
  };
}

/** The drain cuts connections this long after the commit gate has closed. */
const GATE_MARGIN_MS = 250;

export async function listen(server: LinliServer, config: Config): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = server.httpServer.address();
  return typeof address === 'object' && address ? address.port : config.port;
}
