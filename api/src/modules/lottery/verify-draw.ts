import { draw, seedHashOf, SEED_PATTERN, type DrawApplication } from './draw';

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
  applications: DrawApplication[];
  results: { numberLast4: string; outcome: string; position: number }[];
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
  const result = draw({ roundId: notice.roundId, places: notice.placesDrawn, seed, applications: notice.applications });
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
  if (notice.resultsShown) {
    const computed = result.lines.map((l) => `${l.number.slice(-4)} ${l.outcome} ${l.position}`);
    const published = notice.results.map((r) => `${r.numberLast4} ${r.outcome} ${r.position}`);
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
