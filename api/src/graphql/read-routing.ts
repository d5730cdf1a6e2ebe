import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Loaders } from '../common/crud/loaders';
import { isUnavailable } from '../common/errors';
import { canReadField } from '../common/scope/access';
import { scopeOf } from '../common/scope/scope-params';
import { scopeFork } from '../db/database';
import { callerKey, fenceOf, recordFence } from '../db/replica/read-fence';
import type { Replica, ReplicaSet } from '../db/replica/replica-set';
import type { Context } from './context';
import { clientCode } from './format-error';

/** What a SERVICE_UNAVAILABLE answer on a replica stands for: its connection was lost. */
const unavailableMark = Object.assign(new Error('Connection terminated'), { code: '08006' });

/**
 * Which reads go to a read replica (issue 21 item 2, docs/operations.md "Read replicas"): dashboards
 * (`report`) and the exports for every caller, and every query of an analyst. Everything else, every
 * mutation and the caller look-up (so a disabled user is refused at once) stays on the primary.
 *
 * A routed request is given, before anything of it runs, a fork of the replica's ORM carrying the same scope:
 * every statement of it then goes to the replica. If the caller has written lately (read-fence.ts) the read
 * first waits, at most REPLICA_WAIT_MS, for the replica to replay past that write, else reads the primary.
 */
export interface ReadRouting {
  primary: MikroORM;
  replicas: ReplicaSet;
}

/** Root fields every caller reads from a replica: the dashboard. */
const DASHBOARD_FIELDS = new Set(['report', '__typename']);

const routableQuery = (operation: OperationDefinitionNode, ctx: Context): boolean =>
  operation.operation === 'query' &&
  (ctx.principal?.role === 'ANALYST' ||
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && DASHBOARD_FIELDS.has(s.name.value)));

/**
 * Moves a request to a replica when one is usable (and has the caller's own writes); returns it, or null when
 * the request stays on the primary. Counted per outcome for /metrics.
 */
export async function routeRead(routing: ReadRouting, ctx: Context): Promise<Replica | null> {
  const { replicas } = routing;
  const replica = replicas.pick();
  if (!replica) {
    replicas.count('no-replica');
    return null;
  }
  const fence = ctx.principal ? await fenceOf(routing.primary, callerKey(ctx.principal)) : null;
  if (fence !== null && !(await replicas.caughtUp(replica, fence))) {
    replicas.count('wait-timeout');
    return null;
  }
  replicas.count(fence === null ? 'replica' : 'caught-up');
  const principal = ctx.principal;
  ctx.em = scopeFork(replica.orm.em.fork(), scopeOf(principal));
  ctx.loaders = new Loaders(ctx.em, (field) => canReadField({ principal }, field));
  ctx.readFrom = replica;
  return replica;
}

/**
 * A request on a replica failed because the replica went away: take it out of rotation at once, and mark the
 * request so that it runs again on the primary (a routed request only reads). True when it was that.
 */
export function replicaFailed(routing: ReadRouting, ctx: Context, error: unknown): boolean {
  if (!ctx.readFrom || !isUnavailable(error)) return false;
  if (ctx.readFrom.status !== 'down') routing.replicas.lost(ctx.readFrom, error);
  if (ctx.reads && !ctx.reads.lost) routing.replicas.count('replica-failed');
  if (ctx.reads) ctx.reads.lost = true;
  return true;
}

/** Routes queries before they run, records each caller's writes after a mutation (for read-your-writes). */
export const readRoutingPlugin = (routing: ReadRouting): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    let mutation = false;
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!operation) return;
        if (operation.operation === 'mutation') mutation = true;
        else if (!contextValue.reads?.primaryOnly && routableQuery(operation, contextValue))
          await routeRead(routing, contextValue);
      },
      async didEncounterErrors({ errors, contextValue }) {
        // The driver's error, or what the CRUD layer made of it (SERVICE_UNAVAILABLE): either way, the replica.
        for (const error of errors) {
          if (replicaFailed(routing, contextValue, error.originalError ?? error)) continue;
          if (clientCode(error) === 'SERVICE_UNAVAILABLE') replicaFailed(routing, contextValue, unavailableMark);
        }
      },
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-linli-read-from', contextValue.readFrom ? 'replica' : 'primary');
        if (mutation && contextValue.principal)
          await recordFence(routing.primary, callerKey(contextValue.principal)).catch((e: unknown) =>
            contextValue.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'read fence not recorded'),
          );
      },
    };
  },
});
