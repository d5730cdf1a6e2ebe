import type { Components } from './model/components';
import { FIGURES, type FigureDef, type FigureName } from './model/figures';

/** A figure withheld from an analyst, and why (report.suppress.ts). */
export interface Withheld {
  figure: string;
  reason: 'SMALL_COUNT' | 'COMPLEMENTARY';
}

/**
 * What a cell shows (GraphQL ReportCell and the export): every figure of model/figures.ts, null where it
 * does not apply or is withheld.
 */
export type CellFigures = {
  /** The whole cell is withheld (every figure null). */
  suppressed: boolean;
  withheld: Withheld[];
} & Record<FigureName, number | null>;

/** The figures of `list` computed from a cell's components. */
export function figuresFrom(list: readonly FigureDef[], c: Components): CellFigures {
  const out = { suppressed: false, withheld: [] } as unknown as Record<string, unknown>;
  for (const f of list) out[f.name] = f.value(c);
  return out as CellFigures;
}

export const figures = (c: Components): CellFigures => figuresFrom(FIGURES, c);

/** The figures of a cell, by name (everything but `suppressed` and `withheld`). */
export const FIGURE_NAMES: FigureName[] = FIGURES.map((f) => f.name);
