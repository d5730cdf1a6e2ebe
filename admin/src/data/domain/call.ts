import type { DocumentNode } from '@apollo/client';
import { apolloClient } from '../apollo-client';
import { toHttpError } from '../errors';
import { stripTypename } from '../write-data';

/**
 * One domain query or mutation: the data without `__typename`, or the error as the HttpError the
 * screens show (a CONFLICT's `extensions`, a BAD_USER_INPUT's `fieldErrors` in `body.errors`).
 */
export async function runMutation<T>(mutation: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  try {
    const r = await apolloClient.mutate({ mutation, variables });
    return stripTypename(r.data) as T;
  } catch (e) {
    throw toHttpError({ body: e });
  }
}

export async function runQuery<T>(query: DocumentNode, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    const r = await apolloClient.query({ query, variables });
    return stripTypename(r.data) as T;
  } catch (e) {
    throw toHttpError({ body: e });
  }
}
