import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from './context';
import { trackStatements, type cancelStatements } from '../db/query-cancel';

/** The largest request body the endpoint reads (a roster import of a few thousand rows fits). */
export const GRAPHQL_BODY_LIMIT = 5 * 1024 * 1024;
export const GRAPHQL_PATH = '/graphql';

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/**
 * PostgreSQL text cannot hold a NUL character, and JSON can carry one only escaped (`\u0000`, in a
 * variable or inside a GraphQL string literal): refused here, once, as bad input rather than failing
 * deep in a statement. A URL (GET) may carry it as %00.
 */
const NUL = /\\u0000|%00/i;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so that the client gets the 413 rather than a reset
      // socket; far past it the upload is cut off.
      if (size > 4 * GRAPHQL_BODY_LIMIT) req.destroy();
      else if (size <= GRAPHQL_BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > GRAPHQL_BODY_LIMIT) reject(new BodyError(413, '请求体过大'));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

async function parseBody(req: IncomingMessage): Promise<unknown> {
  if (NUL.test(req.url ?? '')) throw new BodyError(400, '输入中含有空字符（NUL），无法处理', 'BAD_USER_INPUT');
  if (req.method !== 'POST') return undefined;
  // Compressed request bodies are not accepted (express.json inflated them; no client of ours sends them).
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new BodyError(415, '不支持压缩的请求体');
  const text = await readBody(req);
  if (NUL.test(text)) throw new BodyError(400, '输入中含有空字符（NUL），无法处理', 'BAD_USER_INPUT');
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().includes('json') || text.length === 0) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, '请求体不是有效的 JSON');
  }
}

function sendError(res: ServerResponse, status: number, message: string, code = 'BAD_REQUEST'): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * POST/GET /graphql straight from node:http to Apollo (`executeHTTPGraphQLRequest`, the API Apollo's own
 * integrations are built on), without express: its router, body parser and response helpers were about a
 * fifth of the API's JavaScript time per dashboard request (bench/api-overhead). Everything else (console,
 * exports, health) stays on express. Bodies over GRAPHQL_BODY_LIMIT get 413, malformed JSON 400, compressed
 * bodies 415, all as a GraphQL error body; what Apollo answers (its CSRF check, status codes, headers) is passed
 * through as is.
 */
export function graphqlEndpoint(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, signal: AbortSignal) => Promise<Context>,
  options: {
    /** The largest answer sent (config.ts responseLimitBytes); a larger one is replaced by an error. */
    responseLimit?: number;
    /** How long a request may run (config.ts requestDeadlineMs); then it is cancelled like a disconnect. */
    deadlineMs?: number;
    /** Cancels the statements a request has running (db/query-cancel.ts). */
    cancel?: (running: Parameters<typeof cancelStatements>[1]) => Promise<void>;
  } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const responseLimit = options.responseLimit ?? Infinity;
  return (req, res) => {
    // Aborted when the client goes away before its answer is written, or when the request's deadline
    // passes: its running statements are cancelled and long work (a roster import) stops; what it wrote
    // rolls back instead of committing for nobody.
    const gone = new AbortController();
    let running: Parameters<typeof cancelStatements>[1] | undefined;
    const stop = (reason: 'disconnected' | 'deadline') => {
      if (gone.signal.aborted) return;
      gone.abort(reason);
      if (running) void options.cancel?.(running).catch(() => undefined);
    };
    res.on('close', () => {
      if (!res.writableFinished) stop('disconnected');
    });
    const deadline = options.deadlineMs ? setTimeout(() => stop('deadline'), options.deadlineMs) : undefined;
    deadline?.unref();
    res.on('finish', () => clearTimeout(deadline));
    void (async () => {
      let body: unknown;
      try {
        body = await parseBody(req);
      } catch (e) {
        if (e instanceof BodyError) sendError(res, e.status, e.message, e.code);
        else res.destroy();
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '';
      const q = url.indexOf('?');
      const execute = async (primaryOnly: boolean) => {
        const reads = { primaryOnly, lost: false };
        const tracked = trackStatements(() =>
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q < 0 ? '' : url.slice(q), body },
            context: async () => Object.assign(await context(req, gone.signal), { reads }),
          }),
        );
        running = tracked.running;
        return { response: await tracked.result, lost: reads.lost };
      };
      const first = await execute(false);
      // Its read replica went away mid-request (graphql/read-routing.ts): a routed request is a query, so it
      // runs again on the primary rather than failing for a replica the client never chose.
      const { response } = first.lost && !gone.signal.aborted ? await execute(true) : first;
      clearTimeout(deadline);
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        const size = Buffer.byteLength(response.body.string);
        if (size > responseLimit) {
          const mb = (n: number) => (n / 1_048_576).toFixed(1);
          sendError(
            res,
            400,
            `查询结果过大（${mb(size)} MB，上限 ${mb(responseLimit)} MB），请分页或缩小查询范围`,
            'QUERY_TOO_COMPLEX',
          );
          return;
        }
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    })().catch(() => {
      if (!res.headersSent) sendError(res, 500, '服务器内部错误');
      else res.destroy();
    });
  };
}

/** Whether a request is for the GraphQL endpoint: /graphql or /graphql/, with or without a query string. */
export function isGraphqlRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}
