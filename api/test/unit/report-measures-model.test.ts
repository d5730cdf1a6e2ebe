import { emptyComponents } from '../../src/modules/report/model/components';
import type { FactSource } from '../../src/modules/report/model/facts';
import { measureKey, NODE_MEASURES } from '../../src/modules/report/report.measures';

/**
 * A measure is declared once (report.measures.ts), with the facts that feed it (model/facts.ts): a scratch
 * measure added to a copy of the list reaches the fact views, the rebuild, the fold and the node summaries'
 * functions, and every reader's components. What else a new measure takes: its columns in the summary
 * tables (a migration: migrations are literal SQL, frozen once landed) and, to be shown, a figure
 * (model/figures.ts, report-figures.test.ts).
 */
type Measures = typeof import('../../src/modules/report/report.measures');
type Schema = typeof import('../../src/db/schema/index');
type FactsSql = typeof import('../../src/db/schema/report-facts.sql');
type Facts = typeof import('../../src/modules/report/model/facts');
type Components = typeof import('../../src/modules/report/model/components');
type Nodes = typeof import('../../src/modules/report/report.nodes');

const SCRATCH = 'volunteer_minutes';
const MEASURES = '../../src/modules/report/report.measures';

/** The modules of the report engine, loaded afresh with SCRATCH among the person measures. */
function withScratch() {
  let out!: { schema: Schema; factsSql: FactsSql; facts: Facts; components: Components; nodes: Nodes };
  jest.isolateModules(() => {
    jest.doMock(MEASURES, () => {
      const actual = jest.requireActual<Measures>(MEASURES);
      const PERSON_MEASURES = [...actual.PERSON_MEASURES, SCRATCH];
      const NODE_MEASURES = [...PERSON_MEASURES, ...actual.NODE_MEASURES.slice(actual.PERSON_MEASURES.length)];
      const FACT_MEASURES = NODE_MEASURES.filter((m) => !m.startsWith('needs_'));
      return { ...actual, PERSON_MEASURES, NODE_MEASURES, FACT_MEASURES };
    });
    out = {
      schema: jest.requireActual<Schema>('../../src/db/schema/index'),
      factsSql: jest.requireActual<FactsSql>('../../src/db/schema/report-facts.sql'),
      facts: jest.requireActual<Facts>('../../src/modules/report/model/facts'),
      components: jest.requireActual<Components>('../../src/modules/report/model/components'),
      nodes: jest.requireActual<Nodes>('../../src/modules/report/report.nodes'),
    };
  });
  jest.dontMock(MEASURES);
  return out;
}

describe('report measures, declared once', () => {
  const m = withScratch();
  // Attendance feeds it: minutes of presence, as a volunteer's.
  const sources: FactSource[] = m.facts.FACT_SOURCES.map((s) =>
    s.name === 'attendance' ? { ...s, measures: { ...s.measures, [SCRATCH]: 'a.minutes' } } : s,
  );

  it('reach the facts: every branch states it, the feeding source with its SQL', () => {
    const branches = m.factsSql.reportFactView(sources).split('\nunion all\n');
    for (const b of branches) expect(b).toMatch(new RegExp(` as ${SCRATCH}\\b`));
    expect(branches.filter((b) => b.includes(`(a.minutes)::int as ${SCRATCH}`))).toHaveLength(1);
    expect(m.factsSql.keyedFacts(sources)).toContain(`(a.minutes)::int as ${SCRATCH}`);
  });

  it('reach every declared function and view that names the measures', () => {
    const naming = m.schema.declaredObjects.filter((o) => /\bscore_sum\b/.test(o.sql));
    expect(naming.length).toBeGreaterThan(10);
    expect(naming.filter((o) => !o.sql.includes(SCRATCH)).map((o) => o.key)).toEqual([]);
    // The rebuild sums it into the day and month summaries; the node summaries carry it.
    const rebuild = naming.find((o) => o.key === 'function report_counts_rebuild()')!.sql;
    expect(rebuild).toContain(`sum(${SCRATCH})`);
  });

  it('reach the readers: the components, zero in a person grouping, read by name', () => {
    expect(m.components.emptyComponents(true)).toMatchObject({ volunteerMinutes: 0, sessionsHeld: null });
    const row = { n: '2', volunteer_minutes: '90', attended: '3' } as unknown as Parameters<Nodes['components']>[0];
    expect(m.nodes.components(row)).toMatchObject({ n: 2, volunteerMinutes: 90, attended: 3, scoreSum: 0 });
  });
});

describe('report measures, as they are', () => {
  it('name the components in camelCase, every one of them', () => {
    expect(Object.keys(emptyComponents(false)).sort()).toEqual(['people', ...NODE_MEASURES.map(measureKey)].sort());
    expect(measureKey('att_rows')).toBe('attRows');
    expect(measureKey('needs_fulfilled')).toBe('needsFulfilled');
  });
});
