import type { DocumentNode } from '@apollo/client';
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE,
  UPDATE_MANY,
} from 'ra-core';
import type { UserAccess } from '../auth/access-store';
import {
  createDocument,
  deleteDocument,
  deleteManyDocument,
  listDocument,
  oneDocument,
  updateDocument,
  updateManyDocument,
} from './documents';
import { BASE_FIELDS, metaOf } from './selection';
import { toWhere } from './where';
import { changedData, createData, stripTypename } from './write-data';

/** The API caps `take` at 100 (docs/api.md). */
export const MAX_TAKE = 100;

export interface BuiltQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
  parseResponse: (response: { data: Record<string, unknown> }) => unknown;
}
type Params = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const rows = (r: { data: Record<string, unknown> }) => stripTypename(r.data.rows as Record<string, unknown>[]);
const one = (r: { data: Record<string, unknown> }) => ({ data: stripTypename(r.data.data) });
/** A record the API does not return (gone, or out of the user's scope) is an error, not a blank page. */
const found = (r: { data: Record<string, unknown> }) => {
  if (r.data.data == null) throw new HttpError('linli.errors.not_found', 404);
  return one(r);
};

/** react-admin's sort → the API's `orderBy` (null when the field may not be sorted on). */
export function orderBy(resource: string, sort?: { field?: string; order?: string }) {
  const field = sort?.field;
  if (!field) return null;
  const sortable = BASE_FIELDS.includes(field) || metaOf(resource).fields.some((f) => f.name === field && f.sortable);
  return sortable ? [{ [field]: sort?.order === 'DESC' ? 'DESC' : 'ASC' }] : null;
}

function listQuery(
  access: UserAccess | null,
  resource: string,
  filter: Record<string, unknown>,
  p: Params,
): BuiltQuery {
  const { where, search } = toWhere(metaOf(resource), filter);
  const perPage = Math.min(p.pagination?.perPage ?? 25, MAX_TAKE);
  const page = p.pagination?.page ?? 1;
  return {
    query: listDocument(access, resource),
    variables: { where, search, orderBy: orderBy(resource, p.sort), skip: (page - 1) * perPage, take: perPage },
    parseResponse: (r) => ({ data: rows(r), total: r.data.total as number }),
  };
}

/** ra-data-graphql's `buildQuery`: one document per react-admin call, for our CRUD grammar. */
export const buildQueryFactory =
  (getAccess: () => UserAccess | null) =>
  () =>
  (fetchType: string, resource: string, p: Params): BuiltQuery => {
    const access = getAccess();
    const m = metaOf(resource);
    switch (fetchType) {
      case GET_LIST:
        return listQuery(access, resource, p.filter ?? {}, p);
      case GET_MANY_REFERENCE:
        return listQuery(access, resource, { ...(p.filter ?? {}), [p.target]: p.id }, p);
      case GET_MANY: {
        const base = listQuery(access, resource, { id: p.ids }, { pagination: { page: 1, perPage: MAX_TAKE } });
        return { ...base, parseResponse: (r) => ({ data: rows(r) }) };
      }
      case GET_ONE:
        return { query: oneDocument(access, resource), variables: { id: p.id }, parseResponse: found };
      case CREATE:
        return {
          query: createDocument(access, resource),
          variables: { data: createData(m, p.data) },
          parseResponse: one,
        };
      case UPDATE:
        return {
          query: updateDocument(access, resource),
          variables: {
            id: p.id,
            data: changedData(m, p.data, p.previousData),
            expectedVersion: p.previousData?.version ?? null,
          },
          parseResponse: one,
        };
      case UPDATE_MANY:
        return {
          query: updateManyDocument(resource),
          variables: { ids: p.ids, data: createData(m, p.data) },
          parseResponse: (r) => ({ data: (r.data.data as { id: string }[]).map((x) => x.id) }),
        };
      case DELETE:
        return { query: deleteDocument(resource), variables: { id: p.id }, parseResponse: one };
      case DELETE_MANY:
        return {
          query: deleteManyDocument(resource),
          variables: { ids: p.ids },
          parseResponse: (r) => ({ data: (r.data.data as { id: string }[]).map((x) => x.id) }),
        };
      default:
        throw new Error(`Unsupported fetch type ${fetchType}`);
    }
  };
