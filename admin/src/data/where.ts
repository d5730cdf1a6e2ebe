import type { ResourceMeta } from './meta-types';

/**
 * react-admin filter values → the API's `where` and `search`: `q` is the search box; a field's
 * value becomes `equals` (or `in` for several), `contains` for text, `hasSome` for lists;
 * `field_gte` / `field_lte` are ranges (a date bound on a date-time field covers that day in China time).
 */
type Where = Record<string, unknown>;
type Op = 'gte' | 'lte' | 'gt' | 'lt' | 'contains' | 'in' | 'equals';

export function toWhere(
  meta: ResourceMeta,
  filter: Record<string, unknown> = {},
): { where: Where | null; search: string | null } {
  const where: Where = {};
  let search: string | null = null;
  const and: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'q') {
      if (meta.searchable) search = String(value).trim() || null;
      continue;
    }
    const m = /^(.+)_(gte|lte|gt|lt|contains|in|equals)$/.exec(key);
    const name = m ? m[1] : key;
    const op = (m ? m[2] : null) as Op | null;
    const field = meta.fields.find((f) => f.name === name);
    const kind = name === 'id' ? 'ref' : field?.kind;
    if (!kind) continue;
    let cond: Where;
    if (kind === 'enumList' || kind === 'intList') {
      cond = { hasSome: Array.isArray(value) ? value : [value] };
    } else if (op) {
      cond = { [op]: kind === 'datetime' ? dayBound(String(value), op) : value };
    } else if (Array.isArray(value)) {
      cond = { in: value };
    } else if (kind === 'string' || kind === 'text') {
      cond = { contains: String(value) };
    } else {
      cond = { equals: value };
    }
    // Two conditions on one field (a range) are joined with AND.
    if (where[name]) and.push({ [name]: cond });
    else where[name] = cond;
  }
  if (and.length) where.AND = and;
  return { where: Object.keys(where).length ? where : null, search };
}

/** A calendar day typed in a date filter, as the instant that starts or ends it in China (UTC+8). */
function dayBound(value: string, op: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const end = op === 'lte' || op === 'lt';
  return new Date(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}+08:00`).toISOString();
}
