import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import type { FieldGate, Query } from '../where-translate';
import { translateWhere } from '../where-translate';
import { translateOrder } from '../order';
import { paging } from '../paging';
import type { ResourceSpec } from '../../resource';
import type { Emit, Plan } from './plan';

/** The rows a level selects: its own condition and order, a page, and how it hangs off its parent. */
export interface Level {
  where?: Query;
  orderBy?: Record<string, string>[];
  limit?: number;
  offset?: number;
  /** `child.fk = parent.id` or `child.id = parent.fk`, in SQL over the two aliases. */
  correlate?: string;
  /** A condition in SQL over the level's alias, with its bindings (a connection's keyset). */
  raw?: { sql: (alias: string) => string; params: unknown[] };
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
/** json_build_array takes at most 100 arguments: longer rows are joined from parts. */
const VALUES_PER_CALL = 100;

/**
 * One SELECT of `json_build_array(…) as j` per level, nested levels as correlated sub-queries: each object is
 * an array of its values in the plan's order (compiled-read.ts `shape` puts the keys back), which costs
 * PostgreSQL about a quarter less than json_build_object with its keys (0.59 against 0.77 ms for a class
 * page, docs/read-path.md). The FROM,
 * WHERE and ORDER BY of every level come from MikroORM's query builder with its filters applied (soft delete
 * and the caller's scope, scope-rules.ts), so they are written once, in the rules, not here. Keys are GraphQL
 * names ([_A-Za-z][_0-9A-Za-z]*) and columns come from the entity metadata; every value is a binding.
 */
export class Renderer {
  private next = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly gate: FieldGate,
  ) {}

  alias(): string {
    return `c${this.next++}`;
  }

  /**
   * The rows of one level with their JSON objects in column `j`. Builders travel wrapped in `{ kq }`: a knex
   * builder is a thenable, and an async function returning one would run it.
   */
  async level(plan: Plan, alias: string, level: Level): Promise<{ kq: Knex.QueryBuilder }> {
    const { kq: base } = await this.base(plan, alias, level);
    const knex = this.em.getKnex();
    // A related row (to-one) of a detail page is a lateral left join, which PostgreSQL pulls up into a nested
    // loop over the primary key. Everywhere else it is a sub-query, which PostgreSQL evaluates after the page's
    // sort and limit: joined, a page ordered by a column without an index joined every candidate row first,
    // and taken first then joined, the planner hashed whole tables for 25 rows (docs/read-path.md).
    const lateral = !level.correlate && level.limit === undefined;
    const qb = base;
    const values: string[] = [];
    const bindings: unknown[] = [];
    for (const e of plan.emit) {
      if (e.kind === 'toOne' && lateral) {
        const child = this.alias();
        const { kq } = await this.level(e.plan, child, { correlate: `${child}."id" = ${alias}.${q(e.fk)}` });
        qb.joinRaw(`left join lateral ? as ${q(`${child}j`)} on true`, [kq] as never);
        values.push(`${q(`${child}j`)}.j`);
        continue;
      }
      const [sql, b] = await this.value(e, alias);
      values.push(sql);
      bindings.push(...b);
    }
    const calls: string[] = [];
    for (let i = 0; i < values.length; i += VALUES_PER_CALL) {
      calls.push(`json_build_array(${values.slice(i, i + VALUES_PER_CALL).join(', ')})`);
    }
    const row = calls.length === 1 ? calls[0] : `(${calls.map((c) => `${c}::jsonb`).join(' || ')})::json`;
    return { kq: qb.clearSelect().select(knex.raw(`${row} as j`, bindings as never)) };
  }

  /**
   * `count(*)` of a root list's rows (its where and search, filters applied), in column `n`. `unscoped`: the
   * count of every live row, whoever asks (the scope filter off), to compare with (compiled-read.ts).
   */
  async count(spec: ResourceSpec, where: Query, unscoped = false): Promise<{ kq: Knex.QueryBuilder }> {
    const { kq } = await this.base({ spec, emit: [] }, this.alias(), { where }, unscoped ? { scope: false } : {});
    return { kq: kq.clearSelect().select(this.em.getKnex().raw('count(*)::int as n')) };
  }

  /** FROM, WHERE (with filters), ORDER BY and page of a level, as a knex builder. */
  private async base(
    plan: Plan,
    alias: string,
    level: Level,
    filters: Record<string, boolean> = {},
  ): Promise<{ kq: Knex.QueryBuilder }> {
    const qb = this.em.createQueryBuilder(plan.spec.entity as never, alias);
    if (level.where && Object.keys(level.where).length) qb.where(level.where as never);
    if (level.orderBy) qb.orderBy(level.orderBy);
    await qb.applyFilters(filters);
    const kq = qb.getKnexQuery();
    if (level.correlate) kq.whereRaw(level.correlate);
    if (level.raw) kq.whereRaw(level.raw.sql(alias), level.raw.params as never);
    // The page is written into the text (checked integers, paging.ts), not bound: with `limit $1` PostgreSQL's
    // generic plan assumes a tenth of the table, so it re-plans the statement on every execution (~1 ms).
    if (level.limit !== undefined) kq.limit(level.limit, { skipBinding: true });
    if (level.offset) kq.offset(level.offset, { skipBinding: true });
    return { kq };
  }

  private async value(e: Emit, alias: string): Promise<[string, unknown[]]> {
    switch (e.kind) {
      case 'column':
        return [`${alias}.${q(e.column)}`, []];
      case 'cursor':
        return [e.sql(alias), []];
      case 'reads':
        return [`json_build_object(${e.reads.map(([p, c]) => `'${p}', ${alias}.${q(c)}`).join(', ')})`, []];
      case 'toOne': {
        const child = this.alias();
        const { kq } = await this.level(e.plan, child, { correlate: `${child}."id" = ${alias}.${q(e.fk)}` });
        return ['(?)', [kq]];
      }
      case 'toMany': {
        const child = this.alias();
        const spec = e.plan.spec;
        const page = paging(e.args.skip, e.args.take);
        const { kq } = await this.level(e.plan, child, {
          where: translateWhere(this.em, spec, e.args.where, this.gate),
          orderBy: translateOrder(spec, e.args.orderBy, this.gate),
          limit: page.limit,
          offset: page.offset,
          correlate: `${child}.${q(e.inverse)} = ${alias}."id"`,
        });
        // The page's order is the sub-query's: json_agg keeps the order its input rows arrive in.
        return [`(select coalesce(json_agg(s.j), '[]'::json) from (?) s)`, [kq]];
      }
      case 'count': {
        const child = this.alias();
        const { kq } = await this.base({ spec: e.spec, emit: [] }, child, {
          where: translateWhere(this.em, e.spec, e.where, this.gate),
          correlate: `${child}.${q(e.inverse)} = ${alias}."id"`,
        });
        return ['(?)', [kq.clearSelect().select(this.em.getKnex().raw('count(*)::int'))]];
      }
    }
  }
}
