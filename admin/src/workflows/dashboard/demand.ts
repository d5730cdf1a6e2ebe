import type { DemandRow, RoundDemandGroup } from '../../data/domain/report-queries';

/** The panel's switch, in the order shown: 按班级 / 按地区 / 按类别. */
export const DEMAND_GROUPS: RoundDemandGroup[] = ['CLASS', 'AREA', 'CATEGORY'];

/**
 * Applications per place with one decimal ("2.5"), so that rows compare at a glance; null when no place
 * was offered (the API's ratio is null then: a division by zero is no over-subscription figure).
 */
export function ratioText(ratio: number | null | undefined): string | null {
  if (ratio == null || !Number.isFinite(ratio)) return null;
  return (Math.round(ratio * 10) / 10).toFixed(1);
}

/** More applications than places: the rows a new class would relieve. */
export const oversubscribed = (r: Pick<DemandRow, 'ratio'>): boolean => (r.ratio ?? 0) > 1;

/**
 * The bar's length as a share (0–1) of the longest row's ratio, never less than the row's own ratio would
 * make it against a scale of at least 1 (one application per place), so that a panel where every class
 * was under-subscribed does not draw full bars.
 */
export function ratioShare(ratio: number | null | undefined, rows: Pick<DemandRow, 'ratio'>[]): number {
  if (ratio == null || !Number.isFinite(ratio) || ratio <= 0) return 0;
  const max = Math.max(1, ...rows.map((r) => (r.ratio != null && Number.isFinite(r.ratio) ? r.ratio : 0)));
  return Math.min(1, ratio / max);
}
