import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotFoundError,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { isUnavailable, RETRY_AFTER_SECONDS, type FieldErrors } from '../common/errors';

/** class-validator errors → `{ field: message }`; nested paths joined with dots (`rows.0.status`). */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = prefix + e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length) out[key] = messages[0];
    if (e.children?.length) Object.assign(out, toFieldErrors(e.children, key + '.'));
  }
  return out;
}

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CLASS_FULL',
  'SERVICE_BUSY',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'CANCELLED',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what a client sees. Known codes pass through; database and ORM
 * errors get their code; anything else is logged with the request id and reaches the client as
 * INTERNAL_SERVER_ERROR with no stack, SQL or personal data.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    return {
      ...base,
      message: '输入有误',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: toFieldErrors(original.extensions.validationErrors) },
    };
  }
  if (original instanceof OptimisticLockError) {
    return { ...base, message: '记录已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof NotFoundError) {
    return { ...base, message: '记录不存在', extensions: { code: 'NOT_FOUND' } };
  }
  // Database refusals: the code and plain words; the constraint's name only in the log (request-plugin.ts).
  if (original instanceof UniqueConstraintViolationException) {
    return { ...base, message: '与已有记录重复', extensions: { code: 'CONFLICT' } };
  }
  if (
    original instanceof CheckConstraintViolationException ||
    original instanceof ForeignKeyConstraintViolationException ||
    original instanceof NotNullConstraintViolationException
  ) {
    return { ...base, message: '数据不符合规则', extensions: { code: 'BAD_USER_INPUT', fieldErrors: {} } };
  }
  if (isUnavailable(original)) {
    return {
      ...base,
      message: '数据库暂时无法连接，请稍后重试',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  if (BUSY.has(sqlStateOf(original) ?? '')) {
    return {
      ...base,
      message: '系统繁忙或处理超时，本次未保存任何内容，请稍后重试',
      extensions: { code: 'SERVICE_BUSY', retryable: true },
    };
  }
  const input = inputRefusal(original);
  if (input) return { ...base, message: input, extensions: { code: 'BAD_USER_INPUT', fieldErrors: {} } };
  const code = formatted.extensions?.code;
  const coercion = code === 'BAD_USER_INPUT' && !formatted.extensions?.fieldErrors && coercionField(formatted.message);
  if (coercion) {
    // A variable the schema could not accept (31 Feb, an unknown enum value): name the field.
    return { ...base, extensions: { code, fieldErrors: { [coercion]: '格式不正确' } } };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { exception: _e, stacktrace: _s, constraint: _c, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  // Logged with the request id by the request plugin (request-plugin.ts), never sent.
  return { ...base, message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** What may be logged of an error: a driver error's message can hold the SQL and its values. */
export function loggableError(e: unknown): Record<string, unknown> {
  const err = e as {
    name?: string;
    code?: string;
    constraint?: string;
    table?: string;
    message?: string;
    stack?: string;
  };
  if (err && typeof err === 'object' && 'sqlState' in err) {
    return { type: err.name, code: err.code, constraint: err.constraint, table: err.table };
  }
  return { type: err?.name, message: err?.message, stack: err?.stack };
}

/** `Variable "$data" got invalid value … at "data.birthDate"` → `birthDate` (`0.birthDate` in lists). */
function coercionField(message: string): string | undefined {
  const at = /got invalid value .* at "([^"]+)"/.exec(message)?.[1];
  if (at)
    return (
      at
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .slice(1)
        .join('.') || at
    );
  const whole = /^Variable "\$(\w+)" got invalid value/.exec(message)?.[1];
  return whole;
}

/** A time bound ran out (lock_timeout, statement_timeout) or PostgreSQL broke a deadlock: retryable. */
const BUSY = new Set(['55P03', '57014', '40P01', '40001']);

function sqlStateOf(e: unknown): string | null {
  if (!e || typeof e !== 'object' || !('sqlState' in e)) return null;
  return String((e as { sqlState?: string }).sqlState ?? (e as { code?: string }).code);
}

/**
 * PostgreSQL's data exceptions (class 22: a malformed id, a NUL byte, a number or date out of range) and
 * a statement too complex to plan are the caller's input, not a fault of the server.
 */
function inputRefusal(e: unknown): string | null {
  const state = sqlStateOf(e);
  if (!state) return null;
  if (state.startsWith('22')) return '输入格式不正确';
  if (state === '54001') return '查询条件过于复杂';
  return null;
}

/** The code a client sees for an error, as formatError decides it: for the log's level. */
export function clientCode(e: unknown): string {
  const formatted = e as GraphQLError;
  return String(
    formatError({ message: formatted?.message ?? '', extensions: formatted?.extensions }, e).extensions?.code,
  );
}
