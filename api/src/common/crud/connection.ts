import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResourceSpec } from '../resource';
import { decodeConnectionCursor, encodeKeyCursor, keyColumns, keysetCondition, type Cursor } from './keyset';
import { orderKeys, type OrderInput, type OrderKey } from './order';
import { paging } from './paging';
import type { FieldGate } from './where-translate';

export interface ConnectionArgs {
  orderBy?: OrderInput[] | null;
  first?: number | null;
  after?: string | null;
}

/** A connection page's order keys, where it starts (keyset or, for old cursors, offset) and its size. */
export interface ConnectionPage {
  keys: OrderKey[];
  cursor: Cursor | null;
  limit: number;
  /** The keyset condition over an alias, when the page starts after a keyset cursor. */
  after: { sql: (alias: string) => string; params: unknown[] } | null;
  offset: number;
}

export function connectionPage(em: EntityManager, spec: ResourceSpec, gate: FieldGate, args: ConnectionArgs) {
  const keys = orderKeys(spec, args.orderBy, gate);
  const cursor = decodeConnectionCursor(args.after, keys.length);
  const { limit } = paging(0, args.first, 'first');
  return {
    keys,
    cursor,
    limit,
    after: cursor && 'keys' in cursor ? keysetCondition(em, spec, keys, cursor.keys) : null,
    offset: cursor && 'offset' in cursor ? cursor.offset : 0,
  } satisfies ConnectionPage;
}

/** `json_build_array` of the order keys over an alias: the cursor values of a row, as PostgreSQL writes them. */
export function cursorSql(em: EntityManager, spec: ResourceSpec, keys: OrderKey[], alias: string): string {
  return `json_build_array(${keyColumns(em, spec, keys)
    .map((c) => c(alias))
    .join(', ')})`;
}

/** The connection object from up to limit + 1 rows and each row's cursor values. */
export function connectionOf<N>(
  page: ConnectionPage,
  rows: N[],
  cursorValues: (node: N, i: number) => unknown[],
  totalCount: () => Promise<number>,
) {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeKeyCursor(cursorValues(node, i)) }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
