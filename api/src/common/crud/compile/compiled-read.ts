import { DriverException } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { RequestScope } from '../../context';
import { AppError } from '../../errors';
import type { ResourceSpec } from '../../resource';
import type { Query } from '../where-translate';
import { canReadField, canReadRows } from '../../scope/access';
import { planOf, Unsupported, type Plan } from './plan';
import { Renderer, type Level } from './render';
import { runBatched, type Answer } from './batch';
import { LIVE_COUNTED_TABLES, liveCountSql } from './live-count';

type Row = Record<string, unknown>;
export interface Compiled {
  sql: string;
  bindings: readonly unknown[];
  /** The plan of the rows (not of a count): where the objects are that the field resolvers must recognise. */
  plan?: Plan;
  /** Rows (column `j`) or a count (column `n`): how the statement joins others of its request (batch.ts). */
  answer: Answer;
}

/**
 * Marks the objects of a compiled answer so that their field resolvers answer from them (compiled-fields.ts):
 * a symbol, not a key written by PostgreSQL into every object (that cost the statement 10–17 % more time).
 */
const COMPILED = Symbol('compiled');
export const isCompiled = (root: unknown): boolean => (root as Record<symbol, unknown> | null)?.[COMPILED] === true;

/**
 * The object of one compiled row: PostgreSQL sends each object as an array of its values in the plan's order
 * (render.ts), keys are put back here, to-one objects and to-many rows by their plans, and the object marked.
 */
export function shape(values: unknown[] | null, plan: Plan): Row | null {
  if (!values) return null;
  const row: Row = { [COMPILED]: true };
  const emit = plan.emit;
  for (let i = 0; i < emit.length; i++) {
    const e = emit[i];
    const v = values[i];
    if (e.kind === 'toOne') row[e.key] = shape(v as unknown[] | null, e.plan);
    else if (e.kind === 'toMany') row[e.key] = (v as unknown[][]).map((child) => shape(child, e.plan));
    else row[e.key] = v;
  }
  return row;
}

/** The statements a request has run, by root field node and key. */
const ranByRequest = new WeakMap<RequestScope, Map<FieldNode, Map<string, Promise<unknown[]>>>>();
const ranOf = (ctx: RequestScope) => {
  let ran = ranByRequest.get(ctx);
  if (!ran) ranByRequest.set(ctx, (ran = new Map()));
  return ran;
};

/** Compiled statements by the root field's node (Apollo keeps parsed documents) and caller and variables. */
const cache = new WeakMap<FieldNode, Map<string, Compiled>>();
const PER_FIELD = 64;
const reported = new WeakSet<FieldNode>();
/** How many root fields took each path since start (the bench prints them). */
export const readPathCounts = { compiled: 0, fallback: 0 };
let enabled = process.env.READ_COMPILER !== 'off';
/** Switches the compiled path off or on (tests of the fallback; the bench's comparison). */
export const setReadCompiler = (on: boolean) => void (enabled = on);

/**
 * The rows of a generic list or detail field, with everything its selection asks for (relations, nested
 * lists, counts), from ONE statement that returns JSON — or null when the selection cannot be compiled, in
 * which case the caller takes the entity path (crud-service.ts with DataLoaders). `level` gives the root's
 * condition, order and page, already translated and checked by the service (its errors are the caller's).
 * Nothing the caller may not read is selected: personal fields and rows are left out where the field
 * resolvers answer FORBIDDEN, exactly as on the entity path.
 */
export async function compiledRead(
  ctx: RequestScope,
  info: GraphQLResolveInfo,
  spec: ResourceSpec,
  level: () => Level,
): Promise<Row[] | null> {
  const result = await run<{ j: unknown[] }>(ctx, info, () => compile(ctx, info, spec, level()));
  if (!result) return null;
  return result.rows.map((r) => shape(r.j, result.plan!)!);
}

/** `xsCount(where, search)` as one kept, prepared statement; null: take the entity path. */
export async function compiledCount(
  ctx: RequestScope,
  info: GraphQLResolveInfo,
  spec: ResourceSpec,
  where: () => Query,
): Promise<number | null> {
  const result = await run<{ n: number }>(ctx, info, async () => {
    const gate = (f: Parameters<typeof canReadField>[1]) => canReadField(ctx, f);
    const counted = (await new Renderer(ctx.em, gate).count(spec, where())).kq.toSQL();
    // Every live row of a table whose live rows are counted as they change (live-count.ts): the counted sum,
    // not a scan. Known by the statement itself: the same text as the unfiltered count with no scope.
    const table = ctx.em.getMetadata().find(spec.entity.name)?.tableName ?? '';
    if (LIVE_COUNTED_TABLES.includes(table) && counted.bindings.length === 0) {
      const all = (await new Renderer(ctx.em, gate).count(spec, {}, true)).kq.toSQL();
      if (all.sql === counted.sql && all.bindings.length === 0)
        return { sql: liveCountSql(table), bindings: [], answer: 'count' };
    }
    return { ...counted, answer: 'count' as const };
  });
  return result && (result.rows[0]?.n ?? 0);
}

/** The field's statement from the cache (or built and kept), run as a named prepared statement. */
export async function run<R>(
  ctx: RequestScope,
  info: GraphQLResolveInfo,
  build: () => Promise<Compiled>,
): Promise<{ rows: R[]; plan?: Plan } | null> {
  if (!enabled) return null;
  const node = info.fieldNodes[0];
  const scope = ctx.em.getFilterParams('scope');
  const key = `${ctx.principal?.role}|${JSON.stringify(scope)}|${JSON.stringify(info.variableValues)}`;
  let compiled = cache.get(node)?.get(key);
  if (!compiled) {
    try {
      compiled = await build();
    } catch (e) {
      return fallback(ctx, node, e);
    }
    const entries = cache.get(node) ?? new Map<string, Compiled>();
    if (entries.size >= PER_FIELD) entries.delete(entries.keys().next().value!);
    entries.set(key, compiled);
    cache.set(node, entries);
  }
  try {
    // A named prepared statement: its text (kilobytes) is parsed and planned once per connection. Kept for
    // the request: a query whole-answer.ts declines is executed again by graphql-js, which finds it here.
    let ran = ranOf(ctx).get(node)?.get(key);
    if (!ran) {
      ran = runBatched<unknown>(ctx, compiled.sql, compiled.bindings, compiled.answer);
      const mine = ranOf(ctx);
      mine.set(node, (mine.get(node) ?? new Map()).set(key, ran));
    }
    const rows = (await ran) as R[];
    readPathCounts.compiled++;
    return { rows, plan: compiled.plan };
  } catch (raw) {
    // Errors of the prepared statement's own client become MikroORM's, like every other statement's, so
    // that they are answered alike (graphql/format-error.ts: a malformed id is BAD_USER_INPUT).
    const e = raw instanceof DriverException ? raw : ctx.em.getDriver().convertException(raw as Error);
    // A statement the database refuses as written (class 42: syntax, unknown column) is the compiler's bug:
    // logged, and answered by the entity path. Time-outs, cancellations and the like are the request's.
    if (e instanceof DriverException && String((e as { code?: string }).code ?? '').startsWith('42')) {
      cache.get(node)?.delete(key);
      return fallback(ctx, node, e);
    }
    throw e;
  }
}

async function compile(
  ctx: RequestScope,
  info: GraphQLResolveInfo,
  spec: ResourceSpec,
  level: Level,
): Promise<Compiled> {
  const caller = {
    canReadField: (f: Parameters<typeof canReadField>[1]) => canReadField(ctx, f),
    canReadRows: (entity: string) => canReadRows(ctx, entity),
  };
  const plan = planOf(ctx.em, info, caller, spec, [...info.fieldNodes]);
  const renderer = new Renderer(ctx.em, (f) => canReadField(ctx, f));
  const { kq } = await renderer.level(plan, renderer.alias(), level);
  const { sql, bindings } = kq.toSQL();
  return { sql, bindings, plan, answer: 'rows' };
}

function fallback(ctx: RequestScope, node: FieldNode, e: unknown): null {
  readPathCounts.fallback++;
  // Input errors (a nested take below 0, a field that may not be filtered) are answered by the entity path
  // with the same codes and paths as ever; anything else is logged once per document.
  if (!(e instanceof AppError) && !reported.has(node)) {
    reported.add(node);
    const reason = e instanceof Unsupported ? e.message : e instanceof Error ? e.message : String(e);
    ctx.logger[e instanceof Unsupported ? 'info' : 'error'](
      { field: node.name.value, reason }, // the request's logger carries its requestId
      'read path: not compiled, entity path used',
    );
  }
  return null;
}
