import type { Components } from './model/components';
import { FIGURES, type FigureDef } from './model/figures';
import { FIGURE_NAMES, type CellFigures, type Withheld } from './report.cells';

/**
 * Small cells (analysts only). A figure is *small* when it counts 1–4 people; what is withheld depends on
 * which count is small, so that a row is hidden only in the figures that need it:
 * - `people`: 1–4 distinct people served. Every figure of the cell describes those few people: the whole
 *   cell is withheld.
 * - `enrollment`: 1–4 enrollments. The enrollments and their money (fees, subsidies, family shares).
 * - `waitlist`: 1–4 people on a waitlist. The waitlist count.
 *
 * Complementary suppression, per part, so that no withheld value can be recomputed from one answer:
 * - in every grouping whose total shows a part, never exactly one cell withholding it: the part is withheld
 *   in the cell with the smallest non-zero figure as well; with no other cell to take, the total withholds
 *   it (and then in every grouping, since all groupings share it). A complement of `people` is a whole cell
 *   (every additive figure of the protected cell must stay underivable);
 * - months add up to quarters: when both groupings are returned, inside each shown quarter never exactly one
 *   month withholding a part (else another month of it, or the quarter), and a quarter withholding a part
 *   always has a month withholding it.
 * Repeated until nothing changes (suppression only grows, so it ends). Each withheld figure says why:
 * SMALL_COUNT (shown "<5") or COMPLEMENTARY (shown 已隐藏, to protect another cell).
 */
export type Part = 'people' | 'enrollment' | 'waitlist';
export type WithheldReason = Withheld['reason'];
const PARTS: Part[] = ['people', 'enrollment', 'waitlist'];

/** The figures each part withholds (`people`: all of them). */
export const partFiguresOf = (list: readonly FigureDef[]): Record<Exclude<Part, 'people'>, string[]> => ({
  enrollment: list.filter((f) => f.part === 'enrollment').map((f) => f.name),
  waitlist: list.filter((f) => f.part === 'waitlist').map((f) => f.name),
});
export const PART_FIGURES = partFiguresOf(FIGURES) as Record<Exclude<Part, 'people'>, (keyof CellFigures)[]>;

export interface SCell {
  key: string;
  c: Components;
  /** Parts withheld, and why. */
  withheld: Map<Part, WithheldReason>;
}

export interface SGrouping {
  by: string;
  cells: SCell[];
}

const small = (v: number | null): boolean => v !== null && v >= 1 && v <= 4;
const countOf = (c: Components, part: Part): number | null =>
  part === 'people' ? c.people : part === 'enrollment' ? c.enrollments : c.waitlisted;
/** How much a cell weighs when choosing a complement: its own count of the part (people: everything). */
const weight = (c: Components, part: Part): number =>
  part === 'people' ? (c.people ?? 0) + c.enrollments + c.waitlisted + c.attended + c.records : (countOf(c, part) ?? 0);

/** Whether `cell` withholds `part` (a whole cell withholds every part). */
export const hides = (cell: SCell, part: Part): boolean => cell.withheld.has(part) || cell.withheld.has('people');

export const newCell = (key: string, c: Components): SCell => ({ key, c, withheld: new Map() });

/** Withholds `part` in one more cell among `cells` (the lightest with something to hide); false when none. */
function withholdAnother(cells: SCell[], part: Part): boolean {
  const candidates = cells
    .filter((x) => !hides(x, part))
    .sort(
      (a, b) =>
        Number(weight(a.c, part) === 0) - Number(weight(b.c, part) === 0) ||
        weight(a.c, part) - weight(b.c, part) ||
        (a.key < b.key ? -1 : 1),
    );
  if (!candidates.length) return false;
  candidates[0].withheld.set(part, 'COMPLEMENTARY');
  return true;
}

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

export function suppressSmallCells(total: SCell, groupings: SGrouping[]): void {
  for (const cell of [total, ...groupings.flatMap((g) => g.cells)])
    for (const part of PARTS) if (small(countOf(cell.c, part))) cell.withheld.set(part, 'SMALL_COUNT');

  const months = groupings.find((g) => g.by === 'MONTH');
  const quarters = groupings.find((g) => g.by === 'QUARTER');
  for (let changed = true; changed;) {
    changed = false;
    for (const part of PARTS) {
      for (const g of groupings) {
        if (hides(total, part)) break;
        if (g.cells.filter((x) => hides(x, part)).length !== 1) continue;
        if (!withholdAnother(g.cells, part)) total.withheld.set(part, 'COMPLEMENTARY');
        changed = true;
      }
      if (!months || !quarters) continue;
      for (const q of quarters.cells) {
        const inQ = months.cells.filter((m) => quarterOf(m.key) === q.key);
        const hidden = inQ.filter((m) => hides(m, part)).length;
        if (!hides(q, part) && hidden === 1) {
          if (!withholdAnother(inQ, part)) q.withheld.set(part, 'COMPLEMENTARY');
          changed = true;
        } else if (hides(q, part) && hidden === 0 && inQ.length) {
          withholdAnother(inQ, part);
          changed = true;
        }
      }
    }
  }
}

/**
 * What a cell shows once its withheld parts are taken out: those figures null, each listed with its reason
 * (a figure that is itself a small count says SMALL_COUNT even where the whole cell is withheld to protect
 * another).
 */
export function withholdFigures(cell: SCell, shown: CellFigures): CellFigures {
  if (!cell.withheld.size) return shown;
  const reasons = new Map<string, WithheldReason>();
  const whole = cell.withheld.get('people');
  if (whole) for (const figure of FIGURE_NAMES) reasons.set(figure, whole);
  for (const [part, reason] of cell.withheld) {
    if (part === 'people') continue;
    for (const figure of PART_FIGURES[part]) if (reason === 'SMALL_COUNT' || !whole) reasons.set(figure, reason);
  }
  const out: CellFigures = { ...shown, suppressed: Boolean(whole), withheld: [] };
  for (const [figure, reason] of reasons) {
    (out as unknown as Record<string, unknown>)[figure] = null;
    out.withheld.push({ figure, reason });
  }
  return out;
}
