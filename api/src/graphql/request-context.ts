import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Loaders } from '../common/crud/loaders';
import type { PiiCipher } from '../common/crypto/pii';
import type { Logger } from '../common/logger';
import { canReadField } from '../common/scope/access';
import { scopeOf } from '../common/scope/scope-params';
import { scopeFork, systemFork } from '../db/database';
import type { AuthService } from '../modules/account/auth.service';
import type { Context } from './context';
import { isUnavailable, unavailable } from '../common/errors';
import { loggableError } from './format-error';
import type { ReadRouting } from './read-routing';

/** What building a request context needs: shared by the GraphQL endpoint and the HTTP routes (exports). */
export interface RequestContextDeps {
  orm: MikroORM;
  logger: Logger;
  pii: PiiCipher;
  auth: AuthService;
  /** Read replicas, when configured: the export routes read from one (read-routing.ts). */
  routing?: ReadRouting;
}

const header = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * The one way a request becomes a Context: request id (the client's `X-Request-Id` or a new one), the
 * principal from `Authorization: Bearer` or `X-Api-Key` (throws UNAUTHENTICATED for bad credentials), and an
 * EntityManager fork carrying the caller's scope. GraphQL and the export routes must never differ here.
 */
export async function createRequestContext(
  deps: RequestContextDeps,
  req: { headers: IncomingHttpHeaders; socket?: { remoteAddress?: string } },
  signal?: AbortSignal,
): Promise<Context> {
  const { orm, logger, pii, auth } = deps;
  const requestId = header(req.headers['x-request-id'])?.slice(0, 64) || randomUUID();
  const systemEm = () => systemFork(orm);
  // One fork per request: a signed-in user is looked up with one raw statement on the request's own fork
  // before its scope is set (raw SQL loads no entities into it); API keys are loaded on a system fork.
  const em = orm.em.fork();
  // The database unreachable while the caller is looked up: 503 with Retry-After, not a 500 (errors.ts).
  const principal = await auth
    .principal({ sql: em, system: systemEm }, header(req.headers.authorization), header(req.headers['x-api-key']))
    .catch((e: unknown) => {
      if (isUnavailable(e)) {
        logger.warn({ requestId, err: loggableError(e) }, 'database unreachable');
        throw unavailable();
      }
      throw e;
    });
  scopeFork(em, scopeOf(principal));
  return {
    em,
    loaders: new Loaders(em, (field) => canReadField({ principal }, field)),
    requestId,
    clientAddress: req.socket?.remoteAddress ?? 'unknown',
    signal: signal ?? new AbortController().signal,
    logger: logger.child({ requestId }),
    pii,
    principal,
    auth,
    systemEm,
  };
}
