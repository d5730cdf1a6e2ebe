import { draw, seedHashOf, SEED_PATTERN, type DrawApplication, type DrawInput } from './draw';

/**
 * Recomputes a draw from what the public notice (公示) publishes, trusting nothing else: the seed against
 * the hash published at the opening, the list hash, the result hash and every outcome line. Used by
 * `npm run verify-draw`; anyone can do the same with SHA-256 and a sort (docs/lottery.md).
 */
export interface PublishedNotice {
  roundId: string;
  placesDrawn: number | null;
  seedHash: string;
  seed: string | null;
  listHash: string | null;
  resultHash: string | null;
  resultsShown: boolean;
  /** The round's classes (several: drawn together with the applicants' choices); absent or one: one class. */
  classes?: { label: string; placesDrawn: number | null }[];
  applications: PublishedEntry[];
  results: { numberLast4: string; outcome: string; position: number; classLabel?: string | null }[];
  /** Corrections after upheld objections, oldest first (absent: none). */
  corrections?: PublishedCorrection[];
}

/** A line of the published list: `preferences` are the class labels chosen (rounds over several classes). */
export interface PublishedEntry {
  number: string;
  tier: number;
  group: string | null;
  preferences?: string[] | null;
}

export interface PublishedCorrection {
  changes: { number: string; action: string; fromTier: number; toTier: number }[];
  previousList: PublishedEntry[];
  previousListHash: string;
  previousResultHash: string;
  listHash: string;
  resultHash: string;
}

export interface Verification {
  matches: boolean;
  /** One line per check, in Chinese and English, each starting with ✓ or ✗. */
  lines: string[];
}

export function verifyDraw(notice: PublishedNotice, seedOverride?: string): Verification {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => {
    lines.push(`${ok ? '✓' : '✗'} ${text}`);
    return ok;
  };
  if (notice.seed === null || notice.placesDrawn === null)
    return { matches: false, lines: ['✗ 本轮尚未摇号，没有可核验的结果 (the round has not been drawn yet)'] };
  const seed = seedOverride ?? notice.seed;
  if (!SEED_PATTERN.test(seed))
    return {
      matches: false,
      lines: ['✗ 种子须为64位小写十六进制 (the seed must be 64 lowercase hexadecimal characters)'],
    };
  let ok = check(
    seedHashOf(seed) === notice.seedHash,
    seedHashOf(seed) === notice.seedHash
      ? '种子与开放报名时公布的哈希一致 (the seed matches the hash published when the round opened)'
      : `种子与开放报名时公布的哈希不一致 (the seed does not match the hash published when the round opened): ` +
          `SHA-256(seed) = ${seedHashOf(seed)}, published ${notice.seedHash}`,
  );
  const result = draw(inputOf(notice, seed, notice.applications));
  ok =
    check(
      result.listHash === notice.listHash,
      result.listHash === notice.listHash
        ? `申请名单哈希一致 (list hash matches): ${result.listHash}`
        : `申请名单哈希不一致 (list hash differs): computed ${result.listHash}, published ${notice.listHash}`,
    ) && ok;
  ok =
    check(
      result.resultHash === notice.resultHash,
      result.resultHash === notice.resultHash
        ? `结果哈希一致 (result hash matches): ${result.resultHash}`
        : `结果哈希不一致 (result hash differs): computed ${result.resultHash}, published ${notice.resultHash}`,
    ) && ok;
  ok = verifyCorrections(notice, seed, check) && ok;
  if (notice.resultsShown) {
    const sorted = [...result.lines].sort(
      (x, y) =>
        (x.outcome === y.outcome ? 0 : x.outcome === 'WON' ? -1 : 1) ||
        (x.class ?? '').localeCompare(y.class ?? '') ||
        x.position - y.position,
    );
    const computed = sorted.map((l) => `${l.number.slice(-4)} ${l.outcome} ${l.position} ${l.class ?? ''}`);
    const published = notice.results.map((r) => `${r.numberLast4} ${r.outcome} ${r.position} ${r.classLabel ?? ''}`);
    const differ = computed.filter((c, i) => c !== published[i]);
    ok =
      check(
        differ.length === 0 && computed.length === published.length,
        differ.length === 0 && computed.length === published.length
          ? `公示的 ${published.length} 条结果与重算一致 (every published outcome matches)`
          : `公示结果与重算不一致 (published outcomes differ), first: ${differ[0] ?? 'count'}`,
      ) && ok;
  }
  return { matches: ok, lines };
}

/**
 * Each correction: the draw of the list before it gives the hashes it published, the list after it is the
 * list before with exactly its changes, and its hashes are the ones the next step (or the notice) starts from.
 */
function verifyCorrections(notice: PublishedNotice, seed: string, check: (ok: boolean, text: string) => boolean) {
  const steps = notice.corrections ?? [];
  let ok = true;
  steps.forEach((c, i) => {
    const n = i + 1;
    const before = draw(inputOf(notice, seed, c.previousList));
    const same = before.listHash === c.previousListHash && before.resultHash === c.previousResultHash;
    ok =
      check(
        same,
        same
          ? `更正 ${n}：更正前的名单与结果哈希一致 (correction ${n}: list and result before it match)`
          : `更正 ${n}：更正前的哈希不一致 (correction ${n}: the hashes before it differ): computed ` +
              `${before.listHash} / ${before.resultHash}, published ${c.previousListHash} / ${c.previousResultHash}`,
      ) && ok;
    const next = steps[i + 1];
    const after = next ? next.previousList : notice.applications;
    const problem = changeProblem(c, after);
    ok =
      check(
        problem === null,
        problem === null
          ? `更正 ${n}：更正后的名单恰为更正前的名单加上公布的 ${c.changes.length} 项更正 (correction ${n}: the list after it is the list before with exactly its changes)`
          : `更正 ${n}：更正后的名单与公布的更正不符 (correction ${n}: the list after it does not follow from its changes): ${problem}`,
      ) && ok;
    const chained =
      c.listHash === (next ? next.previousListHash : notice.listHash) &&
      c.resultHash === (next ? next.previousResultHash : notice.resultHash);
    ok =
      check(
        chained,
        chained
          ? `更正 ${n}：更正后的哈希与下一步一致 (correction ${n}: its hashes are where the next step starts)`
          : `更正 ${n}：更正后的哈希与下一步不一致 (correction ${n}: its hashes are not where the next step starts)`,
      ) && ok;
  });
  return ok;
}

/** Where the list after a correction departs from the list before it plus the correction's changes, or null. */
function changeProblem(c: PublishedCorrection, after: PublishedEntry[]): string | null {
  const expected = new Map(c.previousList.map((a) => [a.number, a.tier]));
  for (const x of c.changes) {
    if (x.action === 'EXCLUDE') expected.delete(x.number);
    else expected.set(x.number, x.toTier);
  }
  const actual = new Map(after.map((a) => [a.number, a.tier]));
  for (const [number, tier] of expected)
    if (actual.get(number) !== tier) return `${number}: expected tier ${tier}, found ${actual.get(number) ?? 'none'}`;
  for (const number of actual.keys()) if (!expected.has(number)) return `${number} is not explained by the changes`;
  return null;
}

/** The draw's input from the notice: one class, or the classes with their places and every line's choices. */
function inputOf(notice: PublishedNotice, seed: string, list: PublishedEntry[]): DrawInput {
  const classes = notice.classes ?? [];
  const several = classes.length > 1;
  const applications: DrawApplication[] = list.map((a) => ({
    number: a.number,
    tier: a.tier,
    group: a.group,
    ...(several ? { prefs: a.preferences ?? [] } : {}),
  }));
  return {
    roundId: notice.roundId,
    places: notice.placesDrawn!,
    seed,
    applications,
    classes: several ? classes.map((c) => ({ label: c.label, places: c.placesDrawn ?? 0 })) : undefined,
  };
}
