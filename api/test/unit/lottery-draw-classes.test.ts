import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { draw, type DrawApplication, type DrawInput } from '../../src/modules/lottery/draw';

/**
 * The draw over several classes with choices in order (issue 22 item 1, docs/lottery.md): random serial
 * dictatorship in the same draw order as one class, each unit taking its first choice that has room.
 */
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const LABELS = ['A', 'B', 'C'];

/** Up to 30 units over three classes, tiers 1–2, some sibling pairs (same tier, same choices). */
const input = fc
  .record({
    roundId: fc.uuid(),
    seed: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    places: fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6)),
    units: fc.array(
      fc.record({
        tier: fc.integer({ min: 1, max: 2 }),
        siblings: fc.integer({ min: 1, max: 2 }),
        prefs: fc.shuffledSubarray(LABELS, { minLength: 1 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ roundId, seed, places, units }): DrawInput => {
    const applications: DrawApplication[] = [];
    units.forEach((u, i) => {
      for (let s = 0; s < u.siblings; s++)
        applications.push({
          number: String(applications.length + 1).padStart(4, '0'),
          tier: u.tier,
          group: u.siblings > 1 ? `G${i}` : null,
          prefs: u.prefs,
        });
    });
    const classes = LABELS.map((label, i) => ({ label, places: places[i] }));
    return { roundId, seed, places: places[0] + places[1] + places[2], applications, classes };
  });

describe('the draw over several classes', () => {
  it('places each winner in one of its choices, within each class’s places; waiters on their first choice', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { lines } = draw(x);
        const prefs = new Map(x.applications.map((a) => [a.number, a.prefs!]));
        for (const c of x.classes!) {
          const won = lines.filter((l) => l.outcome === 'WON' && l.class === c.label);
          expect(won.length).toBeLessThanOrEqual(c.places);
          expect(won.map((l) => l.position)).toEqual(won.map((_, i) => i + 1));
          const waiting = lines.filter((l) => l.outcome === 'WAITLISTED' && l.class === c.label);
          expect(waiting.map((l) => l.position)).toEqual(waiting.map((_, i) => i + 1));
        }
        for (const l of lines) {
          if (l.outcome === 'WON') expect(prefs.get(l.number)).toContain(l.class);
          else expect(l.class).toBe(prefs.get(l.number)![0]);
        }
      }),
    );
  });

  it('gives nobody a class they like less while a class they like more had room at their turn', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { lines } = draw(x);
        // Replay the turns in draw order: winners in the order they took places, each unit at its first member.
        const left = new Map(x.classes!.map((c) => [c.label, c.places]));
        const prefs = new Map(x.applications.map((a) => [a.number, a.prefs!]));
        const order = [...lines].sort((p, q) => p.tier - q.tier || (p.key < q.key ? -1 : 1));
        const seen = new Set<string>();
        for (const l of order) {
          const unit = l.group === null ? [l] : lines.filter((m) => m.group === l.group);
          if (seen.has(unit[0].number)) continue;
          unit.forEach((m) => seen.add(m.number));
          const better =
            l.outcome === 'WON'
              ? prefs.get(l.number)!.slice(0, prefs.get(l.number)!.indexOf(l.class!))
              : prefs.get(l.number)!;
          for (const c of better) expect(left.get(c)!).toBeLessThan(unit.length);
          if (l.outcome === 'WON') left.set(l.class!, left.get(l.class!)! - unit.length);
        }
      }),
    );
  });

  it('keeps siblings in one class', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { lines } = draw(x);
        for (const g of new Set(x.applications.map((a) => a.group).filter(Boolean))) {
          const members = lines.filter((l) => l.group === g);
          expect(new Set(members.map((m) => `${m.outcome} ${m.class}`)).size).toBe(1);
        }
      }),
    );
  });

  it('publishes the choices and each class’s places in the list hash, and the class in the result hash', () => {
    const seed = sha256('several');
    const applications: DrawApplication[] = [
      { number: '0001', tier: 1, group: null, prefs: ['A', 'B'] },
      { number: '0002', tier: 1, group: null, prefs: ['B'] },
    ];
    const classes = [
      { label: 'A', places: 1 },
      { label: 'B', places: 0 },
    ];
    const r = draw({ roundId: 'r', places: 1, seed, applications, classes });
    expect(r.listHash).toBe(sha256('r\nA:1,B:0\n0001\t1\t\tA>B\n0002\t1\t\tB\n'));
    expect(r.resultHash).toBe(sha256('0001\tWON\t1\tA\n0002\tWAITLISTED\t1\tB\n'));
    // One class given as a list of one is drawn exactly as a round on one class.
    const one = draw({ roundId: 'r', places: 1, seed, applications: [applications[0]], classes: [classes[0]] });
    const plain = draw({ roundId: 'r', places: 1, seed, applications: [{ ...applications[0], prefs: undefined }] });
    expect(one).toEqual(plain);
  });

  it.each([
    ['places that do not add up', { places: 5 }, "places must be the sum of the classes' places"],
    [
      'a choice that is not a class of the round',
      { applications: [{ number: '1', tier: 1, group: null, prefs: ['Z'] }] },
      'application 1: its choices must be distinct classes of the round',
    ],
    [
      'siblings with different choices',
      {
        applications: [
          { number: '1', tier: 1, group: 'G', prefs: ['A'] },
          { number: '2', tier: 1, group: 'G', prefs: ['B'] },
        ],
      },
      'group G has different choices: a group is placed in one class',
    ],
  ])('refuses %s', (_what, change, message) => {
    const base: DrawInput = {
      roundId: 'r',
      places: 2,
      seed: sha256('s'),
      applications: [],
      classes: [
        { label: 'A', places: 1 },
        { label: 'B', places: 1 },
      ],
    };
    expect(() => draw({ ...base, ...change })).toThrow(message);
  });
});
