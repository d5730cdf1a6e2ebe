import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../errors';
import type { ResourceSpec } from '../resource';
import type { OrderKey } from './order';

/**
 * Keyset cursors for `xsConnection`: a cursor holds the values of the row's order keys (id last), as
 * PostgreSQL wrote them (timestamps to the microsecond), and the next page is the rows after those values in
 * the list's order. A row inserted or removed before the cursor does not shift the pages after it (an offset
 * cursor did). The values come from rows the caller was shown; a forged cursor only positions a page among
 * the caller's own rows, by fields it may sort on anyway. Offset cursors (`o:<n>`) are still accepted.
 */
export type Cursor = { offset: number } | { keys: (string | number | boolean | null)[] };

export const encodeKeyCursor = (values: unknown[]): string =>
  Buffer.from(`k:${JSON.stringify(values)}`).toString('base64url');

const scalar = (v: unknown): v is string | number | boolean | null =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

export function decodeConnectionCursor(cursor: string | null | undefined, keys: number): Cursor | null {
  if (!cursor) return null;
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = /^o:(\d+)$/.exec(text);
  if (offset) return { offset: Number(offset[1]) + 1 };
  if (text.startsWith('k:')) {
    try {
      const values = JSON.parse(text.slice(2)) as unknown;
      if (Array.isArray(values) && values.length === keys && values.every(scalar)) return { keys: values };
    } catch {
      // not JSON: refused below
    }
  }
  throw badInput({ after: '无效的游标' });
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The SQL of each order key over `alias` (pinyin keys in their collation). */
export function keyColumns(em: EntityManager, spec: ResourceSpec, keys: OrderKey[]): ((alias: string) => string)[] {
  const meta = em.getMetadata().find(spec.entity.name)!;
  return keys.map((k) => {
    const column = q(meta.properties[k.property].fieldNames[0]);
    return (alias) => `${alias}.${column}${k.pinyin ? ' collate "zh-x-icu"' : ''}`;
  });
}

/**
 * The rows after `values` in the order of `keys`, as SQL over an alias: for some key i, the keys before it
 * equal and key i after. PostgreSQL sorts NULLs last ascending and first descending; a NULL value compares
 * accordingly (after a NULL ascending come only NULLs; after a NULL descending come all non-NULLs).
 */
export function keysetCondition(
  em: EntityManager,
  spec: ResourceSpec,
  keys: OrderKey[],
  values: unknown[],
): { sql: (alias: string) => string; params: unknown[] } {
  const columns = keyColumns(em, spec, keys);
  return {
    sql: (alias) => {
      const alternatives = keys.map((k, i) => {
        const equal = keys
          .slice(0, i)
          .map((_, j) => (values[j] === null ? `${columns[j](alias)} is null` : `${columns[j](alias)} = ?`));
        const c = columns[i](alias);
        let after: string;
        if (values[i] === null) after = k.dir === 'asc' ? 'false' : `${c} is not null`;
        else after = k.dir === 'asc' ? `(${c} > ? or ${c} is null)` : `${c} < ?`;
        return `(${[...equal, after].join(' and ')})`;
      });
      return `(${alternatives.join(' or ')})`;
    },
    params: keys.flatMap((_, i) => [
      ...values.slice(0, i).filter((v) => v !== null),
      ...(values[i] === null ? [] : [values[i]]),
    ]),
  };
}
