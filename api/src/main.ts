import 'reflect-metadata';
import path from 'node:path';
import { PiiCipher } from './common/crypto/pii';
import { createLogger, type Logger } from './common/logger';
import { ConfigError, loadConfig, type Config } from './config';
import { ensureDatabase, initOrm } from './db/database';
import { runSetup } from './db/setup';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { loadOrCreateDevJwtSecret } from './db/pii-key';
import { AuthService } from './modules/account/auth.service';
import { TokenService } from './modules/account/tokens';
import { DEMO_ACCOUNTS } from './db/seeders/demo-users';
import { createServer, listen } from './server';
import { tuneV8 } from './memory';
import { isWorker, runWorkers } from './cluster';
import { scheduleExpiry } from './modules/partnership/partnership-expiry';
import { openReplicas } from './db/replica/open-replicas';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`linli: configuration error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** The API on `url`: its pool, the HTTP server, the expiry timer, and a clean stop on SIGINT/SIGTERM. */
async function serve(
  config: Config,
  logger: Logger,
  url: string,
  secrets: { pii: PiiCipher; jwtSecret: string },
  onStopped: () => Promise<void>,
): Promise<number> {
  const orm = await initOrm(url, { poolMax: config.dbPoolMax, timeouts: config.db });
  const auth = new AuthService(
    new TokenService(secrets.jwtSecret, config.accessTokenMinutes),
    config.refreshTokenDays,
    config.apiKeyRequestsPerMinute,
  );
  const replicas = await openReplicas(config, orm, logger);
  const server = await createServer({ config, orm, logger, pii: secrets.pii, auth, replicas });
  const port = await listen(server, config);
  const expiry = scheduleExpiry(
    () => orm.em.fork(),
    (e) => logger.error({ err: String(e) }, 'ending expired partnerships'),
  );
  onShutdown(config, logger, async () => {
    expiry.stop();
    await server.stop().catch((e) => logger.error({ err: String(e) }, 'stopping the HTTP server'));
    logger.info('HTTP server stopped');
    await replicas?.stop();
    await orm.close(true).catch((e) => logger.error({ err: String(e) }, 'closing database connections'));
    await onStopped();
  });
  return port;
}

/** On SIGINT or SIGTERM, once: `stop`, then exit; however long it takes, the process ends. */
function onShutdown(config: Config, logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    // However long a statement or PostgreSQL takes to stop, the process ends: its transactions roll back.
    setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 15_000).unref();
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function main(): Promise<void> {
  tuneV8();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  if (isWorker()) {
    // A worker of the primary below: the database is ready, the secrets came by environment.
    const pii = new PiiCipher(config.piiKey!);
    await serve(config, logger, config.databaseUrl!, { pii, jwtSecret: config.jwtSecret! }, async () => {});
    return;
  }
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      onSupervise: (e) =>
        e.state === 'restarted'
          ? logger.info({ attempt: e.attempt }, 'embedded PostgreSQL restarted')
          : logger.error({ attempt: e.attempt, error: e.error }, `embedded PostgreSQL ${e.state}`),
    });
    if (embedded.attachedTo)
      logger.warn({ owner: embedded.attachedTo }, 'using the PostgreSQL of another Linli process');
    url = embedded.urlFor('linli');
  }

  const stopEmbedded = async () => {
    await embedded?.stop().catch((e) => logger.error({ err: String(e) }, 'stopping PostgreSQL'));
    if (embedded) logger.info('PostgreSQL stopped');
  };
  try {
    await ensureDatabase(url);
    // Migrations, the personal-data key and the demo data, in a process of its own (db/setup.ts says why).
    const setup = await runSetup(url);
    const piiKey = Buffer.from(setup.piiKeyHex, 'hex');
    const pii = new PiiCipher(piiKey);
    const seeded = setup.seeded;
    const jwtSecret = config.jwtSecret ?? loadOrCreateDevJwtSecret(config.dataDir);
    let port = config.port;
    if (config.webConcurrency > 1) {
      const workers = await runWorkers({
        count: config.webConcurrency,
        env: {
          DATABASE_URL: url,
          PII_ENCRYPTION_KEY: piiKey.toString('hex'),
          JWT_SECRET: jwtSecret,
          SEED_DEMO: 'false',
        },
        logger,
      });
      port = workers.port;
      onShutdown(config, logger, async () => {
        await workers.stop();
        logger.info('API workers stopped');
        await stopEmbedded();
      });
    } else {
      port = await serve(config, logger, url, { pii, jwtSecret }, stopEmbedded);
    }
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    printBanner(
      `http://${host}:${port}`,
      embedded ? path.resolve(config.dataDir, 'pg') : null,
      seeded || config.seedDemo,
      config.webConcurrency,
    );
  } catch (e) {
    logger.fatal({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, 'start-up failed');
    await stopEmbedded();
    process.exit(1);
  }
}

function printBanner(base: string, embeddedData: string | null, demo: boolean, processes: number): void {
  const lines = [
    '',
    `  Linli (邻里) is running`,
    `  Console   ${base}/admin/`,
    `  GraphQL   ${base}/graphql`,
    `  Health    ${base}/healthz   Ready ${base}/readyz`,
    `  Database  ${embeddedData ? `embedded PostgreSQL (data in ${embeddedData})` : 'DATABASE_URL'}`,
  ];
  if (processes > 1) lines.push(`  Processes ${processes} API workers on one port (WEB_CONCURRENCY)`);
  if (demo) {
    lines.push('', '  Demo accounts (password for all: see below)');
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(18)} ${a.role.padEnd(14)} ${a.description}`);
    lines.push(`  Password: ${DEMO_ACCOUNTS[0]?.password ?? ''}`);
  }
  lines.push('', '  Ctrl-C stops the server and the database cleanly.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
