import { DriverException } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../../graphql/context';
import { AppError } from '../../../graphql/errors';
import type { ResourceSpec } from '../../resource';
import { canReadField, canReadRows } from '../../scope/access';
import { planOf, Unsupported } from './plan';
import { Renderer, type Level } from './render';

type Row = Record<string, unknown>;
interface Compiled {
  sql: string;
  bindings: readonly unknown[];
}

/** Whether a value came from the compiled path (every compiled object carries `$c: true`). */
export const isCompiled = (root: unknown): boolean => (root as Row | null)?.$c === true;

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
  ctx: Context,
  info: GraphQLResolveInfo,
  spec: ResourceSpec,
  level: () => Level,
): Promise<Row[] | null> {
  if (!enabled) return null;
  const node = info.fieldNodes[0];
  const scope = ctx.em.getFilterParams('scope');
  const key = `${ctx.principal?.role}|${JSON.stringify(scope)}|${JSON.stringify(info.variableValues)}`;
  let compiled = cache.get(node)?.get(key);
  if (!compiled) {
    try {
      compiled = await compile(ctx, info, spec, level());
    } catch (e) {
      return fallback(ctx, node, e);
    }
    const entries = cache.get(node) ?? new Map<string, Compiled>();
    if (entries.size >= PER_FIELD) entries.delete(entries.keys().next().value!);
    entries.set(key, compiled);
    cache.set(node, entries);
  }
  try {
    const rows = await ctx.em.execute<{ j: Row }[]>(compiled.sql, compiled.bindings as unknown[]);
    readPathCounts.compiled++;
    return rows.map((r) => r.j);
  } catch (e) {
    // A statement the database refuses as written (class 42: syntax, unknown column) is the compiler's bug:
    // logged, and answered by the entity path. Time-outs, cancellations and the like are the request's.
    if (e instanceof DriverException && String((e as { code?: string }).code ?? '').startsWith('42')) {
      cache.get(node)?.delete(key);
      return fallback(ctx, node, e);
    }
    throw e;
  }
}

async function compile(ctx: Context, info: GraphQLResolveInfo, spec: ResourceSpec, level: Level): Promise<Compiled> {
  const caller = {
    canReadField: (f: Parameters<typeof canReadField>[1]) => canReadField(ctx, f),
    canReadRows: (entity: string) => canReadRows(ctx, entity),
  };
  const plan = planOf(ctx.em, info, caller, spec, [...info.fieldNodes]);
  const renderer = new Renderer(ctx.em, (f) => canReadField(ctx, f));
  const { kq } = await renderer.level(plan, renderer.alias(), level);
  const { sql, bindings } = kq.toSQL();
  return { sql, bindings };
}

function fallback(ctx: Context, node: FieldNode, e: unknown): null {
  readPathCounts.fallback++;
  // Input errors (a nested take below 0, a field that may not be filtered) are answered by the entity path
  // with the same codes and paths as ever; anything else is logged once per document.
  if (!(e instanceof AppError) && !reported.has(node)) {
    reported.add(node);
    const reason = e instanceof Unsupported ? e.message : e instanceof Error ? e.message : String(e);
    ctx.logger[e instanceof Unsupported ? 'info' : 'error'](
      { requestId: ctx.requestId, field: node.name.value, reason },
      'read path: not compiled, entity path used',
    );
  }
  return null;
}
