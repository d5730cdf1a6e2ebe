import { gql, type DocumentNode } from '@apollo/client';
import type { UserAccess } from '../auth/access-store';
import { metaOf, selectionOf } from './selection';

/**
 * The GraphQL documents of the generic operations, built from the metadata (operation and type names
 * come from `_adminMeta`, never guessed) and the user's readable fields, cached per user and resource.
 */
const cache = new Map<string, DocumentNode>();
const memo = (key: string, build: () => string): DocumentNode => {
  let doc = cache.get(key);
  if (!doc) {
    doc = gql(build());
    cache.set(key, doc);
  }
  return doc;
};
const userKey = (access: UserAccess | null) => access?.me.id ?? 'anonymous';

/** One request for a list page: the rows and the total. */
export function listDocument(access: UserAccess | null, resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(`${userKey(access)}:list:${resource}`, () => {
    const o = m.operations;
    return `query ${resource}List($where: ${m.types.where}, $search: String, $orderBy: [${m.types.orderBy}!], $skip: Int, $take: Int) {
      rows: ${o.list}(where: $where, search: $search, orderBy: $orderBy, skip: $skip, take: $take) { ${selectionOf(access, resource)} }
      total: ${o.count}(where: $where, search: $search)
    }`;
  });
}

export function oneDocument(access: UserAccess | null, resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `${userKey(access)}:one:${resource}`,
    () => `query ${resource}One($id: ID!) { data: ${m.operations.one}(id: $id) { ${selectionOf(access, resource)} } }`,
  );
}

export function createDocument(access: UserAccess | null, resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `${userKey(access)}:create:${resource}`,
    () =>
      `mutation ${resource}Create($data: ${m.types.create}!) { data: ${m.operations.create}(data: $data) { ${selectionOf(access, resource)} } }`,
  );
}

export function updateDocument(access: UserAccess | null, resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `${userKey(access)}:update:${resource}`,
    () => `mutation ${resource}Update($id: ID!, $data: ${m.types.update}!, $expectedVersion: Int) {
      data: ${m.operations.update}(id: $id, data: $data, expectedVersion: $expectedVersion) { ${selectionOf(access, resource)} }
    }`,
  );
}

export function updateManyDocument(resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `updateMany:${resource}`,
    () =>
      `mutation ${resource}UpdateMany($ids: [ID!]!, $data: ${m.types.update}!) { data: ${m.operations.updateMany}(ids: $ids, data: $data) { id } }`,
  );
}

export function deleteDocument(resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `delete:${resource}`,
    () => `mutation ${resource}Delete($id: ID!) { data: ${m.operations.delete}(id: $id) { id } }`,
  );
}

export function deleteManyDocument(resource: string): DocumentNode {
  const m = metaOf(resource);
  return memo(
    `deleteMany:${resource}`,
    () => `mutation ${resource}DeleteMany($ids: [ID!]!) { data: ${m.operations.deleteMany}(ids: $ids) { id } }`,
  );
}

export const clearDocuments = (): void => cache.clear();
