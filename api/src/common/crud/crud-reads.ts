import type { CrudContext } from '../crud-context';
import type { ResourceSpec } from '../resource';
import { assertCanRead, canReadField } from '../scope/access';
import type { Level } from './compile/render';
import { connectionOf, connectionPage, cursorSql, type ConnectionArgs, type ConnectionPage } from './connection';
import { translateOrder, type OrderInput } from './order';
import { isUuid, paging } from './paging';
import { translateSearch, translateWhere, type FieldGate, type Query } from './where-translate';

export interface ListArgs {
  where?: Query | null;
  search?: string | null;
  orderBy?: OrderInput[] | null;
  skip?: number | null;
  take?: number | null;
}

type Entity = { id: string; version: number; deletedAt?: Date | null } & Record<string, unknown>;
/** What the service needs of the request: its EntityManager, caller, keys and request id. */
export type { CrudContext };

/**
 * The generic reads of a resource, for the entity path (MikroORM entities, DataLoaders for relations) and the
 * compiled read path's root levels (crud/compile, docs/read-path.md). Reads obey the caller's scope (the
 * `scope` filter on the request's EntityManager); fields the caller may not read cannot be filtered, searched
 * or sorted on. The writes are CrudService's (crud-service.ts).
 */
export class CrudReads {
  constructor(readonly spec: ResourceSpec) {}

  protected gate(ctx: CrudContext): FieldGate {
    return (field) => canReadField(ctx, field);
  }

  protected filter(ctx: CrudContext, args: Pick<ListArgs, 'where' | 'search'>): Query {
    const parts = [
      translateWhere(ctx.em, this.spec, args.where, this.gate(ctx)),
      translateSearch(this.spec, args.search, this.gate(ctx)),
    ].filter((q) => Object.keys(q).length);
    return parts.length ? { $and: parts } : {};
  }

  /** Whether a detail read can find anything (a malformed id finds nothing); refuses callers who may not read. */
  canFind(ctx: CrudContext, id: string): boolean {
    assertCanRead(ctx, this.spec.entity.name);
    return isUuid(id);
  }

  /** The compiled read path's root level of a detail read (crud/compile). */
  oneLevel(id: string): Level {
    return { where: { id }, limit: 1 };
  }

  /** Refuses what findMany refuses before it reads: a caller who may not read, a negative page. */
  assertListable(ctx: CrudContext, args: ListArgs): void {
    assertCanRead(ctx, this.spec.entity.name);
    paging(args.skip, args.take);
  }

  /** The compiled read path's root level of a list: findMany's condition, order and page (crud/compile). */
  listLevel(ctx: CrudContext, args: ListArgs): Level {
    const { offset, limit } = paging(args.skip, args.take);
    const where = this.filter(ctx, args);
    return { where, orderBy: translateOrder(this.spec, args.orderBy, this.gate(ctx)), limit, offset };
  }

  /** The compiled read path's condition of a count: count's own (crud/compile). */
  countWhere(ctx: CrudContext, args: Pick<ListArgs, 'where' | 'search'>): Query {
    return this.filter(ctx, args);
  }

  async findOne(ctx: CrudContext, id: string): Promise<Entity | null> {
    assertCanRead(ctx, this.spec.entity.name);
    if (!isUuid(id)) return null;
    return (await ctx.em.findOne(this.spec.entity, { id })) as Entity | null;
  }

  async findMany(ctx: CrudContext, args: ListArgs): Promise<Entity[]> {
    assertCanRead(ctx, this.spec.entity.name);
    const { offset, limit } = paging(args.skip, args.take);
    const orderBy = translateOrder(this.spec, args.orderBy, this.gate(ctx));
    if (limit === 0) return [];
    return (await ctx.em.find(this.spec.entity, this.filter(ctx, args), {
      orderBy: orderBy as never,
      offset,
      limit,
    })) as Entity[];
  }

  count(ctx: CrudContext, args: Pick<ListArgs, 'where' | 'search'>): Promise<number> {
    assertCanRead(ctx, this.spec.entity.name);
    return ctx.em.count(this.spec.entity, this.filter(ctx, args));
  }

  /**
   * Cursor paging with keyset cursors (keyset.ts); `totalCount` is a thunk so that it costs a statement only
   * when selected. The rows' cursor values are read with one more statement, as PostgreSQL writes them
   * (an entity's Date keeps milliseconds, a timestamp has microseconds).
   */
  async connection(ctx: CrudContext, args: ListArgs & ConnectionArgs) {
    assertCanRead(ctx, this.spec.entity.name);
    const page = connectionPage(ctx.em, this.spec, this.gate(ctx), args);
    const qb = ctx.em.createQueryBuilder(this.spec.entity, 'e0').where(this.filter(ctx, args) as never);
    if (page.after) qb.andWhere(page.after.sql('e0'), page.after.params);
    qb.orderBy(translateOrder(this.spec, args.orderBy, this.gate(ctx)) as never).limit(page.limit + 1, page.offset);
    await qb.applyFilters();
    const rows = (await qb.getResultList()) as Entity[];
    const values = new Map<string, unknown[]>();
    if (rows.length) {
      const table = ctx.em.getMetadata().find(this.spec.entity.name)!.tableName;
      const found = await ctx.em.execute<{ id: string; k: unknown[] }[]>(
        `select t.id, ${cursorSql(ctx.em, this.spec, page.keys, 't')} as k from "${table}" t where t.id in (${rows.map(() => '?').join(', ')})`,
        rows.map((r) => r.id),
      );
      for (const r of found) values.set(r.id, r.k);
    }
    return connectionOf(
      page,
      rows,
      (node) => values.get(node.id)!,
      () => this.count(ctx, args),
    );
  }

  /** A connection's page (order keys, cursor, size), checked: the compiled read path's first step. */
  connectionPageOf(ctx: CrudContext, args: ListArgs & ConnectionArgs): ConnectionPage {
    assertCanRead(ctx, this.spec.entity.name);
    return connectionPage(ctx.em, this.spec, this.gate(ctx), args);
  }

  /** The compiled read path's root level of a connection page (crud/compile). */
  connectionLevel(ctx: CrudContext, args: ListArgs & ConnectionArgs, page: ConnectionPage): Level {
    const where = this.filter(ctx, args);
    const orderBy = translateOrder(this.spec, args.orderBy, this.gate(ctx));
    return { where, orderBy, limit: page.limit + 1, offset: page.offset, raw: page.after ?? undefined };
  }
}
