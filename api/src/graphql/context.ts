import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../common/crud/loaders';
import type { PiiCipher } from '../common/crypto/pii';
import type { Logger } from '../common/logger';
import type { AuthService } from '../modules/account/auth.service';
import type { Principal } from './principal';

/** What every resolver gets: a request-scoped EntityManager fork, its loaders, the request id. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  /** Aborted when the client disconnects before its answer is written (graphql/http-endpoint.ts). */
  signal: AbortSignal;
  /** The client's address (the TCP peer; a proxy in front must be trusted to be the only peer). */
  clientAddress: string;
  logger: Logger;
  pii: PiiCipher;
  /** The caller; null when no credentials were sent. */
  principal: Principal | null;
  auth: AuthService;
  /** An EntityManager without scope filters, for sign-in and look-ups that precede scoping. */
  systemEm: () => EntityManager;
}
