import { loadConfig } from './config';
import { SEED_PATTERN } from './modules/lottery/draw';
import { verifyDraw, type PublishedNotice } from './modules/lottery/verify-draw';

/**
 * `npm run verify-draw -- <roundId> [--api http://host:4000] [--seed <hex>]`: fetches a round's public
 * notice (公示) the way anyone can, without signing in, and recomputes its draw (docs/lottery.md). Exit
 * code 0 when everything matches, 1 when something does not, 2 for bad arguments or an unreachable API.
 * `--seed` checks another seed against the published hash and the result (a wrong seed says so).
 */
const NOTICE = `query VerifyDrawNotice($id: ID!) {
  roundNotice(id: $id) {
    roundId placesDrawn seedHash seed listHash resultHash resultsShown
    classes { label placesDrawn }
    applications { number tier group preferences }
    results { numberLast4 outcome position classLabel }
    corrections { changes { number action fromTier toTier } previousList { number tier group preferences }
      previousListHash previousResultHash listHash resultHash }
  }
}`;

async function run(argv: string[]): Promise<number> {
  const roundId = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!roundId) {
    process.stderr.write('usage: npm run verify-draw -- <roundId> [--api http://localhost:4000] [--seed <hex>]\n');
    return 2;
  }
  const api = (option('api') ?? `http://localhost:${loadConfig().port}`).replace(/(\/graphql)?\/?$/, '');
  let body: { data?: { roundNotice?: PublishedNotice }; errors?: { message: string }[] };
  try {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NOTICE, variables: { id: roundId } }),
    });
    body = (await res.json()) as typeof body;
  } catch (e) {
    process.stderr.write(`cannot reach ${api}/graphql: ${(e as Error).message}\n`);
    return 2;
  }
  const notice = body.data?.roundNotice;
  if (!notice) {
    process.stderr.write(`no public notice for round ${roundId}: ${body.errors?.[0]?.message ?? 'unknown error'}\n`);
    return 2;
  }
  const seed = option('seed');
  if (seed !== undefined && !SEED_PATTERN.test(seed)) {
    process.stderr.write('--seed: 种子须为64位小写十六进制 (the seed must be 64 lowercase hexadecimal characters)\n');
    return 2;
  }
  const { matches, lines } = verifyDraw(notice, seed);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    matches ? '摇号结果核验一致 (the draw matches)\n' : '摇号结果核验不一致 (the draw does NOT match)\n',
  );
  return matches ? 0 : 1;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
