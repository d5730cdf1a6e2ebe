import { MODELS, type Column, type ColumnKind, type Model } from './truth-model';

/**
 * Ground truth: a GraphQL `where` / `search` / `orderBy` / skip-take turned into plain SQL by hand,
 * following the documented meaning rather than the API's implementation:
 *
 * - a row matches a field operator only when the operator is true for its value; a NULL value matches
 *   no operator except `isNull: true` (so every leaf is true or false, never unknown);
 * - AND / OR / NOT, `every`, `none` are then ordinary two-valued logic: `NOT w` is exactly the rows
 *   that do not match `w`, `every w` means no live child fails to match `w`;
 * - soft-deleted rows are invisible everywhere: in the list itself, behind a to-one relation filter
 *   (a row whose related row is deleted or missing does not match `relation: {...}`) and among the
 *   children seen by some / every / none;
 * - `contains` / `startsWith` / `search` are case-insensitive and literal (`%`, `_`, `\` are ordinary
 *   characters): computed with strpos / starts_with on lower(), never with LIKE;
 * - ordering is the given keys then `id ASC` unless id is among them, with PostgreSQL's default NULL
 *   placement (ASC: NULLs last, DESC: NULLs first), exactly as the API's ORDER BY leaves it; short
 *   text (string fields) sorts by pinyin, with the ICU collation "zh-x-icu", as the API promises.
 */
export type Where = { [key: string]: unknown };
export type OrderBy = Record<string, 'ASC' | 'DESC'>[];

const CAST: Record<ColumnKind, string> = {
  string: 'text',
  text: 'text',
  int: 'int',
  bool: 'boolean',
  date: 'date',
  time: 'time',
  datetime: 'timestamptz',
  enum: 'text',
  uuid: 'uuid',
  intList: 'int',
  enumList: 'text',
};

const conj = (parts: string[]): string => (parts.length ? `(${parts.join(' and ')})` : 'true');

export interface SqlOptions {
  /** Pretend soft-deleted rows are visible (to prove that the generated data makes soft deletes matter). */
  includeDeleted?: boolean;
  /**
   * Known wrong readings, used only to label a failure with its probable cause: SQL's three-valued
   * logic (a NULL operand makes NOT and `every` skip the row) ...
   */
  threeValued?: boolean;
  /** ... and a missing or soft-deleted optional related row seen as a row of NULLs (a LEFT JOIN). */
  nullRow?: boolean;
}

export class SqlBuilder {
  readonly params: unknown[] = [];
  private aliases = 0;
  private inChild = 0;

  constructor(private readonly opts: SqlOptions = {}) {}

  param(value: unknown, cast: string): string {
    this.params.push(value);
    return `$${this.params.length}::${cast}`;
  }

  alias(): string {
    return `t${++this.aliases}`;
  }

  live(a: string): string {
    return this.opts.includeDeleted ? 'true' : `${a}.deleted_at is null`;
  }

  /** A boolean expression that is never NULL: true when row `a` of `m` matches `where`. */
  where(m: Model, a: string, where: Where | null | undefined): string {
    if (!where) return 'true';
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined || value === null) continue;
      if (key === 'AND') {
        parts.push(conj((value as Where[]).map((w) => this.where(m, a, w))));
      } else if (key === 'OR') {
        const alts = (value as Where[]).map((w) => this.where(m, a, w));
        parts.push(alts.length ? `(${alts.join(' or ')})` : 'false');
      } else if (key === 'NOT') {
        parts.push(`(not ${this.where(m, a, value as Where)})`);
      } else if (m.toOne[key]) {
        parts.push(this.toOne(m, a, key, value as Where));
      } else if (m.toMany[key]) {
        const rel = m.toMany[key];
        const target = MODELS[rel.target];
        // An empty `every` constrains nothing; `every w` = no live child that does not match w.
        const ops = value as { some?: Where; every?: Where; none?: Where };
        if (ops.some) parts.push(this.child(target, rel.fk, a, ops.some, false));
        if (ops.none) parts.push(`(not ${this.child(target, rel.fk, a, ops.none, false)})`);
        if (ops.every) parts.push(`(not ${this.child(target, rel.fk, a, ops.every, true)})`);
      } else if (m.fields[key]?.filter) {
        parts.push(...this.ops(`${a}.${m.fields[key].column}`, m.fields[key], value as Record<string, unknown>));
      } else {
        throw new Error(`${m.name}.${key} is not filterable in the truth model`);
      }
    }
    return conj(parts);
  }

  /** The related row exists, is live and matches `where`. */
  private toOne(m: Model, a: string, key: string, where: Where): string {
    const rel = m.toOne[key];
    const target = MODELS[rel.target];
    const b = this.alias();
    if (this.opts.nullRow) {
      // As a LEFT JOIN does: no related row gives a row of NULLs. At the top level the join skips deleted
      // rows (a deleted row also gives NULLs); inside some / every / none it keeps them.
      const t = target.table;
      const live = this.inChild ? '' : ` and ${this.live('x')}`;
      const found = `select 1 from ${t} x where x.id = ${a}.${rel.fk}${live}`;
      const cond = this.where(target, b, where);
      const rows = `select x.* from ${t} x where x.id = ${a}.${rel.fk}${live} union all select (null::${t}).* where not exists (${found})`;
      return `(select ${this.inChild ? `${b}.deleted_at is null and ` : ''}${cond} from (${rows}) ${b})`;
    }
    const value = `(select ${this.where(target, b, where)} from ${target.table} ${b} where ${b}.id = ${a}.${rel.fk} and ${this.live(b)})`;
    return this.opts.threeValued ? value : `coalesce(${value}, false)`;
  }

  /** nullRow: a required relation filtered at the top level is an INNER JOIN, which drops rows without a live related row. */
  innerJoins(m: Model, a: string, where: Where | null | undefined): string {
    if (!this.opts.nullRow || !where) return 'true';
    const out: string[] = [];
    const visit = (w: Where) => {
      for (const [k, v] of Object.entries(w)) {
        if (v == null) continue;
        if (k === 'AND' || k === 'OR') (v as Where[]).forEach(visit);
        else if (k === 'NOT') visit(v as Where);
        else if (m.toOne[k] && !Object.values(m.fields).some((f) => f.column === m.toOne[k].fk && f.nullable)) {
          const t = MODELS[m.toOne[k].target].table;
          out.push(`exists (select 1 from ${t} x where x.id = ${a}.${m.toOne[k].fk} and x.deleted_at is null)`);
        }
      }
    };
    visit(where);
    return conj(out);
  }

  /** exists a live child of parent `a` that matches (or, negated, fails to match) `where`. */
  private child(target: Model, fk: string, a: string, where: Where, negate: boolean): string {
    const b = this.alias();
    this.inChild++;
    const cond = this.where(target, b, where);
    this.inChild--;
    return `exists (select 1 from ${target.table} ${b} where ${b}.${fk} = ${a}.id and ${this.live(b)} and ${
      negate ? `not ${cond}` : cond
    })`;
  }

  private ops(x: string, f: Column, ops: Record<string, unknown>): string[] {
    const t = CAST[f.kind];
    const out: string[] = [];
    for (const [op, v] of Object.entries(ops)) {
      if (v === undefined || v === null) continue;
      let e: string;
      switch (op) {
        case 'equals':
          e = `${x} = ${this.param(v, t)}`;
          break;
        case 'in':
          e = `${x} = any(${this.param(v, t + '[]')})`;
          break;
        case 'notIn':
          e = `${x} <> all(${this.param(v, t + '[]')})`;
          break;
        case 'lt':
          e = `${x} < ${this.param(v, t)}`;
          break;
        case 'lte':
          e = `${x} <= ${this.param(v, t)}`;
          break;
        case 'gt':
          e = `${x} > ${this.param(v, t)}`;
          break;
        case 'gte':
          e = `${x} >= ${this.param(v, t)}`;
          break;
        case 'contains':
          e = `strpos(lower(${x}), lower(${this.param(v, 'text')})) > 0`;
          break;
        case 'startsWith':
          e = `starts_with(lower(${x}), lower(${this.param(v, 'text')}))`;
          break;
        case 'isNull':
          e = v ? `${x} is null` : `${x} is not null`;
          break;
        case 'hasSome':
          e = `${x} && ${this.param(v, t + '[]')}`;
          break;
        case 'hasEvery':
          e = `${x} @> ${this.param(v, t + '[]')}`;
          break;
        case 'isEmpty':
          e = v ? `coalesce(cardinality(${x}), 0) = 0` : `cardinality(${x}) > 0`;
          break;
        default:
          throw new Error(`unknown operator ${op}`);
      }
      out.push(this.opts.threeValued ? `(${e})` : `coalesce((${e}), false)`);
    }
    return out;
  }

  /** `search`: trimmed; empty filters nothing (text on a model without searchable fields is refused). */
  search(m: Model, a: string, search: string | null | undefined): string {
    const text = search?.trim();
    if (!text || !m.search.length) return 'true';
    const p = this.param(text, 'text');
    return `(${m.search.map((col) => `coalesce(strpos(lower(${a}.${col}), lower(${p})) > 0, false)`).join(' or ')})`;
  }

  order(m: Model, a: string, orderBy: OrderBy | null | undefined): string {
    const items = orderBy?.length ? orderBy : m.defaultOrder.map(([k, d]) => ({ [k]: d }));
    const keys: string[] = [];
    let id = false;
    for (const item of items) {
      const [[key, dir]] = Object.entries(item);
      const f = m.fields[key];
      const collate = f.kind === 'string' ? ' collate "zh-x-icu"' : '';
      keys.push(`${a}.${f.column}${collate} ${dir === 'DESC' ? 'desc' : 'asc'}`);
      if (key === 'id') id = true;
    }
    if (!id) keys.push(`${a}.id asc`);
    return keys.join(', ');
  }
}

export interface ListQuery {
  where?: Where | null;
  search?: string | null;
  orderBy?: OrderBy | null;
  skip?: number | null;
  take?: number | null;
}

export const DEFAULT_TAKE = 25;
export const MAX_TAKE = 100;
/** Takes outside 1…MAX_TAKE are refused (paging.ts), so the generator never asks for them. */
export const limitOf = (take: number | null | undefined): number => take ?? DEFAULT_TAKE;

type Sql = <R>(text: string, params?: unknown[]) => Promise<R[]>;

/** Ids of the page, in order; `limit: null` for every row. */
export async function expectedIds(
  sql: Sql,
  m: Model,
  q: ListQuery,
  limit: number | null,
  opts: SqlOptions = {},
): Promise<string[]> {
  const b = new SqlBuilder(opts);
  const text =
    `select a.id from ${m.table} a where ${b.live('a')} and ${b.where(m, 'a', q.where)} and ${b.search(m, 'a', q.search)} ` +
    `and ${b.innerJoins(m, 'a', q.where)} ` +
    `order by ${b.order(m, 'a', q.orderBy)} offset ${q.skip ?? 0}` +
    (limit === null ? '' : ` limit ${limit}`);
  return (await sql<{ id: string }>(text, b.params)).map((r) => r.id);
}

export async function expectedCount(
  sql: Sql,
  m: Model,
  q: Pick<ListQuery, 'where' | 'search'>,
  opts: SqlOptions = {},
): Promise<number> {
  const b = new SqlBuilder(opts);
  const text =
    `select count(*)::int as n from ${m.table} a ` +
    `where ${b.live('a')} and ${b.where(m, 'a', q.where)} and ${b.search(m, 'a', q.search)} and ${b.innerJoins(m, 'a', q.where)}`;
  return (await sql<{ n: number }>(text, b.params))[0].n;
}

/** Per parent: the ids of its live children matching `where`, ordered, cut to skip/take, and their count. */
export async function expectedChildren(
  sql: Sql,
  parent: Model,
  relation: string,
  parentIds: string[],
  q: ListQuery,
): Promise<Map<string, { ids: string[]; count: number }>> {
  const rel = parent.toMany[relation];
  const child = MODELS[rel.target];
  const b = new SqlBuilder();
  const pids = b.param(parentIds, 'uuid[]');
  const skip = q.skip ?? 0;
  const limit = limitOf(q.take);
  const rows = await sql<{ parent: string; id: string; rn: number; n: number }>(
    `select parent, id, rn, n from (
       select a.${rel.fk} as parent, a.id, row_number() over (partition by a.${rel.fk} order by ${b.order(child, 'a', q.orderBy)})::int as rn,
              count(*) over (partition by a.${rel.fk})::int as n
       from ${child.table} a
       where a.${rel.fk} = any(${pids}) and ${b.live('a')} and ${b.where(child, 'a', q.where)}
     ) s order by parent, rn`,
    b.params,
  );
  const out = new Map(parentIds.map((id) => [id, { ids: [] as string[], count: 0 }]));
  for (const r of rows) {
    const slot = out.get(r.parent)!;
    slot.count = r.n;
    if (r.rn > skip && r.rn <= skip + limit) slot.ids.push(r.id);
  }
  return out;
}
