import { emptyComponents, type Components } from '../../src/modules/report/model/components';
import { figures, FIGURE_NAMES, type CellFigures } from '../../src/modules/report/report.cells';
import { newCell, suppressSmallCells, withholdFigures, type SCell } from '../../src/modules/report/report.suppress';
import { recoverable } from '../support/report-leaks';
import { createRng } from '../support/truth-random';

/**
 * Complementary suppression on random tables: groupings are different partitions of the same random facts
 * (so every grouping adds up to the total, and months to their quarters, as a real report does). For every
 * additive figure, no withheld value can be worked out from the visible ones of the same answer; no visible
 * person count is 1–4; a small figure is always withheld as SMALL_COUNT.
 */
const rng = createRng(20261217);
type Atom = Components & { month: number; org: number; cat: number };

function atom(): Atom {
  const c = emptyComponents(false);
  const tiny = rng.int(0, 3) === 0;
  c.people = tiny ? rng.int(1, 4) : rng.int(5, 60);
  c.enrollments = rng.int(0, 4) === 0 ? rng.int(1, 4) : rng.int(0, 40);
  c.waitlisted = rng.int(0, 3) === 0 ? rng.int(1, 4) : rng.int(0, 2) * rng.int(5, 9);
  c.attended = rng.int(0, 500);
  c.attRows = c.attended + rng.int(0, 50);
  c.records = rng.int(0, 30);
  c.feeFen = c.enrollments * 13_000;
  c.subsidyFen = c.enrollments * 5_000;
  c.payableFen = c.feeFen - c.subsidyFen;
  return { ...c, month: rng.int(0, 11), org: rng.int(0, 3), cat: rng.int(0, 2) };
}

const ADD: (keyof Components)[] = ['people', 'enrollments', 'waitlisted', 'attended', 'attRows', 'records', 'feeFen'];
function sum(atoms: Atom[]): Components {
  const c = emptyComponents(false);
  for (const a of atoms) for (const k of ADD) (c as unknown as Record<string, number>)[k] += a[k] as number;
  c.subsidyFen = atoms.reduce((s, a) => s + a.subsidyFen, 0);
  c.payableFen = atoms.reduce((s, a) => s + a.payableFen, 0);
  return c;
}
const by = (atoms: Atom[], key: (a: Atom) => string) => {
  const groups = new Map<string, Atom[]>();
  for (const a of atoms) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  return [...groups].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, xs]) => newCell(k, sum(xs)));
};
const month = (a: Atom) => `2025-${String(a.month + 1).padStart(2, '0')}`;

describe('complementary suppression on random tables', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i))('leaves nothing derivable (table %i)', () => {
    const atoms = Array.from({ length: rng.int(2, 14) }, atom);
    const total = newCell('', sum(atoms));
    const groupings = [
      { by: 'MONTH', cells: by(atoms, month) },
      { by: 'QUARTER', cells: by(atoms, (a) => `2025-Q${Math.floor(a.month / 3) + 1}`) },
      { by: 'ORGANIZATION', cells: by(atoms, (a) => `o${a.org}`) },
      { by: 'CATEGORY', cells: by(atoms, (a) => `c${a.cat}`) },
    ];
    suppressSmallCells(total, groupings);
    const shown = (c: SCell): CellFigures => withholdFigures(c, figures(c.c));
    const cells = [total, ...groupings.flatMap((g) => g.cells)];
    const small = (v: number | null) => v !== null && v >= 1 && v <= 4;
    for (const c of cells) {
      const s = shown(c) as unknown as Record<string, number | null>;
      for (const f of ['peopleServed', 'enrollments', 'waitlisted'])
        expect({ f, small: small(s[f]) }).toEqual({ f, small: false });
      const reasons = new Map(shown(c).withheld.map((w) => [w.figure, w.reason]));
      if (small(c.c.people)) expect(FIGURE_NAMES.every((f) => reasons.get(f) !== undefined)).toBe(true);
      if (small(c.c.enrollments)) expect(reasons.get('enrollments')).toBe('SMALL_COUNT');
      if (small(c.c.waitlisted)) expect(reasons.get('waitlisted')).toBe('SMALL_COUNT');
    }
    for (const m of [
      'enrollments',
      'waitlisted',
      'personTimes',
      'feeTotalFen',
      'subsidyTotalFen',
      'attendanceRows',
    ] as const) {
      const value = (c: SCell) => shown(c)[m];
      const leaks = recoverable({
        total: value(total),
        groupings: groupings.map((g) => ({ by: g.by, rows: g.cells.map((c) => ({ key: c.key, value: value(c) })) })),
      });
      expect({ m, leaks }).toEqual({ m, leaks: [] });
    }
  });
});
