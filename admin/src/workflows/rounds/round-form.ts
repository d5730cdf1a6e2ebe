import type { OpenRoundInput } from '../../data/domain/round-actions';
import type { BeneficiaryCategory } from '../../generated-api/operations';
import { addDays, chinaInstant, chinaTime, chinaToday } from '../../ui/dates';

/**
 * The 发起摇号 form as typed (China dates and times, places and notice days as typed, up to five
 * priority tiers) and how it becomes openApplicationRound's variables. Pure, so that the China-time
 * conversion and the tiers' clean-up are unit-tested (test/round-form.test.ts).
 */
export interface TierDraft {
  label: string;
  categories: BeneficiaryCategory[];
  /** 工会关系 within this organization; its name is kept only for the picker to show. */
  union: { id: string; name?: string | null } | null;
}

export interface RoundDraft {
  opensOn: string;
  opensTime: string;
  closesOn: string;
  closesTime: string;
  places: string;
  noticeDays: string;
  tiers: TierDraft[];
  /** Further classes of the project drawn together (none: a round on this class alone). */
  moreClassIds: string[];
}

/** The API takes at most five tiers; everyone who meets none is the last one (其他). */
export const MAX_TIERS = 5;
export const DEFAULT_NOTICE_DAYS = 7;
/** Families usually need a week to hear of a round and apply: the window proposed, changed at will. */
const PROPOSED_WINDOW_DAYS = 7;
const PROPOSED_CLOSING_TIME = '18:00';

export const emptyTier = (): TierDraft => ({ label: '', categories: [], union: null });

/** The free places of the classes chosen: this one's and those drawn with it. */
export function freeOf(
  own: number,
  more: string[],
  classes: { id: string; capacity: number; enrolledCount?: number | null }[],
) {
  const free = (c: { capacity: number; enrolledCount?: number | null }) =>
    Math.max(c.capacity - (c.enrolledCount ?? 0), 0);
  return own + classes.filter((c) => more.includes(c.id)).reduce((n, c) => n + free(c), 0);
}

/** Opens now (China time, to the minute), closes a week later at 18:00, offers every free place. */
export function proposedDraft(freePlaces: number, now = new Date()): RoundDraft {
  const today = chinaToday(now);
  return {
    opensOn: today,
    opensTime: chinaTime(now),
    closesOn: addDays(today, PROPOSED_WINDOW_DAYS),
    closesTime: PROPOSED_CLOSING_TIME,
    places: String(Math.max(freePlaces, 0)),
    noticeDays: String(DEFAULT_NOTICE_DAYS),
    tiers: [],
    moreClassIds: [],
  };
}

/** A tier row left wholly blank is no tier: the user added a row and did not fill it. */
const blank = (t: TierDraft) => !t.label.trim() && t.categories.length === 0 && !t.union;

const whole = (v: string): number | null => (/^\s*\d+\s*$/.test(v) ? Number(v) : null);

/**
 * What the console says before asking the API, keyed by the variable the API would name: message keys
 * (linli.round.*) with their arguments. The API checks again (its clock, the class's free places now).
 */
export function draftProblems(d: RoundDraft, freePlaces: number): Record<string, [string, Record<string, unknown>?]> {
  const out: Record<string, [string, Record<string, unknown>?]> = {};
  if (!d.opensOn || !d.opensTime) out.opensAt = ['linli.round.required'];
  if (!d.closesOn || !d.closesTime) out.closesAt = ['linli.round.required'];
  else if (!out.opensAt && chinaInstant(d.closesOn, d.closesTime) <= chinaInstant(d.opensOn, d.opensTime))
    out.closesAt = ['linli.round.closes_after_opens'];
  const places = whole(d.places);
  if (places === null || places < 1) out.places = ['linli.round.places_positive'];
  else if (places > freePlaces)
    out.places = d.moreClassIds.length
      ? ['linli.round_classes.places_at_most', { free: freePlaces }]
      : ['linli.round.places_at_most', { free: freePlaces }];
  const days = whole(d.noticeDays);
  if (days === null || days < 1 || days > 30) out.noticeDays = ['linli.round.notice_days_range'];
  const tiers = d.tiers.filter((t) => !blank(t));
  if (tiers.length > MAX_TIERS) out.tierRules = ['linli.round.tiers_at_most', { max: MAX_TIERS }];
  d.tiers.forEach((t, i) => {
    if (!blank(t) && !t.label.trim()) out[`tierRules.${i}.label`] = ['linli.round.tier_label_required'];
  });
  return out;
}

/** openApplicationRound's variables: China wall-clock times as instants, blank tier rows left out. */
export function roundVariables(classId: string, d: RoundDraft): OpenRoundInput {
  const tiers = d.tiers.filter((t) => !blank(t));
  return {
    classId,
    opensAt: chinaInstant(d.opensOn, d.opensTime),
    closesAt: chinaInstant(d.closesOn, d.closesTime),
    places: Number(d.places),
    noticeDays: Number(d.noticeDays),
    tierRules: tiers.length
      ? tiers.map((t) => ({
          label: t.label.trim(),
          categories: [...new Set(t.categories)],
          unionWithinId: t.union?.id ?? null,
        }))
      : null,
    moreClassIds: d.moreClassIds.length ? d.moreClassIds : null,
  };
}

/**
 * The API names a tier's problem by its place among the tiers sent (`tierRules.1.label`); blank rows were
 * not sent, so the index is mapped back to the row the user sees.
 */
export function tierErrorRow(d: RoundDraft, key: string): string {
  // `moreClassIds.1`: one of the classes chosen; the picker shows them together.
  if (/^moreClassIds\.\d+$/.test(key)) return 'moreClassIds';
  const m = /^tierRules\.(\d+)\.(\w+)$/.exec(key);
  if (!m) return key;
  const rows = d.tiers.map((t, i) => (blank(t) ? -1 : i)).filter((i) => i >= 0);
  const row = rows[Number(m[1])];
  return row === undefined ? key : `tierRules.${row}.${m[2]}`;
}
