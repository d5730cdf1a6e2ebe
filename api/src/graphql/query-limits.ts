import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_TAKE, MAX_TAKE } from '../common/crud/paging';

/**
 * Bounds on one operation, checked after it is parsed and validated and before anything runs (variables
 * not yet coerced), so that no single query can exhaust the process or the database. Sized in
 * docs/query-limits.md from the console's and the tests' operations, with room to spare.
 */
export const QUERY_LIMITS = {
  /** Deepest nesting of fields (introspection aside). */
  depth: 12,
  /**
   * Objects an answer may hold at most: every field returning objects counts once per parent, and a field
   * with `take` or `first` multiplies what is below it by that many (25 when not given, at most 100).
   */
  cost: 100_000,
  /** Deepest nesting of input objects (a `where` filter through relations, NOT in NOT…). */
  inputDepth: 12,
  /** Items in any one list of the arguments or variables (an `in` list, a bulk create, a roster). */
  listItems: 2_000,
} as const;

export interface QueryMeasure {
  depth: number;
  cost: number;
  inputDepth: number;
  listItems: number;
}

type Vars = Record<string, unknown> | undefined;

/** A literal or a variable's value, as the resolver will see it (enough for numbers and nesting). */
function valueOf(node: ValueNode, vars: Vars): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return vars?.[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, vars));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, vars)]));
    default:
      return null;
  }
}

/** Object nesting (lists do not count) and the longest list of a value. */
function shape(value: unknown, depth = 0, out = { depth: 0, items: 0 }): { depth: number; items: number } {
  if (Array.isArray(value)) {
    out.items = Math.max(out.items, value.length);
    for (const v of value) shape(v, depth, out);
  } else if (value && typeof value === 'object') {
    out.depth = Math.max(out.depth, depth + 1);
    for (const v of Object.values(value)) shape(v, depth + 1, out);
  }
  return out;
}

const pageSize = (raw: unknown): number => {
  const n = typeof raw === 'number' && Number.isFinite(raw) ? raw : DEFAULT_TAKE;
  return Math.max(0, Math.min(MAX_TAKE, n));
};

/** Depth, cost and input shape of an operation. */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  vars: Vars,
): QueryMeasure {
  const m: QueryMeasure = { depth: 0, cost: 0, inputDepth: 0, listItems: 0 };
  const input = shape(vars ?? {});
  m.inputDepth = Math.max(0, input.depth - 1); // the variables object itself is not a level
  m.listItems = input.items;
  const walk = (set: SelectionSetNode, type: GraphQLObjectType, multiplier: number, depth: number) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = sel.kind === Kind.FRAGMENT_SPREAD ? fragments[sel.name.value] : sel;
        if (!frag) continue;
        const on = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : type;
        walk(frag.selectionSet, isObjectType(on) ? on : type, multiplier, depth);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue; // introspection: bounded by the schema itself
      const field = type.getFields()[name];
      if (!field) continue;
      let factor = 1;
      for (const arg of sel.arguments ?? []) {
        const value = valueOf(arg.value, vars);
        const s = shape(value, 1);
        m.inputDepth = Math.max(m.inputDepth, s.depth - 1);
        m.listItems = Math.max(m.listItems, s.items);
        if (arg.name.value === 'take' || arg.name.value === 'first') factor = pageSize(value);
      }
      if (factor === 1 && field.args.some((a) => a.name === 'take' || a.name === 'first')) {
        const given = sel.arguments?.some((a) => a.name.value === 'take' || a.name.value === 'first');
        if (!given) factor = DEFAULT_TAKE;
      }
      m.depth = Math.max(m.depth, depth);
      const target = getNamedType(field.type);
      if (!sel.selectionSet || !isObjectType(target)) continue;
      const below = multiplier * factor;
      // A list without paging arguments is bounded by the server (a report's rows): counted once per parent.
      m.cost += isListType(getNullableType(field.type)) && factor === 1 ? multiplier : below;
      walk(sel.selectionSet, target, below, depth + 1);
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) walk(operation.selectionSet, root, 1, 1);
  return m;
}

/** The first limit an operation exceeds, as the error the client gets (HTTP 400), or null. */
export function limitError(m: QueryMeasure): GraphQLError | null {
  const over = (what: string, actual: number, limit: number) =>
    new GraphQLError(`查询过于复杂：${what}为 ${actual}，上限 ${limit}，请缩小查询范围或分页`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, actual, http: { status: 400 } },
    });
  if (m.depth > QUERY_LIMITS.depth) return over('嵌套层数', m.depth, QUERY_LIMITS.depth);
  if (m.cost > QUERY_LIMITS.cost) return over('可能返回的记录数', m.cost, QUERY_LIMITS.cost);
  if (m.inputDepth > QUERY_LIMITS.inputDepth) return over('筛选条件嵌套层数', m.inputDepth, QUERY_LIMITS.inputDepth);
  if (m.listItems > QUERY_LIMITS.listItems) return over('单个列表的条目数', m.listItems, QUERY_LIMITS.listItems);
  return null;
}

/**
 * In production the schema is for platform admins (and the console, which ships its own copy): anyone else
 * asking for `__schema` or `__type` is refused. `__typename` stays open.
 */
export function introspectionError(operation: OperationDefinitionNode, admin: boolean): GraphQLError | null {
  if (admin) return null;
  const asks = operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
  );
  return asks
    ? new GraphQLError('无权查询接口结构', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } })
    : null;
}
