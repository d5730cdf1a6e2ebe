/**
 * Can a withheld cell be recomputed from what a report returns? The published figures of one additive
 * measure give linear equations (each grouping's cells add up to the total; months add up to their
 * quarters); a withheld value is recoverable exactly when its unit vector lies in the row space of those
 * equations over the unknowns. Gaussian elimination on small matrices.
 */
export interface LeakCell {
  key: string;
  value: number | null; // null: suppressed
}
export interface LeakInput {
  total: number | null;
  groupings: { by: string; rows: LeakCell[] }[];
}

function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    let p = r;
    while (p < a.length && Math.abs(a[p][c]) < 1e-9) p++;
    if (p === a.length) continue;
    [a[r], a[p]] = [a[p], a[r]];
    for (let i = 0; i < a.length; i++) {
      if (i === r || Math.abs(a[i][c]) < 1e-9) continue;
      const f = a[i][c] / a[r][c];
      for (let k = c; k < cols; k++) a[i][k] -= f * a[r][k];
    }
    r++;
  }
  return r;
}

/** Names of the withheld values that the published ones determine. Empty: nothing leaks. */
export function recoverable(input: LeakInput): string[] {
  const unknowns: string[] = [];
  const idx = (name: string) => {
    if (!unknowns.includes(name)) unknowns.push(name);
    return unknowns.indexOf(name);
  };
  type Term = { name: string | null; value: number };
  const equations: Term[][] = [];
  const totalTerm: Term = input.total === null ? { name: 'TOTAL', value: 0 } : { name: null, value: input.total };
  for (const g of input.groupings) {
    const terms = g.rows.map((r) =>
      r.value === null ? { name: `${g.by}:${r.key}`, value: 0 } : { name: null, value: r.value },
    );
    equations.push([
      ...terms,
      { ...totalTerm, value: -totalTerm.value, name: totalTerm.name ? `-${totalTerm.name}` : null },
    ]);
  }
  const months = input.groupings.find((g) => g.by === 'MONTH');
  const quarters = input.groupings.find((g) => g.by === 'QUARTER');
  for (const q of quarters?.rows ?? []) {
    const inQ = (months?.rows ?? []).filter(
      (m) => `${m.key.slice(0, 4)}-Q${Math.floor((Number(m.key.slice(5, 7)) - 1) / 3) + 1}` === q.key,
    );
    if (!months) break;
    const terms = inQ.map((m) =>
      m.value === null ? { name: `MONTH:${m.key}`, value: 0 } : { name: null, value: m.value },
    );
    const qt = q.value === null ? { name: `-QUARTER:${q.key}`, value: 0 } : { name: null, value: -q.value };
    equations.push([...terms, qt]);
  }
  const maps: Map<number, number>[] = [];
  for (const eq of equations) {
    const coeffs = new Map<number, number>();
    for (const t of eq) {
      if (!t.name) continue;
      const neg = t.name.startsWith('-');
      const i = idx(neg ? t.name.slice(1) : t.name);
      coeffs.set(i, (coeffs.get(i) ?? 0) + (neg ? -1 : 1));
    }
    maps.push(coeffs);
  }
  const width = unknowns.length;
  const matrix = maps
    .map((c) => Array.from({ length: width }, (_, i) => c.get(i) ?? 0))
    .filter((r) => r.some((x) => x !== 0));
  if (!width || !matrix.length) return [];
  const base = rank(matrix);
  return unknowns.filter(
    (_, j) => rank([...matrix, Array.from({ length: width }, (_, k) => (k === j ? 1 : 0))]) === base,
  );
}
