import { BIGINT_MEASURES, FACT_SOURCES, NEED_FACT, type FactSource } from '../../modules/report/model/facts';
import { FACT_MEASURES } from '../../modules/report/report.measures';

/**
 * The SQL of the facts, generated from their model (src/modules/report/model/facts.ts): the views the full
 * rebuild reads, and the same sources restricted to one queued key for the fold (report_flush_keys). Both
 * come from one statement of each source, so the fold cannot drift from the rebuild.
 */
const TZ = `'Asia/Shanghai'`;

const dayOf = (s: FactSource): string => ('date' in s.day ? s.day.date : `report_day_of(${s.day.instant})`);

/** The person columns of a fact: gender, age band on its day, primary category ('-' when not about a person). */
function personColumns(s: FactSource): string[] {
  if (!s.person) return [`'-'`, `'-'`, `'-'`];
  const b = s.person.row;
  return [`${b}.gender`, `report_age_band(${b}.birth_date, ${dayOf(s)})`, `report_primary_category(${b}.categories)`];
}

function measureColumns(s: FactSource): string[] {
  return FACT_MEASURES.map((m) => {
    const type = BIGINT_MEASURES.has(m) ? 'bigint' : 'int';
    const sql = s.measures[m] ?? '0';
    return `${/^\d+$/.test(sql) ? sql : `(${sql})`}::${type} as ${m}`;
  });
}

/** Where a source's day falls on `k.day` (one day) or in the month from `k.month`, as an index can use it. */
function within(s: FactSource, key: 'day' | 'month'): string {
  const next = key === 'day' ? '(k.day + 1)' : `(k.month + interval '1 month')`;
  if ('date' in s.day) {
    return key === 'day' ? `${s.day.date} = k.day` : `${s.day.date} >= k.month and ${s.day.date} < ${next}::date`;
  }
  const at = s.day.instant;
  return `${at} >= (k.${key}::timestamp at time zone ${TZ}) and ${at} < (${next}::timestamp at time zone ${TZ})`;
}

/** The source's rows with their joins, each joined row's liveness in its `on`. */
const fromOf = (s: FactSource): string =>
  [
    `${s.table} ${s.alias}`,
    ...s.joins.map((j) => `join ${j.table} ${j.alias} on ${j.on}${j.live ? ` and ${j.live}` : ''}`),
  ].join('\n  ');

const factSelect = (s: FactSource, extra = ''): string =>
  `select ${s.project} as project_id, ${dayOf(s)} as day, ${personColumns(s)
    .map((c, i) => `${c} as ${['gender', 'age_band', 'ben_cat'][i]}`)
    .join(', ')},
       ${measureColumns(s).join(', ')}
  from ${fromOf(s)}
 where ${s.where}${extra}`;

const personSelect = (s: FactSource, extra = ''): string => {
  const [gender, ageBand, benCat] = personColumns(s);
  return `select ${s.project} as project_id, ${dayOf(s)} as day, ${s.person!.id} as beneficiary_id, ${gender} as gender,
       ${ageBand} as age_band, ${benCat} as ben_cat
  from ${fromOf(s)}
 where ${s.where}${s.served === true ? '' : ` and ${s.served}`}${extra}`;
};

const served = (sources: readonly FactSource[]) => sources.filter((s) => s.served && s.person);

/** report_fact: every measure per project × day × person attributes, one row per raw fact. */
export const reportFactView = (sources: readonly FactSource[] = FACT_SOURCES): string =>
  `create or replace view report_fact as\n${sources.map((s) => factSelect(s)).join('\nunion all\n')}\n`;

/** report_person_fact: who was served on which day (a person-time: attended, or a service record). */
export const reportPersonFactView = (sources: readonly FactSource[] = FACT_SOURCES): string =>
  `create or replace view report_person_fact as\n${served(sources)
    .map((s) => personSelect(s))
    .join('\nunion all\n')}\n`;

/** The facts of one queued key `k` (project_id, day), as a lateral subquery `f` of report_fact's columns. */
export const keyedFacts = (sources: readonly FactSource[] = FACT_SOURCES): string =>
  `cross join lateral (\n${sources
    .map((s) => factSelect(s, ` and ${s.project} = k.project_id and ${within(s, 'day')}`))
    .join('\nunion all\n')}) f`;

/** The person facts of one queued project-month `k` (project_id, month), as a lateral subquery `f`. */
export const keyedPersonFacts = (sources: readonly FactSource[] = FACT_SOURCES): string =>
  `cross join lateral (\n${served(sources)
    .map((s) => personSelect(s, ` and ${s.project} = k.project_id and ${within(s, 'month')}`))
    .join('\nunion all\n')}) f`;

const needCounts = (): string =>
  `${Object.values(NEED_FACT.measures)
    .map((c) => `count(*) filter (where ${c})`)
    .join(', ')}, count(*)`;

/** Every organization's needs per China month and category: report_need_month as the rebuild builds it. */
export const needMonths = (): string => {
  const n = NEED_FACT;
  return `select ${n.organization}, date_trunc('month', report_day_of(${n.at}))::date, ${n.category}, ${needCounts()}
      from ${n.table} ${n.alias} where ${n.where} group by 1, 2, 3`;
};

/** The same for the queued organization-months `k` (org_id, month) of report_t2_need_keys. */
export const keyedNeedMonths = (): string => {
  const n = NEED_FACT;
  return `select k.org_id, k.month, ${n.category}, ${needCounts()}
      from report_t2_need_keys k join ${n.table} ${n.alias} on ${n.organization} = k.org_id and ${n.where}
       and ${n.at} >= (k.month::timestamp at time zone ${TZ})
       and ${n.at} < ((k.month + interval '1 month')::timestamp at time zone ${TZ})
     group by 1, 2, 3`;
};
