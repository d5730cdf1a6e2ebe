import { GraphQLError } from 'graphql';

/**
 * Typed error codes, mapped to GraphQL `extensions.code` in one place (format-error.ts).
 * Services throw these; anything else reaching the client becomes INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CLASS_FULL'
  /** A lock or statement time bound ran out (config.ts db): nothing was written; try again shortly. */
  | 'SERVICE_BUSY'
  /** The database cannot be reached (restarting, down): HTTP 503 with Retry-After; nothing was written. */
  | 'SERVICE_UNAVAILABLE'
  /** The client went away before the answer: the work was rolled back (nobody reads this answer). */
  | 'CANCELLED'
  /** Too many attempts (sign-in, an API key's budget): `retryAfterSeconds` says when to try again. */
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export type FieldErrors = Record<string, string>;

export class AppError extends GraphQLError {
  /**
   * What the log may hold but the client may not: the database constraint behind a refusal. Not part of
   * `extensions`, so it never reaches a response (request-plugin.ts logs it with the request id).
   */
  internal?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
    internal?: Record<string, unknown>,
  ) {
    // Thrown while building the request context (bad credentials), the status becomes the HTTP one.
    const http = code === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {};
    super(message, { extensions: { code, ...extra, ...http } });
    this.name = 'AppError';
    this.internal = internal;
  }
}

export const badInput = (fieldErrors: FieldErrors, message = '输入有误'): AppError =>
  new AppError('BAD_USER_INPUT', message, { fieldErrors });

/** Used for records that do not exist and for records the caller may not see: the same answer. */
export const notFound = (type: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${type} ${id} 不存在`, { entity: type, id });

export const conflict = (
  message = '记录已被他人修改，请刷新后重试',
  extra: Record<string, unknown> = {},
  internal?: Record<string, unknown>,
): AppError => new AppError('CONFLICT', message, extra, internal);

/** Seconds a client is told to wait (Retry-After) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export const unavailable = (): AppError =>
  new AppError('SERVICE_UNAVAILABLE', '数据库暂时无法连接，请稍后重试', {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  });

/**
 * Whether an error means the database could not be reached or went away: refused or reset connections,
 * no free connection in time, PostgreSQL shutting down or starting up, the database missing or closed.
 */
export function isUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { code?: string; sqlState?: string; message?: string; name?: string };
  const state = err.sqlState ?? err.code ?? '';
  if (/^08/.test(state) || ['57P01', '57P02', '57P03', '3D000', '53300'].includes(state)) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(state)) return true;
  if (['ConnectionException', 'KnexTimeoutError', 'ShuttingDownError'].includes(err.name ?? '')) return true;
  return /Timeout acquiring a connection|Connection terminated|not currently accepting connections|connect ECONNREFUSED/.test(
    err.message ?? '',
  );
}

/** Stops long work (a roster import) when its client has disconnected or its deadline passed: it rolls back. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  if (signal.reason === 'deadline') {
    throw new AppError('SERVICE_BUSY', '处理超时，本次操作已取消，未保存任何内容，请稍后重试', { retryable: true });
  }
  throw new AppError('CANCELLED', '客户端已断开，本次操作已取消，未保存任何内容');
}
