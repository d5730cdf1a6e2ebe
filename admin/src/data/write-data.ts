import type { ResourceMeta } from './meta-types';

/** The fields a form may send: never read-only ones, create-only ones on create only. */
export function writableFields(meta: ResourceMeta, mode: 'create' | 'update'): string[] {
  return meta.fields.filter((f) => !f.readOnly && (mode === 'create' || !f.createOnly)).map((f) => f.name);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** An empty text input means "no value". */
const clean = (v: unknown): unknown => (v === '' ? null : v);

export function createData(meta: ResourceMeta, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of writableFields(meta, 'create')) if (data[name] !== undefined) out[name] = clean(data[name]);
  return out;
}

/** Only what changed: an untouched masked value (an ID number shown as ****1234) is never sent back. */
export function changedData(
  meta: ResourceMeta,
  data: Record<string, unknown>,
  previous: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of writableFields(meta, 'update')) {
    if (data[name] === undefined || same(clean(data[name]), previous[name])) continue;
    out[name] = clean(data[name]);
  }
  return out;
}

/** Apollo adds `__typename` to every object: strip it before anything reaches react-admin or a write. */
export function stripTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripTypename) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, stripTypename(v)]),
    ) as T;
  }
  return value;
}
