import type { RequestScope } from '../common/context';
import type { AuthService } from '../modules/account/auth.service';

/** What every resolver gets: the request's scope (common/context.ts), the client's address, sign-in. */
export interface Context extends RequestScope {
  /** The client's address (the TCP peer; a proxy in front must be trusted to be the only peer). */
  clientAddress: string;
  auth: AuthService;
}
