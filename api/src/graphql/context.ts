import type { RequestScope } from '../common/context';
import type { AuthService } from '../modules/account/auth.service';
import type { Replica } from '../db/replica/replica-set';

/** What every resolver gets: the request's scope (common/context.ts), the client's address, sign-in. */
export interface Context extends RequestScope {
  /** The client's address (the TCP peer; a proxy in front must be trusted to be the only peer). */
  clientAddress: string;
  auth: AuthService;
  /** Set when the request reads from a replica (graphql/read-routing.ts); unset: the primary. */
  readFrom?: Replica;
  /**
   * Shared with the endpoint that made the context (Apollo hands plugins and resolvers a shallow copy of it):
   * `primaryOnly` runs the request on the primary whatever the routing says; `lost` is set when its replica
   * went away during it, and a query is then run again on the primary (http-endpoint.ts).
   */
  reads?: { primaryOnly: boolean; lost: boolean };
}
