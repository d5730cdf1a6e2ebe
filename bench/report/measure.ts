import fs from 'node:fs';
import type { Client } from 'pg';

/** Latency percentiles from raw samples (ms), nearest-rank. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { p50: at(50), p95: at(95), p99: at(99), n: s.length };
}

/** CPU ticks (user + system) of a process and, for PostgreSQL, of the postmaster's children. */
function ticks(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}
function children(ppid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === ppid;
      } catch {
        return false;
      }
    });
}
export function cpuMs(pids: { api?: number; postmaster: number }): { api: number; pg: number } {
  const hz = 100;
  const pg = [pids.postmaster, ...children(pids.postmaster)].reduce((s, p) => s + ticks(p), 0);
  return { api: pids.api ? (ticks(pids.api) * 1000) / hz : 0, pg: (pg * 1000) / hz };
}

export const loadavg = (): string => fs.readFileSync('/proc/loadavg', 'utf8').trim();

/** Statements the API sent since the last reset (pg_stat_statements, top level only). */
export async function statementCount(db: Client): Promise<number> {
  const r = await db.query<{ n: string }>(
    `select coalesce(sum(calls), 0) n from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'`,
  );
  return Number(r.rows[0].n);
}

/**
 * The statements of the measured requests (BENCH_STATEMENTS=1): calls per request, mean execution and planning
 * time, rows per call, and the first characters of the text, slowest first — to see where PostgreSQL's part
 * of a request goes without logging every statement.
 */
export async function statementBreakdown(db: Client, requests: number): Promise<string[]> {
  const r = await db.query<{ calls: string; exec: number; plan: number; rows: string; query: string }>(
    `select calls, mean_exec_time exec, mean_plan_time plan, rows, regexp_replace(left(query, 160), '\\s+', ' ', 'g') query
       from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'
      order by total_exec_time desc limit 12`,
  );
  return r.rows.map(
    (x) =>
      `  ${(Number(x.calls) / requests).toFixed(2)}/req  exec ${x.exec.toFixed(3)} ms  plan ${x.plan.toFixed(3)} ms  ` +
      `${(Number(x.rows) / Number(x.calls)).toFixed(0)} rows  ${x.query}`,
  );
}

/**
 * The disk the capacity plan (docs/scaling.md) charts against the rows, in bytes: the database, the report
 * summaries (tables named report*, with their indexes and TOAST) and attendance. Catalog look-ups, no scan.
 */
export async function diskSizes(
  db: Client,
): Promise<{ databaseBytes: number; summariesBytes: number; attendanceBytes: number }> {
  const r = await db.query<Record<'databaseBytes' | 'summariesBytes' | 'attendanceBytes', string>>(
    `select pg_database_size(current_database()) "databaseBytes",
      (select sum(pg_total_relation_size(oid)) from pg_class where relname like 'report%' and relkind = 'r')
        "summariesBytes",
      pg_total_relation_size('attendance') "attendanceBytes"`,
  );
  const row = r.rows[0];
  return {
    databaseBytes: Number(row.databaseBytes),
    summariesBytes: Number(row.summariesBytes),
    attendanceBytes: Number(row.attendanceBytes),
  };
}

/** The dashboard scenarios' table on stdout (and build B's columns in an A/B run). */
export function printTable(rows: Record<string, unknown>[], size: unknown): void {
  const f = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v));
  const cols = ['scenario', 'people', 'p50', 'p95', 'p99', 'statements', 'apiCpuMs', 'pgCpuMs', 'peerP50', 'ratio'];
  if (rows.some((r) => r.bP50 !== undefined))
    cols.push('bP50', 'bP95', 'bStatements', 'bApiCpuMs', 'bPgCpuMs', 'bOverA');
  process.stdout.write(
    `\ndataset ${JSON.stringify(size)}\n\n| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|\n`,
  );
  for (const r of rows) process.stdout.write(`| ${cols.map((c) => f(r[c])).join(' | ')} |\n`);
}
