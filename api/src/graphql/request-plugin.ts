import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { AppError, RETRY_AFTER_SECONDS } from '../common/errors';
import { introspectionError, limitError, measure, type QueryMeasure } from './query-limits';
import { clientCode, loggableError } from './format-error';

/**
 * Logs every unexpected error once, with the request id and without personal data, and gives the
 * client the request id so that support can find the log line. Marks every response `cache-control:
 * no-store` (what Apollo's cache-control plugin concluded for our hint-free schema; it is disabled in
 * server.ts): answers hold personal data and are per caller.
 */
export const requestPlugin = (options: { production: boolean }): ApolloServerPlugin<Context> => ({
  async requestDidStart({ contextValue }) {
    const started = Date.now();
    /** What the request's one log line says of its errors: the codes, and what the client is not told. */
    const codes: string[] = [];
    const details: Record<string, unknown>[] = [];
    let measured: QueryMeasure | undefined;
    return {
      // Before anything runs: the operation's depth, cost and input within QUERY_LIMITS (query-limits.ts).
      async didResolveOperation({ document, operation, request, schema }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        measured = measure(schema, operation, fragments, request.variables);
        const error =
          limitError(measured) ??
          (options.production
            ? introspectionError(operation, contextValue.principal?.role === 'PLATFORM_ADMIN')
            : null);
        if (error) throw error;
      },
      async didEncounterErrors({ errors, contextValue: ctx }) {
        for (const error of errors) {
          const code = clientCode(error);
          codes.push(code);
          const original = error.originalError ?? error;
          if (original instanceof AppError && original.internal) details.push(original.internal);
          // Expected refusals (a CONFLICT, a constraint) are the request line's business, at info level.
          if (code !== 'INTERNAL_SERVER_ERROR') {
            const driver = loggableError(original);
            if (driver.constraint) details.push({ constraint: driver.constraint, table: driver.table });
            continue;
          }
          ctx.logger.error({ path: error.path, err: loggableError(original) }, 'unexpected error');
        }
      },
      async willSendResponse({ response, operationName }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        // One line per request: what ran, how long it took and how it failed; never variables (personal data).
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
        contextValue.logger.info(
          {
            operationName,
            ms: Date.now() - started,
            errors,
            ...(measured ? { cost: measured.cost, depth: measured.depth } : {}),
            ...(codes.length ? { codes: [...new Set(codes)] } : {}),
            ...(details.length ? { details } : {}),
          },
          'graphql',
        );
        // The database went away mid-request: the whole answer is a 503 the client may retry.
        if (codes.includes('SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
});
