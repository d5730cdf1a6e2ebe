import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { apolloClient } from '../apollo-client';
import { toHttpError } from '../errors';
import { stripTypename } from '../write-data';

/**
 * One domain query or mutation, a document generated from operations/*.graphql (`npm run codegen`, in
 * admin/src/generated-api/operations.ts) so that its variables and result are typed: the data without
 * `__typename`, or the error as the HttpError the screens show (a CONFLICT's `extensions`, a
 * BAD_USER_INPUT's `fieldErrors` in `body.errors`).
 */
export async function runMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  try {
    const r = await apolloClient.mutate({ mutation, variables });
    // Without errors (the default errorPolicy throws them) a mutation's data is there.
    return stripTypename(r.data) as TData;
  } catch (e) {
    throw toHttpError({ body: e });
  }
}

export async function runQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  try {
    const r = await apolloClient.query({ query, variables });
    return stripTypename(r.data);
  } catch (e) {
    throw toHttpError({ body: e });
  }
}
