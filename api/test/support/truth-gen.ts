import { filterable, MODELS, sortable, type Column, type Model } from './truth-model';
import type { Rng } from './truth-random';
import type { ListQuery, OrderBy, Where } from './truth-sql';

/** Values present in the database (deleted rows included), per model and field, to build filters that hit. */
export type Pools = Record<string, Record<string, unknown[]>>;

type Sql = <R>(text: string, params?: unknown[]) => Promise<R[]>;

function poolExpr(f: Column): string {
  switch (f.kind) {
    case 'datetime':
      return `to_char(${f.column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'int':
    case 'bool':
      return f.column;
    case 'intList':
    case 'enumList':
      return `unnest(${f.column})`;
    default:
      return `${f.column}::text`;
  }
}

export async function loadPools(sql: Sql): Promise<Pools> {
  const pools: Pools = {};
  for (const m of Object.values(MODELS)) {
    pools[m.name] = {};
    for (const [key, f] of filterable(m)) {
      const rows = await sql<{ v: unknown }>(
        `select distinct ${poolExpr(f)} as v from ${m.table} where ${f.column} is not null order by 1`,
      );
      pools[m.name][key] = rows.map((r) => r.v);
    }
    if (m.search.length) {
      const rows = await sql<{ v: string }>(
        `select distinct v from ${m.table}, unnest(array[${m.search.join(', ')}]::text[]) v where v is not null order by 1`,
      );
      pools[m.name].$search = rows.map((r) => r.v);
    }
  }
  return pools;
}

/** Tokens that LIKE would treat as wildcards or escapes, and case variants. */
const SPECIAL_TOKENS = ['%', '_', '\\', '%_', 'A_B', 'a\\b', '100%', '%开', '_开', 'abc', 'UNION', 'union', '工会'];

const chars = (s: string) => Array.from(s);

/** Random ops for one field, as the API's `XFilter` input. */
export class QueryGen {
  /**
   * safe: only constructs whose translation is not known to be wrong (no NOT, no `every`, no
   * `isEmpty`, no to-one relation filters, so no to-many filter below one). Used where the subject
   * under test is something else (cursor paging, relation fields); the excluded constructs have
   * their own tests.
   */
  constructor(
    readonly rng: Rng,
    private readonly pools: Pools,
    private readonly safe = false,
  ) {}

  private recase(s: string): string {
    const r = this.rng.next();
    if (r < 0.2) return s.toUpperCase();
    if (r < 0.4) return s.toLowerCase();
    return s;
  }

  private substring(s: string): string {
    const c = chars(s);
    const len = this.rng.int(1, Math.min(4, c.length));
    const from = this.rng.int(0, c.length - len);
    return c.slice(from, from + len).join('');
  }

  private value(m: Model, key: string, f: Column): unknown {
    const pool = this.pools[m.name][key] ?? [];
    const rng = this.rng;
    switch (f.kind) {
      case 'enum':
      case 'enumList':
        return rng.pick(f.values!);
      case 'intList':
        return rng.int(1, 7);
      case 'bool':
        return rng.chance(0.5);
      case 'int': {
        const v = pool.length ? (rng.pick(pool) as number) : rng.int(0, 50);
        return v + rng.pick([0, 0, 0, -1, 1]);
      }
      case 'date':
        return pool.length && rng.chance(0.8)
          ? rng.pick(pool)
          : `20${rng.int(10, 26)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
      case 'datetime':
        return pool.length && rng.chance(0.9)
          ? rng.pick(pool)
          : new Date(Date.UTC(2025, 5, rng.int(1, 30))).toISOString();
      default:
        if (!pool.length) throw new Error(`no values for ${m.name}.${key}`);
        return rng.pick(pool);
    }
  }

  private values(m: Model, key: string, f: Column, min: number, max: number): unknown[] {
    return [...new Set(Array.from({ length: this.rng.int(min, max) }, () => this.value(m, key, f)))];
  }

  ops(m: Model, key: string, f: Column): Record<string, unknown> {
    const rng = this.rng;
    const choices: string[] = (() => {
      switch (f.kind) {
        case 'intList':
        case 'enumList':
          return this.safe ? ['hasSome', 'hasEvery'] : ['hasSome', 'hasEvery', 'isEmpty'];
        case 'enum':
        case 'uuid':
          return ['equals', 'in', 'in', 'notIn', 'notIn', 'isNull'];
        case 'bool':
          return ['equals', 'isNull'];
        case 'string':
          return ['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'contains', 'contains', 'startsWith', 'isNull'];
        default:
          return ['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'isNull'];
      }
    })();
    const out: Record<string, unknown> = {};
    const count = f.kind === 'bool' ? 1 : rng.pick([1, 1, 1, 2]);
    for (let i = 0; i < count; i++) {
      const op = rng.pick(choices);
      switch (op) {
        case 'in':
        case 'notIn':
        case 'hasSome':
          out[op] = this.values(m, key, f, 1, 4);
          break;
        case 'hasEvery':
          out[op] = this.values(m, key, f, 1, 2);
          break;
        case 'isNull':
        case 'isEmpty':
          out[op] = rng.chance(f.nullable || op === 'isEmpty' ? 0.5 : 0.2);
          break;
        case 'contains':
          out[op] = rng.chance(0.25)
            ? rng.pick(SPECIAL_TOKENS)
            : this.recase(this.substring(String(this.value(m, key, f))));
          break;
        case 'startsWith':
          out[op] = this.recase(
            chars(String(this.value(m, key, f)))
              .slice(0, rng.int(1, 3))
              .join(''),
          );
          break;
        case 'equals':
          out[op] =
            f.kind === 'string' && rng.chance(0.2) ? this.recase(String(this.value(m, key, f))) : this.value(m, key, f);
          break;
        default:
          out[op] = this.value(m, key, f);
      }
    }
    return out;
  }

  where(m: Model, depth: number): Where {
    const rng = this.rng;
    const w: Where = {};
    const keys = rng.int(1, depth > 0 ? 3 : 2);
    const toOne = this.safe ? [] : Object.keys(m.toOne);
    const toMany = Object.keys(m.toMany);
    for (let i = 0; i < keys; i++) {
      const r = rng.next();
      if (depth > 0 && r < 0.15 && toOne.length) {
        const k = rng.pick(toOne);
        w[k] = this.where(MODELS[m.toOne[k].target], depth - 1);
      } else if (depth > 0 && r < 0.32 && toMany.length) {
        const k = rng.pick(toMany);
        const target = MODELS[m.toMany[k].target];
        const ops = rng.subset(this.safe ? ['some', 'none'] : ['some', 'every', 'none'], 1, 2);
        w[k] = Object.fromEntries(ops.map((op) => [op, this.where(target, depth - 1)]));
      } else if (depth > 0 && r < 0.45) {
        const c = rng.pick(this.safe ? ['AND', 'OR'] : ['AND', 'OR', 'NOT', 'NOT']);
        w[c] =
          c === 'NOT'
            ? this.where(m, depth - 1)
            : Array.from({ length: rng.int(1, 3) }, () => this.where(m, depth - 1));
      } else {
        const [k, f] = rng.pick(filterable(m));
        w[k] = this.ops(m, k, f);
      }
    }
    return w;
  }

  search(m: Model): string | undefined {
    const rng = this.rng;
    const r = rng.next();
    // A blank search filters nothing anywhere; text on a list without searchable fields is refused (checked
    // with the other BAD_USER_INPUT cases), so it is not generated there.
    if (!m.search.length) return r < 0.05 ? rng.pick(['', '   ']) : undefined;
    if (r < 0.55) return r < 0.05 ? rng.pick(['', '   ', 'x']) : undefined;
    if (r < 0.7) return rng.pick(SPECIAL_TOKENS);
    const pool = this.pools[m.name].$search;
    const text = this.recase(this.substring(String(rng.pick(pool))));
    return rng.chance(0.2) ? `  ${text} ` : text;
  }

  orderBy(m: Model): OrderBy | undefined {
    const rng = this.rng;
    if (rng.chance(0.25)) return undefined;
    return rng.subset(rng.shuffle(sortable(m)), 1, 3).map((k) => ({ [k]: rng.pick(['ASC', 'DESC'] as const) }));
  }

  paging(): Pick<ListQuery, 'skip' | 'take'> {
    const rng = this.rng;
    const skip = rng.chance(0.6) ? undefined : rng.pick([0, 1, 3, 10, 20, 40]);
    const r = rng.next();
    const take = r < 0.25 ? undefined : r < 0.33 ? rng.pick([99, 100]) : r < 0.38 ? 1 : rng.int(1, 60);
    return { skip, take };
  }

  list(m: Model, depth: number): ListQuery {
    return {
      where: this.rng.chance(0.9) ? this.where(m, depth) : undefined,
      search: this.search(m),
      orderBy: this.orderBy(m),
      ...this.paging(),
    };
  }
}
