import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Loaders } from './common/crud/loaders';
import type { PiiCipher } from './common/crypto/pii';
import type { AuthService } from './modules/account/auth.service';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { pendingMigrations, scopedFork, systemFork } from './db/database';
import { canReadField } from './common/scope/access';
import { scopeOf } from './common/scope/scope-params';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { requestPlugin } from './graphql/request-plugin';
import { buildLinliSchema } from './graphql/schema';
import { mountConsole } from './console';

export interface LinliServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
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
}): Promise<LinliServer> {
  const { orm, logger, pii, auth } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildLinliSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: HTTP server, then connections, then PostgreSQL, in that order.
    stopOnTerminationSignals: false,
    introspection: true,
    parseOptions: { maxTokens: 20000 },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requestPlugin],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  mountConsole(app, deps.consoleDir);

  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
        const systemEm = () => systemFork(orm) as Context['em'];
        const principal = await auth.principal(systemEm(), req.headers.authorization, header(req.headers['x-api-key']));
        const em = scopedFork(orm, scopeOf(principal)) as Context['em'];
        return {
          em,
          loaders: new Loaders(em, (field) => canReadField({ principal }, field)),
          requestId,
          logger: logger.child({ requestId }),
          pii,
          principal,
          auth,
          systemEm,
        };
      },
    }),
  );

  return {
    app,
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

const header = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export async function listen(server: LinliServer, config: Config): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = server.httpServer.address();
  return typeof address === 'object' && address ? address.port : config.port;
}
