import { NotFoundError } from '@mikro-orm/core';
import type { Request, RequestHandler, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context';
import { AppError } from '../common/errors';
import { loggableError } from '../graphql/format-error';
import { createRequestContext, type RequestContextDeps } from '../graphql/request-context';
import { replicaFailed, routeRead } from '../graphql/read-routing';
import { unauthenticated } from '../common/scope/access';
import { attachmentHeader } from '../common/export/content-disposition';
import type { QueryParams } from '../common/export/params';
import { LedgerWorkbook } from '../common/export/ledger-writer';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CLASS_FULL: 409,
};

/** An error as the JSON body of a non-GraphQL route: the same codes and messages the GraphQL API gives. */
export function errorBody(e: unknown, requestId: string): { status: number; body: Record<string, unknown> } {
  if (e instanceof NotFoundError)
    return { status: 404, body: { code: 'NOT_FOUND', message: '记录不存在', fieldErrors: {} } };
  const code = e instanceof GraphQLError ? e.extensions?.code : undefined;
  if (e instanceof AppError || (typeof code === 'string' && code in STATUS)) {
    const err = e as GraphQLError;
    const fieldErrors = (err.extensions?.fieldErrors as Record<string, string> | undefined) ?? {};
    return { status: STATUS[String(err.extensions.code)] ?? 500, body: { code, message: err.message, fieldErrors } };
  }
  return {
    status: 500,
    body: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误', fieldErrors: {}, requestId },
  };
}

/**
 * An authenticated GET route with the same request context as GraphQL (createRequestContext): principal from
 * `Authorization: Bearer` or `X-Api-Key`, the scoped EntityManager fork, a request id. Errors thrown before the
 * handler starts writing become `{ code, message, fieldErrors }` with the matching HTTP status; unexpected ones
 * are logged with the request id (never parameters: they may hold personal data) and answer 500. One log line
 * per request, like GraphQL's.
 */
export function authedGetRoute(
  deps: RequestContextDeps,
  name: string,
  handler: (ctx: Context, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    const started = Date.now();
    let requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || randomUUID();
    let ctx: Context | undefined;
    try {
      ctx = await createRequestContext(deps, req);
      requestId = ctx.requestId;
      if (!ctx.principal) throw unauthenticated();
      // Exports only read: from a replica when one is configured and has the caller's own writes.
      if (!deps.routing) await handler(ctx, req, res);
      else {
        ctx.reads = { primaryOnly: false, lost: false };
        await routeRead(deps.routing, ctx);
        res.setHeader('x-linli-read-from', ctx.readFrom ? 'replica' : 'primary');
        try {
          await handler(ctx, req, res);
        } catch (e) {
          // The replica went away before anything was sent: an export only reads, so it runs on the primary.
          if (res.headersSent || !replicaFailed(deps.routing, ctx, e)) throw e;
          ctx = await createRequestContext(deps, req);
          res.setHeader('x-linli-read-from', 'primary');
          await handler(ctx, req, res);
        }
      }
    } catch (e) {
      const { status, body } = errorBody(e, requestId);
      // The request's logger carries its requestId; before there is one, the id is bound here.
      const log = ctx?.logger ?? deps.logger.child({ requestId });
      if (status === 500) log.error({ route: name, err: loggableError(e) }, 'unexpected error');
      if (!res.headersSent) res.status(status).json(body);
      else res.destroy(); // a broken file must not look complete: cut the connection
    } finally {
      (ctx?.logger ?? deps.logger.child({ requestId })).info(
        { route: name, status: res.statusCode, ms: Date.now() - started },
        'http',
      );
    }
  };
}

export interface XlsxExportSpec<P> {
  /** Route name for logs. */
  name: string;
  /** Validates the query string BEFORE anything is streamed: throw badInput / notFound / forbidden. */
  parse(query: QueryParams, ctx: Context): Promise<P> | P;
  /** The download's file name, e.g. `服务统计台账_2025.xlsx` (sent UTF-8 encoded, RFC 5987). */
  filename(params: P, ctx: Context): string;
  /** Writes the sheets; rows are flushed to the client as they are added. */
  write(workbook: LedgerWorkbook, params: P, ctx: Context): Promise<void>;
}

/** GET route streaming an .xlsx ledger: parse (and fail with JSON) first, then headers, then rows. */
export function xlsxExportRoute<P>(deps: RequestContextDeps, spec: XlsxExportSpec<P>): RequestHandler {
  return authedGetRoute(deps, spec.name, async (ctx, req, res) => {
    const params = await spec.parse(req.query as QueryParams, ctx);
    res.status(200);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', attachmentHeader(spec.filename(params, ctx)));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Request-Id', ctx.requestId);
    const workbook = await LedgerWorkbook.open(res);
    await spec.write(workbook, params, ctx);
    await workbook.commit();
  });
}
