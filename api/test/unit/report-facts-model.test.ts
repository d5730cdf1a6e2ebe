import {
  keyedFacts,
  keyedNeedMonths,
  keyedPersonFacts,
  needMonths,
  reportFactView,
  reportPersonFactView,
} from '../../src/db/schema/report-facts.sql';
import { markedTables, markFunction, markTriggers, needMarkFunction } from '../../src/db/schema/report-marks.sql';
import { triggers } from '../../src/db/schema/triggers';
import { FACT_SOURCES, NEED_FACT, type FactSource } from '../../src/modules/report/model/facts';
import { FACT_MEASURES } from '../../src/modules/report/report.measures';

/**
 * The facts' model (issue 19 item 1): the views the rebuild reads, the fold's keyed restatements and the
 * functions and triggers that queue keys all come from FACT_SOURCES. A scratch source added to a copy of the
 * model shows up in every one of them; the database behaviour itself is checked by report-exact.test.ts.
 */
const scratch: FactSource = {
  name: 'volunteer hour',
  table: 'volunteer_hour',
  alias: 'v',
  joins: [
    { table: 'service_class', alias: 'c', on: 'c.id = v.class_id', live: 'c.deleted_at is null' },
    { table: 'beneficiary', alias: 'b', on: 'b.id = v.beneficiary_id', live: 'b.deleted_at is null' },
  ],
  where: 'v.deleted_at is null',
  project: 'c.project_id',
  day: { instant: 'v.started_at' },
  person: { id: 'v.beneficiary_id', row: 'b' },
  measures: { minutes: 'v.minutes' },
  served: true,
};
const withScratch = [...FACT_SOURCES, scratch];

describe('the facts model', () => {
  it('puts a new source into the views, the keyed folds, the key-queuing functions and their triggers', () => {
    for (const sql of [reportFactView(withScratch), reportPersonFactView(withScratch)])
      expect(sql).toContain(
        'from volunteer_hour v\n  join service_class c on c.id = v.class_id and c.deleted_at is null',
      );
    expect(reportFactView(withScratch)).toContain('(v.minutes)::bigint as minutes');
    // The fold restricts it to the queued day (China date of an instant) and the queued month.
    expect(keyedFacts(withScratch)).toContain(
      `c.project_id = k.project_id and v.started_at >= (k.day::timestamp at time zone 'Asia/Shanghai')`,
    );
    expect(keyedPersonFacts(withScratch)).toContain(
      `v.started_at < ((k.month + interval '1 month')::timestamp at time zone 'Asia/Shanghai')`,
    );
    // Its table queues its keys; a person's change queues them too, through the source's own join.
    expect(markedTables(withScratch)).toContain('volunteer_hour');
    expect(markFunction('volunteer_hour', withScratch)).toContain(
      'select c.project_id, report_day_of(v.started_at) from old_rows v\n       join service_class c on c.id = v.class_id',
    );
    expect(markFunction('beneficiary', withScratch)).toContain('join volunteer_hour v on b.id = v.beneficiary_id');
    expect(markFunction('beneficiary', FACT_SOURCES)).not.toContain('volunteer_hour');
    expect(markTriggers('volunteer_hour')).toHaveLength(3);
  });

  it('states every measure in every branch of the views, in the summaries’ column order', () => {
    const branches = reportFactView().split('\nunion all\n');
    expect(branches).toHaveLength(FACT_SOURCES.length);
    for (const b of branches) {
      const named = [...b.matchAll(/ as (\w+)/g)].map((m) => m[1]);
      expect(named).toEqual(['project_id', 'day', 'gender', 'age_band', 'ben_cat', ...FACT_MEASURES]);
    }
  });

  it('queues keys without the joins’ liveness: a row that dies still queues the keys it counted in', () => {
    for (const t of markedTables()) {
      // (A person's watched values, its liveness among them, decide whether their change queues anything.)
      const joins = markFunction(t)
        .split('\n')
        .filter((l) => !l.includes('is distinct from'))
        .join('\n');
      expect([t, joins.includes('deleted_at'), joins.includes("'CANCELLED'"), joins.includes('status')]).toEqual([
        t,
        false,
        false,
        false,
      ]);
    }
  });

  it('has a trigger for every table the facts read, and no report_mark trigger left by hand for them', () => {
    const declared = triggers.map((t) => t.key);
    for (const t of markedTables())
      for (const sql of markTriggers(t)) expect(declared).toContain(`trigger ${/TRIGGER (\w+)/.exec(sql)![1]} on ${t}`);
    const marking = declared.filter((k) => /^trigger report_mark_/.test(k)).map((k) => k.split(' on ')[1]);
    expect([...new Set(marking)].sort()).toEqual([...markedTables(), 'need_request'].sort());
  });

  it('refuses a source whose project or day cannot be reached from one of its tables', () => {
    const broken: FactSource = { ...scratch, joins: [{ table: 'service_class', alias: 'c', on: 'true' }] };
    expect(() => markFunction('volunteer_hour', [broken])).toThrow(/cannot reach c from v/);
  });

  it('counts needs per organization and China month from the one need fact: rebuild, fold and queue alike', () => {
    for (const sql of [needMonths(), keyedNeedMonths()]) {
      for (const c of Object.values(NEED_FACT.measures)) expect(sql).toContain(`count(*) filter (where ${c})`);
      expect(sql).toContain(NEED_FACT.where);
    }
    expect(keyedNeedMonths()).toContain(`${NEED_FACT.organization} = k.org_id`);
    const mark = needMarkFunction();
    for (const rows of ['old_rows', 'new_rows'])
      expect(mark).toContain(
        `select ${NEED_FACT.organization}, date_trunc('month', report_day_of(${NEED_FACT.at}))::date from ${rows} nr`,
      );
    expect(mark).not.toContain('deleted_at');
  });
});
