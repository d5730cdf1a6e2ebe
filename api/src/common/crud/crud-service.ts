import { DriverException, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound, type FieldErrors } from '../../graphql/errors';
import type { PiiCipher } from '../crypto/pii';
import type { ResourceSpec } from '../resource';
import { writableFields } from './inputs';
import { translateOrder, type OrderInput } from './order';
import { decodeCursor, encodeCursor, isUuid, paging } from './paging';
import { getResource } from './registry';
import { translateSearch, translateWhere, type Query } from './where-translate';

export interface ListArgs {
  where?: Query | null;
  search?: string | null;
  orderBy?: OrderInput[] | null;
  skip?: number | null;
  take?: number | null;
}

type Entity = { id: string; version: number; deletedAt?: Date | null } & Record<string, unknown>;
type Data = Record<string, unknown>;

/** What write hooks (beforeWrite) may use besides the data. */
export interface WriteContext {
  pii: PiiCipher;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/**
 * The generic operations every resource gets. Domain rules that are not generic live in the
 * module's own service; the database backs the critical ones with constraints, which are mapped
 * back to the field they concern.
 */
export class CrudService {
  constructor(readonly spec: ResourceSpec) {}

  private filter(args: Pick<ListArgs, 'where' | 'search'>): Query {
    const parts = [translateWhere(this.spec, args.where), translateSearch(this.spec, args.search)].filter(
      (q) => Object.keys(q).length,
    );
    return parts.length ? { $and: parts } : {};
  }

  async findOne(em: EntityManager, id: string): Promise<Entity | null> {
    if (!isUuid(id)) return null;
    return (await em.findOne(this.spec.entity, { id } as never)) as Entity | null;
  }

  async getOrFail(em: EntityManager, id: string): Promise<Entity> {
    const row = await this.findOne(em, id);
    if (!row) throw notFound(this.spec.name, id);
    return row;
  }

  async findMany(em: EntityManager, args: ListArgs): Promise<Entity[]> {
    const { offset, limit } = paging(args.skip, args.take);
    if (limit === 0) return [];
    return (await em.find(this.spec.entity, this.filter(args) as never, {
      orderBy: translateOrder(this.spec, args.orderBy) as never,
      offset,
      limit,
    })) as Entity[];
  }

  count(em: EntityManager, args: Pick<ListArgs, 'where' | 'search'>): Promise<number> {
    return em.count(this.spec.entity, this.filter(args) as never);
  }

  /** Cursor paging; `totalCount` is a thunk so that it costs a statement only when selected. */
  async connection(em: EntityManager, args: ListArgs & { first?: number | null; after?: string | null }) {
    const start = decodeCursor(args.after) + 1;
    const { limit } = paging(0, args.first);
    const rows = (await em.find(this.spec.entity, this.filter(args) as never, {
      orderBy: translateOrder(this.spec, args.orderBy) as never,
      offset: start,
      limit: limit + 1,
    })) as Entity[];
    const nodes = rows.slice(0, limit);
    const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(start + i) }));
    return {
      edges,
      nodes,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: start > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: () => this.count(em, args),
    };
  }

  /** Input fields → entity properties; foreign keys become references after they are checked. */
  private async toEntityData(
    em: EntityManager,
    input: Data,
    mode: 'create' | 'update',
    wc: WriteContext,
  ): Promise<Data> {
    const errors: FieldErrors = {};
    const data: Data = {};
    const refs = new Map<string, { key: string; id: string }[]>();
    for (const [key, field] of writableFields(this.spec, mode)) {
      if (!(key in input) || input[key] === undefined) continue;
      let value = input[key];
      if (typeof value === 'string' && field.kind !== 'text') value = value.trim();
      if (value === null || value === '') {
        if (field.required) errors[key] = '不能为空';
        value = null;
      }
      if (field.kind === 'ref') {
        if (value !== null) {
          if (!isUuid(value)) errors[key] = '关联记录不存在';
          else refs.set(field.target!, [...(refs.get(field.target!) ?? []), { key, id: value as string }]);
        }
        data[field.relation!] =
          value === null ? null : em.getReference(getResource(field.target!).entity, value as never);
      } else {
        data[field.property ?? key] = value;
      }
    }
    // One statement per referenced type; the caller's filters apply, so an unreachable record counts as missing.
    for (const [target, wanted] of refs) {
      const found = await em.find(getResource(target).entity, { id: { $in: wanted.map((w) => w.id) } } as never, {
        fields: ['id'] as never,
      });
      const ids = new Set((found as Entity[]).map((r) => r.id));
      for (const w of wanted) if (!ids.has(w.id)) errors[w.key] = '关联记录不存在';
    }
    if (Object.keys(errors).length) throw badInput(errors);
    return this.spec.beforeWrite ? this.spec.beforeWrite(data, mode, wc) : data;
  }

  private async flush(em: EntityManager, rows: Entity[] = []): Promise<void> {
    try {
      await em.flush();
    } catch (e) {
      throw this.mapDriverError(e);
    }
    if (this.spec.refreshAfterWrite) for (const row of rows) await em.refresh(row as never);
  }

  /** A violated CHECK or unique constraint names its columns; report it on the matching field. */
  mapDriverError(e: unknown): unknown {
    if (!(e instanceof DriverException)) return e;
    const constraint = (e as { constraint?: string }).constraint ?? '';
    const code = (e as { code?: string }).code;
    const field =
      Object.keys(this.spec.fields)
        .filter((k) => constraint.includes(snake(k.replace(/Id$/, '_id'))) || constraint.includes(snake(k)))
        .sort((a, b) => b.length - a.length)[0] ?? '_';
    if (code === '23505') return conflict('与已有记录重复', { constraint, fieldErrors: { [field]: '与已有记录重复' } });
    if (code === '23514' || code === '23503' || code === '23502' || code === '22P02' || code === '22007') {
      return badInput({ [field]: '不符合规则' + (constraint ? `（${constraint}）` : '') }, '数据不符合规则');
    }
    return e;
  }

  async create(em: EntityManager, input: Data, wc: WriteContext): Promise<Entity> {
    return (await this.createMany(em, [input], wc))[0];
  }

  async createMany(em: EntityManager, inputs: Data[], wc: WriteContext): Promise<Entity[]> {
    return em.transactional(async (tx) => {
      const rows: Entity[] = [];
      for (const [i, input] of inputs.entries()) {
        const data = await this.toEntityData(tx, input, 'create', wc).catch((e) => {
          throw inputs.length > 1 ? prefixErrors(e, i) : e;
        });
        rows.push(tx.create(this.spec.entity, data as never) as Entity);
      }
      await this.flush(tx, rows);
      return rows;
    });
  }

  async update(
    em: EntityManager,
    id: string,
    input: Data,
    wc: WriteContext,
    expectedVersion?: number | null,
  ): Promise<Entity> {
    return (await this.updateMany(em, [id], input, wc, expectedVersion))[0];
  }

  async updateMany(
    em: EntityManager,
    ids: string[],
    input: Data,
    wc: WriteContext,
    expectedVersion?: number | null,
  ): Promise<Entity[]> {
    return em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids);
      if (expectedVersion != null && rows.some((r) => r.version !== expectedVersion)) throw conflict();
      const data = await this.toEntityData(tx, input, 'update', wc);
      for (const row of rows) Object.assign(row, data);
      await this.flush(tx, rows);
      return rows;
    });
  }

  /** Soft delete; refused while live records still point at the row (nothing is orphaned). */
  async remove(em: EntityManager, ids: string[]): Promise<Entity[]> {
    return em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids);
      const dependents: Record<string, number> = {};
      for (const [name, rel] of Object.entries(this.spec.toMany ?? {})) {
        const n = await tx.count(getResource(rel.target).entity, {
          [rel.inverse]: { $in: ids },
          id: { $nin: ids },
        } as never);
        if (n > 0) dependents[name] = n;
      }
      if (Object.keys(dependents).length) {
        throw conflict('仍有关联记录，不能删除', { dependents });
      }
      const now = new Date();
      for (const row of rows) row.deletedAt = now;
      await this.flush(tx);
      return rows;
    });
  }

  async restore(em: EntityManager, ids: string[]): Promise<Entity[]> {
    return em.transactional(async (tx) => {
      const rows = await this.getAll(tx, ids, true);
      for (const row of rows) row.deletedAt = null;
      await this.flush(tx);
      return rows;
    });
  }

  private async getAll(em: EntityManager, ids: string[], withDeleted = false): Promise<Entity[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    const rows = (await em.find(this.spec.entity, { id: { $in: valid } } as never, {
      filters: withDeleted ? { notDeleted: false } : undefined,
    })) as Entity[];
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound(this.spec.name, missing);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }
}

/** In bulk creates, field errors are keyed `index.field`. */
function prefixErrors(e: unknown, index: number): unknown {
  const ext = (e as { extensions?: { fieldErrors?: FieldErrors } }).extensions;
  if (!ext?.fieldErrors) return e;
  return badInput(Object.fromEntries(Object.entries(ext.fieldErrors).map(([k, v]) => [`${index}.${k}`, v])));
}
