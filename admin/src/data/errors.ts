import { HttpError } from 'ra-core';

/**
 * GraphQL answers errors with HTTP 200 and `extensions.code`: turn them into the HttpErrors
 * react-admin understands. BAD_USER_INPUT's `fieldErrors` land on the form's inputs (`body.errors`),
 * a stale version (CONFLICT) asks to refresh, UNAUTHENTICATED is a 401 (the auth provider signs the
 * user out) and FORBIDDEN a 403.
 */
interface GqlError {
  message: string;
  extensions?: { code?: string; fieldErrors?: Record<string, string> };
}

export function gqlErrorsOf(e: unknown): GqlError[] {
  const x = e as { body?: { graphQLErrors?: GqlError[]; errors?: GqlError[] }; graphQLErrors?: GqlError[] };
  return x?.body?.graphQLErrors ?? x?.graphQLErrors ?? x?.body?.errors ?? [];
}

export function toHttpError(e: unknown): unknown {
  if (e instanceof HttpError && e.status !== 200) return e;
  const [first] = gqlErrorsOf(e);
  if (!first) {
    const network = (e as { body?: { networkError?: { statusCode?: number } } })?.body?.networkError;
    if (network || (e as Error)?.name === 'TypeError')
      return new HttpError('linli.errors.network', network?.statusCode ?? 0);
    return e;
  }
  const fieldErrors = first.extensions?.fieldErrors;
  const withFields = fieldErrors && Object.keys(fieldErrors).length > 0;
  switch (first.extensions?.code) {
    case 'UNAUTHENTICATED':
      return new HttpError('linli.errors.session_expired', 401);
    case 'FORBIDDEN':
      return new HttpError(first.message || 'linli.errors.forbidden', 403);
    case 'NOT_FOUND':
      return new HttpError('linli.errors.not_found', 404);
    case 'CONFLICT':
      return withFields
        ? new HttpError(first.message, 409, { errors: { ...fieldErrors, root: { serverError: first.message } } })
        : new HttpError(
            first.message && /已被他人修改/.test(first.message) ? 'linli.errors.conflict' : first.message,
            409,
            {
              extensions: first.extensions,
            },
          );
    case 'BAD_USER_INPUT':
      return new HttpError(first.message || 'linli.errors.invalid', 400, {
        errors: { ...(fieldErrors ?? {}), root: { serverError: first.message } },
      });
    case 'SERVICE_BUSY':
      // A lock or time bound ran out: nothing was saved; the message says to try again.
      return new HttpError(first.message, 503);
    case 'INTERNAL_SERVER_ERROR':
      return new HttpError('linli.errors.server', 500);
    default:
      return new HttpError(first.message, 400);
  }
}
