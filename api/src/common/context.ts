import type { EntityManager } from '@mikro-orm/postgresql';
import type { CrudContext } from './crud-context';
import type { Loaders } from './crud/loaders';
import type { Logger } from './logger';

/**
 * What the shared machinery (CRUD, scope, the read compiler) needs of a request: a request-scoped
 * EntityManager fork, its loaders, the caller, the request id. The GraphQL context (graphql/context.ts)
 * adds what only the API's own layers use.
 */
export interface RequestScope extends CrudContext {
  loaders: Loaders;
  /** Aborted when the client disconnects before its answer is written (graphql/http-endpoint.ts). */
  signal: AbortSignal;
  logger: Logger;
  /** An EntityManager without scope filters, for sign-in and look-ups that precede scoping. */
  systemEm: () => EntityManager;
}
