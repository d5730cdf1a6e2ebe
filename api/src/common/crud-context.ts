import type { EntityManager } from '@mikro-orm/postgresql';
import type { PiiCipher } from './crypto/pii';
import type { Principal } from './principal';

/** What the generic CRUD service needs of a request (common/context.ts RequestScope has all of it). */
export interface CrudContext {
  em: EntityManager;
  principal: Principal | null;
  pii: PiiCipher;
  requestId: string;
  /** Aborted when the client disconnects before its answer is written. */
  signal?: AbortSignal;
}
