import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { Client } from 'pg';
import { SCENARIOS as READ } from '../read/scenarios';
import { cpuMs, percentiles, statementCount } from './measure';

/**
 * The console's pages on the report benchmark's dataset (issue 21 item 4: how the list, detail and roster
 * pages grow with the data). Each page is the request(s) its screen sends, one page at a time:
 * - the list and detail pages: the read benchmark's scenarios (bench/read/scenarios.ts), which are what the
 *   generic list and show screens ask for (25 rows with their relations and the count; one person with
 *   guardians and last enrollments);
 * - the roster (点名册) of the largest session: the three operations `use-roster.ts` sends, taken from the
 *   console's own documents (admin/src/data/domain/operations), the class's enrollments and the session's
 *   attendance in parallel after the session.
 * All as the platform admin (`bench-admin`): the same token for every scale, so only the data grows.
 */
const OPERATIONS = path.resolve(__dirname, '../../admin/src/data/domain/operations');

export interface PageResult {
  page: string;
  p50: number;
  p95: number;
  p99: number;
  n: number;
  /** Requests a page sends, statements per page, API and PostgreSQL CPU per page (ms). */
  requests: number;
  statements: number;
  apiCpuMs: number;
  pgCpuMs: number;
}

type Ask = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** A named operation of the console's documents, with every fragment it spreads (transitively). */
export function consoleOperation(name: string): string {
  const defs: DefinitionNode[] = fs
    .readdirSync(OPERATIONS)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(fs.readFileSync(path.join(OPERATIONS, f), 'utf8')).definitions);
  const fragments = new Map(
    defs.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const op = defs.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name} in ${OPERATIONS}`);
  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        if (used.has(s.name.value)) return;
        used.add(s.name.value);
        collect(fragments.get(s.name.value)!);
      },
    });
  collect(op);
  return [op, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join('\n\n');
}

/** The person and the session the detail and roster pages open: the most enrolled child, the fullest session. */
async function targets(db: Client): Promise<{ personId: string; sessionId: string; classId: string }> {
  const person = await db.query<{ id: string }>(
    `select beneficiary_id::text id from enrollment where deleted_at is null
      group by 1 order by count(*) desc, 1 limit 1`,
  );
  const session = await db.query<{ id: string; class_id: string }>(
    `with c as (select class_id from enrollment where status in ('ENROLLED', 'COMPLETED') and deleted_at is null
                 group by 1 order by count(*) desc, 1 limit 1)
     select s.id::text, s.class_id::text from class_session s join c using (class_id)
      where s.deleted_at is null
      order by (select count(*) from attendance a where a.session_id = s.id) desc, s.date desc, s.id limit 1`,
  );
  return { personId: person.rows[0].id, sessionId: session.rows[0].id, classId: session.rows[0].class_id };
}

export async function runPages(
  db: Client,
  ask: Ask,
  pids: { api: number; postmaster: number },
  limits: { requests: number; seconds: number },
): Promise<PageResult[]> {
  const t = await targets(db);
  const info = consoleOperation('SessionInfo');
  const enrollments = consoleOperation('ClassEnrollments');
  const attendance = consoleOperation('SessionAttendance');
  const roster = async () => {
    await ask(info, { id: t.sessionId });
    const where = { classId: { equals: t.classId }, status: { in: ['ENROLLED', 'COMPLETED'] } };
    await Promise.all([
      ask(enrollments, { where, skip: 0, take: 100 }),
      ask(attendance, { sessionId: t.sessionId, skip: 0, take: 100 }),
    ]);
  };
  const read = (name: string) => {
    const s = READ.find((x) => x.name === name)!;
    return () => ask(s.linli, { personId: t.personId });
  };
  const pages: [string, number, () => Promise<unknown>][] = [
    ['class list', 1, read('classList')],
    ['project list', 1, read('projectList')],
    ['enrollment list', 1, read('enrollmentList')],
    ['people list (pinyin)', 1, read('peopleList')],
    ['person detail', 1, read('personDetail')],
    ['roster of the fullest session', 3, roster],
  ];
  const out: PageResult[] = [];
  for (const [page, requests, open] of pages) {
    // Warmed for two seconds first: the first page may be the API's first work after its start (BENCH_ONLY
    // runs no dashboard), and its compiled code is not what a serving process runs.
    const warm = performance.now() + 2000;
    while (performance.now() < warm) await open();
    await db.query('select pg_stat_statements_reset()');
    const cpu0 = cpuMs(pids);
    const samples: number[] = [];
    const until = performance.now() + limits.seconds * 1000;
    while (samples.length < limits.requests && performance.now() < until) {
      const started = performance.now();
      await open();
      samples.push(performance.now() - started);
    }
    const cpu1 = cpuMs(pids);
    const n = samples.length;
    out.push({
      page,
      ...percentiles(samples),
      requests,
      statements: Math.round(((await statementCount(db)) / n) * 10) / 10,
      apiCpuMs: (cpu1.api - cpu0.api) / n,
      pgCpuMs: (cpu1.pg - cpu0.pg) / n,
    });
  }
  return out;
}
