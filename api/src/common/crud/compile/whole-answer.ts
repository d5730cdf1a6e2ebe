import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextResponseForOperation,
  type GraphQLResponse,
} from '@apollo/server';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  isLeafType,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { RequestScope } from '../../context';
import { isCompiled } from './compiled-read';
import { fastFieldOf } from './compiled-fields';
import { collectFields } from './plan';

/** Root fields answered by the generic list, detail and count resolvers (crud-resolver.ts registers them). */
export const wholeRoots = new Set<string>();

/** Thrown by a completer when graphql-js must answer instead (an error, a value it would refuse). */
class Decline extends Error {}
const decline = new Decline();

type Complete = (value: unknown, ctx: RequestScope) => unknown;
/** The completer of a selection graphql-js must execute (a computed field, an abstract type). */
const DECLINED: Complete = () => {
  throw decline;
};
type Vars = Record<string, unknown>;

let enabled = process.env.WHOLE_ANSWER !== 'off';
/** Switches answering whole off or on (tests compare with graphql-js's execution; the bench's comparison). */
export const setWholeAnswer = (on: boolean) => void (enabled = on);

/** How many queries were answered whole, and how many went on to graphql-js after all (the bench prints them). */
export const wholeAnswerCounts = { whole: 0, declined: 0 };

/**
 * A query whose every root field is a generic list, detail or count answered on the compiled read path is
 * answered here, without graphql-js's execution: the root resolvers run as graphql-js would run them (the same
 * argument values, the same type-graphql resolver with its validation), and their compiled rows (compiled-read.ts)
 * are completed by a function built once per selection and variables: each field's value from the same fast
 * field resolver graphql-js would call (compiled-fields.ts, with its checks), leaves serialized by their types,
 * keys in the selection's order. graphql-js spent most of a list's API time on per-field work (an info object,
 * argument values and a promise check per field, about 1,000 fields per class page; docs/read-path.md).
 *
 * Anything else, and anything that would be an error or a null in a non-null place, is declined: the query
 * is then executed by graphql-js as before. The statements the root fields ran are kept for the request
 * (compiled-read.ts), so that a declined query does not run them twice.
 */
export const wholeAnswerPlugin = (schema: GraphQLSchema): ApolloServerPlugin<RequestScope> => {
  const query = schema.getQueryType()!;
  return {
    async requestDidStart() {
      return { responseForOperation: (rc) => answerWhole(schema, query, rc) };
    },
  };
};

async function answerWhole(
  schema: GraphQLSchema,
  query: GraphQLObjectType,
  rc: GraphQLRequestContextResponseForOperation<RequestScope>,
): Promise<GraphQLResponse | null> {
  const { operation, document } = rc;
  if (!enabled || operation.operation !== 'query') return null;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rc.request.variables ?? {});
  if (coerced.errors) return null;
  const variableValues = coerced.coerced;
  const roots = collectFields({ fragments, variableValues }, query.name, [operation.selectionSet]);
  const fields: [string, FieldNode[], GraphQLField<unknown, unknown> | null][] = [];
  for (const [key, nodes] of roots) {
    const name = nodes[0].name.value;
    if (name === '__typename') fields.push([key, nodes, null]);
    else if (wholeRoots.has(name)) fields.push([key, nodes, query.getFields()[name]]);
    else return null;
  }
  const ctx = rc.contextValue;
  const complete = fields.map(([, nodes, def]) =>
    def ? completerOf(schema, fragments, variableValues, def.type, nodes) : null,
  );
  if (complete.includes(DECLINED)) return null;
  try {
    // Started together, as graphql-js starts them: a list and its count join into one statement (batch.ts).
    const values = await Promise.all(
      fields.map(([key, nodes, def]) => {
        if (!def) return query.name;
        const info: GraphQLResolveInfo = {
          fieldName: def.name,
          fieldNodes: nodes,
          returnType: def.type,
          parentType: query,
          path: { prev: undefined, key, typename: query.name },
          schema,
          fragments,
          rootValue: undefined,
          operation,
          variableValues,
        };
        return def.resolve!(undefined, getArgumentValues(def, nodes[0], variableValues), ctx, info);
      }),
    );
    const data: Vars = {};
    fields.forEach(([key], i) => {
      data[key] = complete[i] ? complete[i](values[i], ctx) : values[i];
    });
    wholeAnswerCounts.whole++;
    return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
  } catch {
    // graphql-js answers it, with its own errors and paths; the compiled statements are not run again.
    wholeAnswerCounts.declined++;
    return null;
  }
}

const completers = new WeakMap<FieldNode, Map<string, Complete>>();
const PER_FIELD = 64;

/** The completer of a root field's value, kept per field node and variables (the document outlives requests). */
function completerOf(
  schema: GraphQLSchema,
  fragments: Parameters<typeof collectFields>[0]['fragments'],
  variableValues: Vars,
  type: GraphQLOutputType,
  nodes: FieldNode[],
): Complete {
  const key = JSON.stringify(variableValues);
  const kept = completers.get(nodes[0]);
  const found = kept?.get(key);
  if (found) return found;
  let made: Complete;
  try {
    made = build(schema, { fragments, variableValues }, type, nodes);
  } catch (e) {
    if (!(e instanceof Decline)) throw e;
    made = DECLINED; // kept too: the next request with this selection goes to graphql-js at once
  }
  const entries = kept ?? new Map<string, Complete>();
  if (entries.size >= PER_FIELD) entries.delete(entries.keys().next().value!);
  entries.set(key, made);
  completers.set(nodes[0], entries);
  return made;
}

function build(
  schema: GraphQLSchema,
  info: Parameters<typeof collectFields>[0],
  type: GraphQLOutputType,
  nodes: FieldNode[],
): Complete {
  if (type instanceof GraphQLNonNull) {
    const inner = build(schema, info, type.ofType, nodes);
    return (v, ctx) => {
      const out = inner(v, ctx);
      if (out === null) throw decline;
      return out;
    };
  }
  if (type instanceof GraphQLList) {
    const item = build(schema, info, type.ofType, nodes);
    return (v, ctx) => {
      if (v == null) return null;
      if (!Array.isArray(v)) throw decline;
      return v.map((x) => item(x, ctx));
    };
  }
  if (isLeafType(type)) {
    return (v) => {
      if (v == null) return null;
      const out = type.serialize(v);
      if (out === undefined) throw decline;
      return out;
    };
  }
  if (!(type instanceof GraphQLObjectType)) throw decline;
  const defs = type.getFields();
  const parts: [string, (row: Record<string, unknown>, ctx: RequestScope) => unknown][] = [];
  for (const [key, fieldNodes] of collectFields(
    info,
    type.name,
    nodes.map((n) => n.selectionSet),
  )) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') {
      parts.push([key, () => type.name]);
      continue;
    }
    const def = defs[name];
    const fast = fastFieldOf(type.name, name);
    if (!def || !fast) throw decline; // a computed field: its resolver is graphql-js's to call
    const args = def.args.length ? getArgumentValues(def, fieldNodes[0], info.variableValues) : {};
    const inner = build(schema, info, def.type, fieldNodes);
    parts.push([key, (row, ctx) => inner(fast(row, args, ctx, key), ctx)]);
  }
  return (v, ctx) => {
    if (v == null) return null;
    if (!isCompiled(v)) throw decline;
    const out: Record<string, unknown> = {};
    for (const [key, read] of parts) out[key] = read(v as Record<string, unknown>, ctx);
    return out;
  };
}
