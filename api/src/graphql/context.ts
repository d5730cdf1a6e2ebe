import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../common/crud/loaders';
import type { PiiCipher } from '../common/crypto/pii';
import type { Logger } from '../common/logger';

/** What every resolver gets: a request-scoped EntityManager fork, its loaders, the request id. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  pii: PiiCipher;
}
