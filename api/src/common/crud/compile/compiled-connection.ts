import { print, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { RequestScope } from '../../context';
import type { ResourceSpec } from '../../resource';
import { canReadField, canReadRows } from '../../scope/access';
import { connectionOf, cursorSql, type ConnectionPage } from '../connection';
import { shape, run } from './compiled-read';
import { collectFields, planOf, Unsupported } from './plan';
import { Renderer, type Level } from './render';

const CURSOR = '$cursor';

/**
 * `xsConnection` on the compiled read path: the page's rows (`edges.node` and `nodes` ask for the same rows;
 * their selections are merged) and each row's cursor values from ONE statement; `pageInfo` from the rows;
 * `totalCount`, when selected, is the entity path's count. `page` (order keys, cursor, size) is computed for
 * every request, the level (condition and order) only when the statement is not kept yet. Null: take the
 * entity path.
 */
export async function compiledConnection(
  ctx: RequestScope,
  info: GraphQLResolveInfo,
  spec: ResourceSpec,
  page: ConnectionPage,
  level: () => Level,
  totalCount: () => Promise<number>,
) {
  const result = await run<{ j: unknown[] }>(ctx, info, async () => {
    const plan = planOf(ctx.em, info, callerOf(ctx), spec, nodeSelections(info, spec));
    plan.emit.push({ kind: 'cursor', key: CURSOR, sql: (alias) => cursorSql(ctx.em, spec, page.keys, alias) });
    const renderer = new Renderer(ctx.em, (f) => canReadField(ctx, f));
    const { kq } = await renderer.level(plan, renderer.alias(), level());
    return { ...kq.toSQL(), plan, answer: 'rows' as const };
  });
  if (!result) return null;
  const rows = result.rows.map((r) => shape(r.j, result.plan!)!);
  return connectionOf(page, rows, (row) => row[CURSOR] as unknown[], totalCount);
}

const callerOf = (ctx: RequestScope) => ({
  canReadField: (f: Parameters<typeof canReadField>[1]) => canReadField(ctx, f),
  canReadRows: (entity: string) => canReadRows(ctx, entity),
});

/** The field nodes selecting a row: every `edges { node }` and `nodes`; anything else unknown is refused. */
function nodeSelections(info: GraphQLResolveInfo, spec: ResourceSpec): FieldNode[] {
  const out: FieldNode[] = [];
  const nodesFields: FieldNode[] = [];
  const fields = collectFields(
    info,
    `${spec.name}Connection`,
    [...info.fieldNodes].map((n) => n.selectionSet),
  );
  for (const nodes of fields.values()) {
    const name = nodes[0].name.value;
    if (name === 'nodes') nodesFields.push(...nodes);
    else if (name === 'edges') {
      const edge = collectFields(
        info,
        `${spec.name}Edge`,
        nodes.map((n) => n.selectionSet),
      );
      for (const inner of edge.values()) {
        const n = inner[0].name.value;
        if (n === 'node') out.push(...inner);
        else if (n !== 'cursor' && n !== '__typename') throw new Unsupported(`${spec.name}Edge.${n}`);
      }
    } else if (!['pageInfo', 'totalCount', '__typename'].includes(name)) {
      throw new Unsupported(`${spec.name}Connection.${name}`);
    }
  }
  // `edges.node` and `nodes` are the same rows; one JSON object per row holds one selection of them.
  const printed = new Set([...out, ...nodesFields].map((n) => (n.selectionSet ? print(n.selectionSet) : '')));
  if (printed.size > 1) throw new Unsupported(`${spec.name}Connection: edges.node and nodes select differently`);
  return [...out, ...nodesFields];
}
