/** Query-string parameters as express parses them (repeated keys become arrays). */
export type QueryParams = Record<string, string | string[] | undefined>;

/** One query-string value (the first when repeated), trimmed; undefined when absent or empty. */
export function oneParam(query: QueryParams, key: string): string | undefined {
  const v = query[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

/** A list parameter: repeated keys or comma-separated values. */
export function listParam(query: QueryParams, key: string): string[] {
  const v = query[key];
  const all = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s): s is string => typeof s === 'string');
  return all
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}
