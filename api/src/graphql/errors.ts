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
  | 'INTERNAL_SERVER_ERROR';

export type FieldErrors = Record<string, string>;

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    // Thrown while building the request context (bad credentials), the status becomes the HTTP one.
    const http = code === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {};
    super(message, { extensions: { code, ...extra, ...http } });
    this.name = 'AppError';
  }
}

export const badInput = (fieldErrors: FieldErrors, message = '输入有误'): AppError =>
  new AppError('BAD_USER_INPUT', message, { fieldErrors });

/** Used for records that do not exist and for records the caller may not see: the same answer. */
export const notFound = (type: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${type} ${id} 不存在`, { entity: type, id });

export const conflict = (message = '记录已被他人修改，请刷新后重试', extra: Record<string, unknown> = {}): AppError =>
  new AppError('CONFLICT', message, extra);
