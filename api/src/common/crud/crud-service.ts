import { DriverException, type EntityManager, type MetadataStorage } from '@mikro-orm/postgresql';
import { AppError, badInput, conflict, notFound, type FieldErrors } from '../errors';
import type { ResourceSpec } from '../resource';
import { assertCanWrite, forbidden } from '../scope/access';
import type { ScopeParams } from '../scope/scope-params';
import { LINK_RULES, narrowerCondition, WRITE_RULES } from '../scope/scope-rules';
import { checkMessage } from './check-messages';
import { CrudReads, type CrudContext } from './crud-reads';
import { writableFields } from './inputs';
import { isUuid } from './paging';
import { getResource } from './registry';
import type { Query } from './where-translate';
import { crudAuditSink, type CrudAuditAction } from './audit-sink';

export type { CrudContext, ListArgs } from './crud-reads';

type Entity = { id: string; version: number; deletedAt?: Date | null } & Record<string, unknown>;
type Data = Record<string, unknown>;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/**
 * The generic operations every resource gets: the reads of CrudReads (crud-reads.ts), and writes, which
 * need a role allowed to write the resource, must leave
 * every row inside the caller's scope, and leave one audit event per row, in the same transaction.
 * The database backs the critical rules with constraints, mapped back to the field they concern.
 */
export class CrudService extends CrudReads {
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
              list.push({ key, id: value, at: prefix(i, key) });
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
  private async commit(tx: EntityManager, ctx: CrudContext, rows: Entity[], action: CrudAuditAction, fields: string[]) {
    try {
      await tx.flush();
    } catch (e) {
      throw this.mapDriverError(e, tx.getMetadata());
    }
    if (action === 'create' || action === 'update' || action === 'restore') {
      const ids = rows.map((r) => r.id);
      const visible = await tx.count(this.spec.entity, { id: { $in: ids } });
      if (visible !== ids.length) throw forbidden('不能在自己的权限范围之外创建或移动记录');
      await this.assertWritable(tx, ids);
    }
    if (this.spec.refreshAfterWrite) for (const row of rows) await tx.refresh(row as never);
    const audit = crudAuditSink();
    for (const row of rows) audit(tx, ctx, { action, entityType: this.spec.name, entityId: row.id, fields });
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
      await this.spec.validate?.(tx, rows, ctx, 'create');
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
      await this.spec.validate?.(tx, rows, ctx, 'update');
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
        await this.spec.afterRemove(tx, rows, ctx);
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
    const rows = (await tx.find(entity, where, { fields: ['id'] as never })) as Entity[];
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
    const writable = await tx.count(this.spec.entity, where, { filters: { notDeleted: false } });
    if (writable !== new Set(ids).size) throw forbidden(narrower.message);
  }

  private async getAll(em: EntityManager, ids: string[], withDeleted = false): Promise<Entity[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    const rows = (await em.find(
      this.spec.entity,
      { id: { $in: valid } },
      {
        filters: withDeleted ? { notDeleted: false } : undefined,
      },
    )) as Entity[];
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.findIndex((id) => !found.has(id)); // an empty id is missing too
    if (missing >= 0) throw notFound(this.spec.name, ids[missing]);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }
}
