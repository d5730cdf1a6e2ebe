import { CHANGES, FACT_SOURCES, NEED_FACT, type FactSource, type Join } from '../../modules/report/model/facts';

/**
 * Which raw change queues which report key, generated from the facts' model (model/facts.ts): for every table
 * a fact source reads, the function report_mark_<table> that its statement triggers run (triggers.ts). A
 * changed row queues the (project, day) keys of every fact it takes part in, found by joining from the row to
 * the tables the source's project and day come from, along the source's own join conditions but without
 * their liveness: a row deleted, cancelled or withdrawn must still queue the keys it counted in. The rows
 * before the change (old_rows) and after it (new_rows) both queue theirs.
 */
type Node = Join & { root?: boolean };

const ALIAS = /\b([a-z_][a-z0-9_]*)\.[a-z_]/g;
const aliasesIn = (sql: string): Set<string> => new Set([...sql.matchAll(ALIAS)].map((m) => m[1]));

const dayOf = (s: FactSource): string => ('date' in s.day ? s.day.date : `report_day_of(${s.day.instant})`);

/** The nodes of a source (its rows, its joins and what its measures read), each with the aliases it joins to. */
function nodesOf(s: FactSource): Node[] {
  return [{ table: s.table, alias: s.alias, on: 'true', root: true }, ...s.joins, ...(s.reads ?? [])];
}

/**
 * The joins from `start` (the changed table's alias) to every alias the source's project and day read: a
 * breadth-first walk over the join conditions, keeping only the paths that lead to those aliases.
 */
function pathFrom(s: FactSource, start: string): Node[] {
  const nodes = nodesOf(s);
  const byAlias = new Map(nodes.map((n) => [n.alias, n]));
  // An edge between two aliases is the `on` of the one joined to the other.
  const edges = new Map<string, { to: string; on: string }[]>();
  const link = (a: string, b: string, on: string) => edges.set(a, [...(edges.get(a) ?? []), { to: b, on }]);
  for (const n of nodes)
    for (const other of aliasesIn(n.on))
      if (other !== n.alias) {
        link(n.alias, other, n.on);
        link(other, n.alias, n.on);
      }
  const parent = new Map<string, { from: string; on: string }>();
  const order = [start];
  for (let i = 0; i < order.length; i++)
    for (const e of edges.get(order[i]) ?? [])
      if (e.to !== start && !parent.has(e.to)) {
        parent.set(e.to, { from: order[i], on: e.on });
        order.push(e.to);
      }
  const needed = new Set<string>();
  for (const target of aliasesIn(`${s.project} ${dayOf(s)}`)) {
    if (target !== start && !parent.has(target))
      throw new Error(`facts model: ${s.name} cannot reach ${target} from ${start}`);
    for (let a = target; a !== start; a = parent.get(a)!.from) needed.add(a);
  }
  return order
    .filter((a) => needed.has(a))
    .map((a) => ({ table: byAlias.get(a)!.table, alias: a, on: parent.get(a)!.on }));
}

/** Every place a table takes part in a source: the source and the alias the table has there. */
function usesOf(table: string, sources: readonly FactSource[]): { source: FactSource; alias: string }[] {
  return sources.flatMap((s) =>
    nodesOf(s)
      .filter((n) => n.table === table)
      .map((n) => ({ source: s, alias: n.alias })),
  );
}

/** The keys the rows `rows` (aliased as in each source) queue, one select per use, united. */
function keysOf(table: string, rows: (alias: string) => string, sources: readonly FactSource[]): string {
  return usesOf(table, sources)
    .map(({ source, alias }) => {
      const joins = pathFrom(source, alias).map((j) => `\n       join ${j.table} ${j.alias} on ${j.on}`);
      return `select ${source.project}, ${dayOf(source)} from ${rows(alias)}${joins.join('')}`;
    })
    .filter((sql, i, all) => all.indexOf(sql) === i)
    .join('\n     union ');
}

/** The tables the facts read: each has a report_mark_<table> function and triggers. */
export const markedTables = (sources: readonly FactSource[] = FACT_SOURCES): string[] =>
  [...new Set(sources.flatMap((s) => nodesOf(s).map((n) => n.table)))].sort();

const header = (table: string) => `CREATE OR REPLACE FUNCTION public.report_mark_${table}()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
`;

/** report_mark_<table>: the function the table's statement triggers run. */
export function markFunction(table: string, sources: readonly FactSource[] = FACT_SOURCES): string {
  const changes = CHANGES[table];
  if (changes?.watch) {
    // Only rows whose watched values changed, read as they are now (an update keeps a row's keys).
    const cols = (x: string) => changes.watch!.map((c) => c.replace(/^(\w+)/, `${x}.$1`)).join(', ');
    const changed = `with changed as (select n.id from new_rows n join old_rows o on o.id = n.id
                  where (${cols('n')}) is distinct from (${cols('o')}))`;
    return `${header(table)}  insert into report_dirty
  ${changed}
  ${keysOf(table, (a) => `${table} ${a} join changed on changed.id = ${a}.id`, sources)};
  return null;
end $function$`;
  }
  return `${header(table)}  if tg_op in ('UPDATE', 'DELETE') then insert into report_dirty
     ${keysOf(table, (a) => `old_rows ${a}`, sources)}; end if;
  if tg_op in ('UPDATE', 'INSERT') then insert into report_dirty
     ${keysOf(table, (a) => `new_rows ${a}`, sources)}; end if;
  return null;
end $function$`;
}

const EVENTS = {
  INSERT: ['ins', 'NEW TABLE AS new_rows'],
  UPDATE: ['upd', ''],
  DELETE: ['del', 'OLD TABLE AS old_rows'],
};

/**
 * The statement triggers of a marked table, as pg_get_triggerdef prints them: one per event it queues keys on
 * (report_mark_<table>_ins / _upd / _del; a table marked on one event only, by its bare name).
 */
export function markTriggers(table: string): string[] {
  const events = CHANGES[table]?.events ?? (['DELETE', 'INSERT', 'UPDATE'] as const);
  return events.map((ev) => {
    const name = events.length === 1 ? `report_mark_${table}` : `report_mark_${table}_${EVENTS[ev][0]}`;
    const refs = ev === 'UPDATE' ? 'OLD TABLE AS old_rows NEW TABLE AS new_rows' : EVENTS[ev][1];
    return `CREATE TRIGGER ${name} AFTER ${ev} ON public.${table} REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION report_mark_${table}()`;
  });
}

/** report_mark_need: a need queues its organization and China month, before and after the change. */
export function needMarkFunction(): string {
  const n = NEED_FACT;
  const keys = (rows: string) =>
    `insert into report_dirty_need select ${n.organization}, date_trunc('month', report_day_of(${n.at}))::date from ${rows} ${n.alias};`;
  return `CREATE OR REPLACE FUNCTION public.report_mark_need()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    ${keys('old_rows')}
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    ${keys('new_rows')}
  end if;
  return null;
end $function$`;
}
