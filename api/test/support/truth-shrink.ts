/**
 * Shrinks a failing generated query to a small one that still fails (greedy: drop object keys and
 * array elements, hoist a nested object in place of its parent), so that a failure report shows the
 * operator at fault instead of a three-level random tree.
 */
type Json = unknown;

function* reductions(value: Json): Generator<Json> {
  if (Array.isArray(value)) {
    // Arrays keep at least one element: an empty list (in: [], OR: []) is an edge case of its own.
    if (value.length > 1) for (let i = 0; i < value.length; i++) yield [...value.slice(0, i), ...value.slice(i + 1)];
    for (let i = 0; i < value.length; i++)
      for (const r of reductions(value[i])) yield value.map((v, j) => (j === i ? r : v));
    return;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, Json>);
    if (entries.length > 1) {
      for (let i = 0; i < entries.length; i++) yield Object.fromEntries(entries.filter((_, j) => j !== i));
    }
    for (const [k, v] of entries) {
      for (const r of reductions(v)) {
        if (r === undefined) continue;
        yield { ...value, [k]: r };
      }
    }
  }
}

export async function shrink<T>(start: T, fails: (candidate: T) => Promise<boolean>, budget = 400): Promise<T> {
  let current = start;
  let tries = 0;
  for (let progress = true; progress && tries < budget;) {
    progress = false;
    for (const candidate of reductions(current)) {
      if (++tries > budget) break;
      if (await fails(candidate as T)) {
        current = candidate as T;
        progress = true;
        break;
      }
    }
  }
  return current;
}
