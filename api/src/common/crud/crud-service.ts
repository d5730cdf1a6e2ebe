import { DriverException, type EntityManager, type MetadataStorage } from '@mikro-orm/postgresql';
import { checkMessage } from './check-messages';
import type { Level } from './compile/render';
import type { Context } from '../../graphql/context';
import { AppError, badInput, conflict, notFound, type FieldErrors } from '../../graphql/errors';
import { recordAudit } from '../../modules/audit/audit.service';
import type { ResourceSpec } from '../resource';
import { assertCanRead, assertCanWrite, canReadField, forbidden } from '../scope/access';
import type { ScopeParams } from '../scope/scope-params';
import { LINK_RULES, narrowerCondition, WRITE_RULES } from '../scope/scope-rules';
import { writableFields } from './inputs';
import { translateOrder, type OrderInput } from './order';
import { connectionOf, connectionPage, cursorSql, type ConnectionArgs, type ConnectionPage } from './connection';
import { isUuid, paging } from './paging';
import { getResource } from './registry';
import { translateSearch, translateWhere, type FieldGate, type Query } from './where-translate';

export interface ListArgs {
  where?: Query | null;
  search?: string | null;
  orderBy?: OrderInput[] | null;
  skip?: number | null;
  take?: number | null;
}

type Entity = { id: string; version: number; deletedAt?: Date | null } & Record<string, unknown>;
type Data = Record<string, unknown>;
/** What the service needs of the request: its EntityManager, caller, keys and request id. */
export type CrudContext = Pick<Context, 'em' | 'principal' | 'pii' | 'requestId'> & Partial<Pick<Context, 'signal'>>;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/**
 * The generic operations every resource gets. Reads obey the caller's scope (the `scope` filter on
 * the request's EntityManager); writes also need a role allowed to write the resource, must leave
 * every row inside the caller's scope, and leave one audit event per row, in the same transaction.
 * The database backs the critical rules with constraints, mapped back to the field they concern.
 */
export class CrudService {
  constructor(readonly spec: ResourceSpec) {}

  private gate(ctx: CrudContext): FieldGate {
    return (field) => canReadField(ctx, field);
  }

  private filter(ctx: CrudContext, args: Pick<ListArgs, 'where' | 'search'>): Query {
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
    return (await ctx.em.findOne(this.spec.entity, { id } as never)) as Entity | null;
  }

  async findMany(ctx: CrudContext, args: ListArgs): Promise<Entity[]> {
    assertCanRead(ctx, this.spec.entity.name);
    const { offset, limit } = paging(args.skip, args.take);
    const orderBy = translateOrder(this.spec, args.orderBy, this.gate(ctx));
    if (limit === 0) return [];
    return (await ctx.em.find(this.spec.entity, this.filter(ctx, args) as never, {
      orderBy: orderBy as never,
      offset,
      limit,
    })) as Entity[];
  }

  count(ctx: CrudContext, args: Pick<ListArgs, 'where' | 'search'>): Promise<number> {
    assertCanRead(ctx, this.spec.entity.name);
    return ctx.em.count(this.spec.entity, this.filter(ctx, args) as never);
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

  /**
   * Input fields → entity properties; foreign keys become references after they are checked. For many
   * inputs at once (bulk create, a roster import) the keys are checked together: one statement per
   * referenced type for all rows, whatever their number, and no entity is created before all are checked.
   * Errors of several inputs are keyed `index.field`.
   */
  private async toEntityData(
    tx: EntityManager,
    ctx: CrudContext,
    inputs: Data[],
    mode: 'create' | 'update',
  ): Promise<Data[]> {
    const prefix = (i: number, key: string) => (inputs.length > 1 ? `${i}.${key}` : key);
    const errors: FieldErrors = {};
    const refs = new Map<string, { key: string; id: string; at: string }[]>();
    const rows = inputs.map((input, i) => {
      const data: Data = {};
      for (const [key, field] of writableFields(this.spec, mode)) {
        if (!(key in input) || input[key] === undefined) continue;
        let value = input[key];
        if (typeof value === 'string' && field.kind !== 'text') value = value.trim();
        if (value === null || value === '') {
          if (field.required) errors[prefix(i, key)] = '不能为空';
          value = null;
        }
        if (field.kind === 'ref') {
          if (value !== null) {
            if (!isUuid(value)) errors[prefix(i, key)] = '关联记录不存在';
            else {
              const list = refs.get(field.target!) ?? [];
              list.push({ key, id: value as string, at: prefix(i, key) });
              refs.set(field.target!, list);
            }
          }
          data[field.relation!] =
            value === null ? null : tx.getReference(getResource(field.target!).entity, value as never);
        } else {
          data[field.property ?? key] = value;
        }
      }
      return data;
    });
    // One statement per referenced type, under the caller's scope: an unreachable record counts as missing.
    // A record the caller reads but may not link (scope-rules.ts LINK_RULES) is refused by name.
    for (const [target, wanted] of refs) {
      const entity = getResource(target).entity;
      const ids = [...new Set(wanted.map((w) => w.id))];
      const found = new Set(await this.ids(tx, entity, { id: { $in: ids } }));
      const narrower = narrowerCondition(tx, LINK_RULES, entity.name, tx.getFilterParams<ScopeParams>('scope'));
      const checked = wanted.filter((w) => found.has(w.id) && this.spec.fields[w.key].link !== 'visible');
      const linkable =
        narrower && checked.length
          ? new Set(
              await this.ids(tx, entity, {
                $and: [{ id: { $in: [...new Set(checked.map((w) => w.id))] } }, narrower.cond],
              }),
            )
          : null;
      for (const w of wanted) {
        if (!found.has(w.id)) errors[w.at] = '关联记录不存在';
        else if (linkable && checked.includes(w) && !linkable.has(w.id)) errors[w.at] = narrower!.message;
      }
    }
    if (Object.keys(errors).length) throw badInput(errors);
    return rows.map((data) => (this.spec.beforeWrite ? this.spec.beforeWrite(data, mode, ctx) : data));
  }

  /** Flushes, maps constraint violations, checks the rows stay in scope, and writes the audit trail. */
  private async commit(tx: EntityManager, ctx: CrudContext, rows: Entity[], action: string, fields: string[]) {
    try {
      await tx.flush();
    } catch (e) {
      throw this.mapDriverError(e, tx.getMetadata());
    }
    if (action === 'create' || action === 'update' || action === 'restore') {
      const ids = rows.map((r) => r.id);
      const visible = await tx.count(this.spec.entity, { id: { $in: ids } } as never);
      if (visible !== ids.length) throw forbidden('不能在自己的权限范围之外创建或移动记录');
      await this.assertWritable(tx, ids);
    }
    if (this.spec.refreshAfterWrite) for (const row of rows) await tx.refresh(row as never);
    for (const row of rows) recordAudit(tx, ctx, { action, entityType: this.spec.name, entityId: row.id, fields });
    await tx.flush();
  }

  /** A violated CHECK or unique constraint names its columns; report it on the matching field. */
  mapDriverError(e: unknown, metadata?: MetadataStorage): unknown {
    if (!(e instanceof DriverException)) return e;
    const constraint = (e as { constraint?: string }).constraint ?? '';
    const code = (e as { code?: string }).code;
    const field =
      Object.keys(this.spec.fields)
        .filter((k) => constraint.includes(snake(k.replace(/Id$/, '_id'))) || constraint.includes(snake(k)))
        .sort((a, b) => b.length - a.length)[0] ?? '_';
    // The constraint's name goes to the log only (AppError.internal), never to the client.
    if (code === '23505') {
      const message = this.spec.fields[field]?.duplicate ?? '与已有记录重复';
      return conflict(message, { fieldErrors: { [field]: message } }, { constraint });
    }
    if (code === '23514' || code === '23503' || code === '23502' || code === '22P02' || code === '22007') {
      const message = code === '23514' && metadata ? checkMessage(metadata, this.spec, constraint) : '不符合规则';
      return new AppError('BAD_USER_INPUT', '数据不符合规则', { fieldErrors: { [field]: message } }, { constraint });
    }
    return e;
  }

  async create(ctx: CrudContext, input: Data): Promise<Entity> {
    return (await this.createMany(ctx, [input]))[0];
  }

  async createMany(ctx: CrudContext, inputs: Data[]): Promise<Entity[]> {
    assertCanWrite(ctx, this.spec);
    return ctx.em.transactional(async (tx) => {
      const data = await this.toEntityData(tx, ctx, inputs, 'create');
      const rows = data.map((d) => tx.create(this.spec.entity, d as never) as Entity);
      const fields = [...new Set(inputs.flatMap((input) => Object.keys(input)))];
      await this.spec.validate?.(tx, rows as never[], ctx, 'create');
      await this.commit(tx, ctx, rows, 'create', fields);
      return rows;
    });
  }

  async update(ctx: CrudContext, id: string, input: Data, expectedVersion?: number | null): Promise<Entity> {
    return (await this.updateMany(ctx, [id], input, expectedVersion))[0];
  }

  async updateMany(ctx: CrudContext, ids: string[], input: Data, expectedVersion?: number | null): Promise<Entity[]> {
    assertCanWrite(ctx, this.spec);
    return ctx.em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids);
      await this.assertWritable(tx, ids);
      if (expectedVersion != null && rows.some((r) => r.version !== expectedVersion)) throw conflict();
      const [data] = await this.toEntityData(tx, ctx, [input], 'update');
      for (const row of rows) Object.assign(row, data);
      await this.spec.validate?.(tx, rows as never[], ctx, 'update');
      await this.commit(tx, ctx, rows, 'update', Object.keys(input));
      return rows;
    });
  }

  /** Soft delete; refused while live records still point at the row (nothing is orphaned). */
  async remove(ctx: CrudContext, ids: string[]): Promise<Entity[]> {
    assertCanWrite(ctx, this.spec);
    return ctx.em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids);
      await this.assertWritable(tx, ids);
      const dependents: Record<string, number> = {};
      let blocked = false;
      for (const [name, rel] of Object.entries(this.spec.toMany ?? {})) {
        const entity = getResource(rel.target).entity;
        const where = { [rel.inverse]: { $in: ids }, id: { $nin: ids } } as never;
        // Any live dependent blocks the delete, seen or not; only those the caller may see are reported.
        if ((await tx.count(entity, where, { filters: { scope: false } })) === 0) continue;
        blocked = true;
        const seen = await tx.count(entity, where);
        if (seen > 0) dependents[name] = seen;
      }
      if (blocked) throw conflict('仍有关联记录，不能删除', { dependents });
      const now = new Date();
      for (const row of rows) row.deletedAt = now;
      await this.commit(tx, ctx, rows, 'delete', ['deletedAt']);
      if (this.spec.afterRemove) {
        await this.spec.afterRemove(tx, rows as never[], ctx);
        await tx.flush();
      }
      return rows;
    });
  }

  async restore(ctx: CrudContext, ids: string[]): Promise<Entity[]> {
    assertCanWrite(ctx, this.spec);
    return ctx.em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids, true);
      await this.assertWritable(tx, ids);
      for (const row of rows) row.deletedAt = null;
      await this.commit(tx, ctx, rows, 'restore', ['deletedAt']);
      return rows;
    });
  }

  private async ids(tx: EntityManager, entity: ResourceSpec['entity'], where: Query): Promise<string[]> {
    const rows = (await tx.find(entity, where as never, { fields: ['id'] as never })) as Entity[];
    return rows.map((r) => r.id);
  }

  /**
   * Rows the caller reads but may not change (scope-rules.ts WRITE_RULES: another organization's entry
   * in the shared directory of social groups) are refused by name: the caller already sees them.
   */
  private async assertWritable(tx: EntityManager, ids: string[]): Promise<void> {
    const narrower = narrowerCondition(
      tx,
      WRITE_RULES,
      this.spec.entity.name,
      tx.getFilterParams<ScopeParams>('scope'),
    );
    if (!narrower) return;
    const where = { $and: [{ id: { $in: ids } }, narrower.cond] };
    const writable = await tx.count(this.spec.entity, where as never, { filters: { notDeleted: false } });
    if (writable !== new Set(ids).size) throw forbidden(narrower.message);
  }

  private async getAll(em: EntityManager, ids: string[], withDeleted = false): Promise<Entity[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    const rows = (await em.find(this.spec.entity, { id: { $in: valid } } as never, {
      filters: withDeleted ? { notDeleted: false } : undefined,
    })) as Entity[];
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.findIndex((id) => !found.has(id)); // an empty id is missing too
    if (missing >= 0) throw notFound(this.spec.name, ids[missing]);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }
}
