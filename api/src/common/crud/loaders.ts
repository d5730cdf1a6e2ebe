import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ResourceSpec } from '../resource';
import { translateOrder, type OrderInput } from './order';
import { translateWhere, type FieldGate, type Query } from './where-translate';

type Row = { id: string } & Record<string, unknown>;

export interface ToManyArgs {
  where?: Query | null;
  orderBy?: OrderInput[] | null;
  skip?: number;
  take: number;
}

/**
 * Per-request DataLoaders: one SQL statement per relation level, whatever the page size.
 * They run on the request's EntityManager fork, so the same filters (soft delete, scope) apply.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    /** Fields the caller may not read cannot be filtered or sorted on in nested lists either. */
    private readonly gate: FieldGate = () => true,
  ) {}

  private get<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * A loader of the request for values computed per record (an attendance rate, a roll-up): `batch`
   * gets every key asked for in one tick and answers them in one statement. It runs on `em`, the
   * request's fork; raw SQL there must only be keyed by records the caller has already been shown.
   */
  computed<V>(name: string, batch: (em: EntityManager, keys: readonly string[]) => Promise<V[]>) {
    return this.get<V>(`computed:${name}`, (keys) => batch(this.em, keys));
  }

  /** A record by id, or null when it does not exist or is out of reach. */
  byId(spec: ResourceSpec, id: string): Promise<Row | null> {
    return this.get<Row | null>(`id:${spec.name}`, async (ids) => {
      const rows = (await this.em.find(spec.entity, { id: { $in: [...ids] } })) as Row[];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }).load(id);
  }

  /**
   * A loader of one's own, batched per request like the others: a computed field (a project's
   * rollup) answers a whole page of parents with one statement.
   */
  custom<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.get<V>(`custom:${name}`, batch);
  }

  /** Children of many parents in one statement, each parent's slice ordered and cut to skip/take. */
  toMany(child: ResourceSpec, inverse: string, parentId: string, args: ToManyArgs): Promise<Row[]> {
    const key = `many:${child.name}:${inverse}:${JSON.stringify(args)}`;
    return this.get<Row[]>(key, async (parentIds) => {
      const where = {
        $and: [{ [inverse]: { $in: [...parentIds] } }, translateWhere(this.em, child, args.where, this.gate)],
      };
      const rows = (await this.em.find(child.entity, where, {
        orderBy: translateOrder(child, args.orderBy, this.gate) as never,
      })) as Row[];
      const groups = new Map<string, Row[]>(parentIds.map((id) => [id, []]));
      for (const row of rows) groups.get(parentOf(row, inverse))?.push(row);
      const from = args.skip ?? 0;
      return parentIds.map((id) => groups.get(id)!.slice(from, from + args.take));
    }).load(parentId);
  }

  /** Number of children per parent, one grouped statement. */
  toManyCount(
    child: ResourceSpec,
    inverse: string,
    parentId: string,
    where: Query | null | undefined,
  ): Promise<number> {
    const key = `count:${child.name}:${inverse}:${JSON.stringify(where ?? null)}`;
    return this.get<number>(key, async (parentIds) => {
      const qb = this.em
        .createQueryBuilder(child.entity, 'c')
        .select([`c.${inverse}`, raw('count(*)::int as n')] as never)
        .where({
          $and: [{ [inverse]: { $in: [...parentIds] } }, translateWhere(this.em, child, where, this.gate)],
        } as never)
        .groupBy(`c.${inverse}` as never);
      await qb.applyFilters();
      const rows = await qb.execute<Record<string, unknown>[]>('all', false);
      const column = Object.keys(rows[0] ?? {}).find((k) => k !== 'n') ?? '';
      const counts = new Map(rows.map((r) => [String(r[column]), Number(r.n)]));
      return parentIds.map((id) => counts.get(id) ?? 0);
    }).load(parentId);
  }
}

function parentOf(row: Row, inverse: string): string {
  const ref = row[inverse] as { id?: string } | string | null | undefined;
  return typeof ref === 'string' ? ref : (ref?.id ?? '');
}
