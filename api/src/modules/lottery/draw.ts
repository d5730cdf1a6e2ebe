import { createHash } from 'node:crypto';

/**
 * The draw (摇号) of an application round, as a pure function of what is published: the round's id, its
 * places, the seed (committed before the close by publishing its SHA-256, revealed at the draw) and the list
 * of applications (number, priority tier, sibling group). Anyone holding those recomputes the same result
 * with SHA-256 and a sort (docs/lottery.md, `npm run verify-draw`). Nothing here reads a clock, a database
 * or a random source.
 *
 * 1. Every application's draw key is SHA-256 of `seed:applicationNumber` (hex). Applicants who asked to be
 *    kept together (siblings) form one unit whose key is the smallest key of its members.
 * 2. Units are ordered by tier (1 first), then by key: a uniformly random order within each tier, fixed by
 *    the seed and unknowable before it is revealed.
 * 3. Places are given in that order. A unit takes places only when all its members fit; one that does not
 *    fit goes to the waitlist whole, and later, smaller units may still take the places left.
 * 4. The waitlist is everyone else, in the same order (a unit's members together, by their own keys).
 */
export interface DrawApplication {
  /** The application number (unique in the round): what the public notice shows the last four of. */
  number: string;
  /** Priority tier from the project's rules: 1 is drawn first. */
  tier: number;
  /** Applications with the same group are kept together (siblings who asked to be); null: alone. */
  group: string | null;
  /** A round over several classes: the labels of the classes applied for, first choice first. */
  prefs?: string[];
}

/** A class of a round over several classes: its label on the notice (A, B …) and its places. */
export interface DrawClass {
  label: string;
  places: number;
}

export interface DrawInput {
  roundId: string;
  places: number;
  /** The revealed seed: 64 hexadecimal characters (32 random bytes). */
  seed: string;
  applications: DrawApplication[];
  /** Two or more classes drawn together (places is then their sum); absent: one class. */
  classes?: DrawClass[];
}

export interface DrawLine {
  number: string;
  tier: number;
  group: string | null;
  key: string;
  outcome: 'WON' | 'WAITLISTED';
  /** 1-based: the place in the draw order among the winners, or on the waitlist (of the class, with classes). */
  position: number;
  /** With several classes: the class won, or the class waitlisted on (the first choice). */
  class?: string;
}

export interface DrawResult {
  /** SHA-256 of the seed: what was published when the round opened. */
  seedHash: string;
  /** SHA-256 of the canonical application list: what the notice publishes with the seed. */
  listHash: string;
  lines: DrawLine[];
  /** SHA-256 of the canonical result: recorded in the audit trail with the seed and the list hash. */
  resultHash: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const SEED_PATTERN = /^[0-9a-f]{64}$/;

/** What is published when a round opens: the seed's hash (the seed itself stays secret until the draw). */
export const seedHashOf = (seed: string): string => sha256(seed);

/**
 * One line per application, sorted by number: `number<TAB>tier<TAB>group` (the group empty when alone), and
 * with several classes `<TAB>` the choices joined by `>` (A>B).
 */
export function canonicalList(applications: DrawApplication[], several = false): string {
  return [...applications]
    .sort((a, b) => cmp(a.number, b.number))
    .map((a) => `${a.number}\t${a.tier}\t${a.group ?? ''}${several ? `\t${(a.prefs ?? []).join('>')}` : ''}\n`)
    .join('');
}

/** Round over several classes? One class (or none given) is drawn exactly as a round on one class. */
const severalOf = (input: DrawInput): boolean => (input.classes?.length ?? 0) > 1;

export function draw(input: DrawInput): DrawResult {
  check(input);
  const { seed } = input;
  const several = severalOf(input);
  const keyed = input.applications.map((a) => ({ ...a, key: sha256(`${seed}:${a.number}`) }));
  // Units: a group's members together (same tier and choices are checked above), alone otherwise.
  const units = new Map<string, typeof keyed>();
  for (const a of keyed) {
    const id = a.group === null ? `#${a.number}` : `g${a.group}`;
    units.set(id, [...(units.get(id) ?? []), a]);
  }
  const ordered = [...units.values()]
    .map((members) => members.sort((x, y) => cmp(x.key, y.key)))
    .sort((x, y) => x[0].tier - y[0].tier || cmp(x[0].key, y[0].key));
  // One class: its label is ''. Several: each unit takes places in its first choice that has room for all
  // its members (random serial dictatorship), else waits on its first choice.
  const left = new Map(several ? input.classes!.map((c) => [c.label, c.places]) : [['', input.places]]);
  const won: [(typeof keyed)[number], string][] = [];
  const waiting: [(typeof keyed)[number], string][] = [];
  for (const unit of ordered) {
    const choices = several ? unit[0].prefs! : [''];
    const chosen = choices.find((c) => unit.length <= left.get(c)!);
    if (chosen !== undefined) {
      won.push(...unit.map((a) => [a, chosen] as [(typeof keyed)[number], string]));
      left.set(chosen, left.get(chosen)! - unit.length);
    } else waiting.push(...unit.map((a) => [a, choices[0]] as [(typeof keyed)[number], string]));
  }
  const numbered = (rows: typeof won, outcome: DrawLine['outcome']) => {
    const counter = new Map<string, number>();
    return rows.map(([a, c]) => {
      counter.set(c, (counter.get(c) ?? 0) + 1);
      return { ...line(a, outcome, counter.get(c)!), ...(several ? { class: c } : {}) };
    });
  };
  const lines: DrawLine[] = [...numbered(won, 'WON'), ...numbered(waiting, 'WAITLISTED')];
  const canonical = lines
    .map((l) => `${l.number}\t${l.outcome}\t${l.position}${several ? `\t${l.class}` : ''}\n`)
    .join('');
  const places = several ? input.classes!.map((c) => `${c.label}:${c.places}`).join(',') : String(input.places);
  return {
    seedHash: seedHashOf(seed),
    listHash: sha256(`${input.roundId}\n${places}\n${canonicalList(input.applications, several)}`),
    lines,
    resultHash: sha256(canonical),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const line = (a: DrawApplication & { key: string }, outcome: DrawLine['outcome'], position: number): DrawLine => ({
  number: a.number,
  tier: a.tier,
  group: a.group,
  key: a.key,
  outcome,
  position,
});

function check(input: DrawInput): void {
  if (!SEED_PATTERN.test(input.seed)) throw new Error('the seed must be 64 lowercase hexadecimal characters');
  if (!Number.isInteger(input.places) || input.places < 0) throw new Error('places must be a whole number ≥ 0');
  if (severalOf(input)) checkClasses(input);
  const numbers = new Set<string>();
  const tierOf = new Map<string, number>();
  for (const a of input.applications) {
    if (!a.number || /[\t\n]/.test(a.number)) throw new Error(`application number "${a.number}" is not valid`);
    if (numbers.has(a.number)) throw new Error(`application ${a.number} is listed twice`);
    numbers.add(a.number);
    if (!Number.isInteger(a.tier) || a.tier < 1) throw new Error(`application ${a.number}: tier must be 1 or more`);
    if (a.group !== null) {
      if (/[\t\n]/.test(a.group)) throw new Error(`application ${a.number}: group "${a.group}" is not valid`);
      const tier = tierOf.get(a.group);
      if (tier !== undefined && tier !== a.tier)
        throw new Error(`group ${a.group} spans tiers ${tier} and ${a.tier}: a group is drawn in one tier`);
      tierOf.set(a.group, a.tier);
    }
  }
}

/** Several classes: labels plain and distinct, places adding up, every application's choices among them. */
function checkClasses(input: DrawInput): void {
  const labels = new Set<string>();
  for (const c of input.classes!) {
    if (!/^[A-Za-z0-9]{1,8}$/.test(c.label) || labels.has(c.label))
      throw new Error(`class label "${c.label}" is not valid or is repeated`);
    if (!Number.isInteger(c.places) || c.places < 0) throw new Error(`class ${c.label}: places must be ≥ 0`);
    labels.add(c.label);
  }
  if (input.classes!.reduce((n, c) => n + c.places, 0) !== input.places)
    throw new Error("places must be the sum of the classes' places");
  const choicesOf = new Map<string, string>();
  for (const a of input.applications) {
    const prefs = a.prefs ?? [];
    if (!prefs.length || new Set(prefs).size !== prefs.length || prefs.some((p) => !labels.has(p)))
      throw new Error(`application ${a.number}: its choices must be distinct classes of the round`);
    if (a.group !== null) {
      const seen = choicesOf.get(a.group);
      if (seen !== undefined && seen !== prefs.join('>'))
        throw new Error(`group ${a.group} has different choices: a group is placed in one class`);
      choicesOf.set(a.group, prefs.join('>'));
    }
  }
}
