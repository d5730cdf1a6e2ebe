import type { Components } from './report.cells';

/**
 * Small cells (analysts only). A cell is *small* when it counts 1–4 people in any of its person counts:
 * distinct people served, enrolments (one person in one class each) or people on a waitlist. A small cell is
 * suppressed whole (every figure withheld, shown "<5").
 *
 * Complementary suppression, so that no withheld value can be recomputed from what is returned:
 * - in every grouping whose total is shown, never exactly one suppressed cell: the smallest other cell is
 *   suppressed as well; with no other cell to take, the total is suppressed (and then in every grouping,
 *   since all groupings share it);
 * - months add up to quarters: when both groupings are returned, inside each shown quarter never exactly one
 *   suppressed month (else another month of it, or the quarter itself), and a suppressed quarter always has
 *   a suppressed month.
 * Repeated until nothing changes (suppression only grows, so it ends).
 */
export interface SCell {
  key: string;
  c: Components;
  suppressed: boolean;
}

export interface SGrouping {
  by: string;
  cells: SCell[];
}

const small = (v: number | null): boolean => v !== null && v >= 1 && v <= 4;
export const isSmall = (c: Components): boolean => small(c.people) || small(c.enrolments) || small(c.waitlisted);
const size = (c: Components): number => (c.people ?? 0) + c.enrolments + c.waitlisted + c.attended + c.records;

/** Suppresses one more cell among `cells` (the smallest not yet suppressed); false when there is none. */
function suppressAnother(cells: SCell[]): boolean {
  const candidates = cells
    .filter((x) => !x.suppressed)
    .sort((a, b) => size(a.c) - size(b.c) || (a.key < b.key ? -1 : 1));
  if (!candidates.length) return false;
  candidates[0].suppressed = true;
  return true;
}

export function suppressSmallCells(total: SCell, groupings: SGrouping[]): void {
  if (isSmall(total.c)) total.suppressed = true;
  for (const g of groupings) for (const cell of g.cells) if (isSmall(cell.c)) cell.suppressed = true;

  const months = groupings.find((g) => g.by === 'MONTH');
  const quarters = groupings.find((g) => g.by === 'QUARTER');
  const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

  for (let changed = true; changed;) {
    changed = false;
    for (const g of groupings) {
      if (total.suppressed) break;
      if (g.cells.filter((x) => x.suppressed).length !== 1) continue;
      if (!suppressAnother(g.cells)) total.suppressed = true;
      changed = true;
    }
    if (!months || !quarters) continue;
    for (const q of quarters.cells) {
      const inQ = months.cells.filter((m) => quarterOf(m.key) === q.key);
      const hidden = inQ.filter((m) => m.suppressed).length;
      if (!q.suppressed && hidden === 1) {
        if (!suppressAnother(inQ)) q.suppressed = true;
        changed = true;
      } else if (q.suppressed && hidden === 0 && inQ.length) {
        suppressAnother(inQ);
        changed = true;
      }
    }
  }
}
