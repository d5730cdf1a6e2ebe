import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestScope } from '../context';
import { aggregatesOnly, canReadField, canReadRows, forbidden } from '../scope/access';
import type { ResourceSpec } from '../resource';
import { compiledConnection } from './compile/compiled-connection';
import { compiledCount, compiledRead } from './compile/compiled-read';
import { wholeRoots } from './compile/whole-answer';
import { CrudService } from './crud-service';
import { whereTypeOf } from './filters';
import { createInputOf, updateInputOf } from './inputs';
import { connectionTypesOf, objectTypeOf } from './object-type';
import { orderTypeOf } from './order';
import { DEFAULT_TAKE, MAX_TAKE, paging } from './paging';
import { capitalize, getResource } from './registry';
import { scalarOf, type GqlType } from './scalars';

type Fn = (...args: never[]) => unknown;
type Decorate = (proto: object, key: string, descriptor: PropertyDescriptor) => void;
type Row = Record<string, unknown>;

/** Adds a method to a prototype and applies method and parameter decorators to it, as `@` would. */
function method(
  proto: Record<string, unknown>,
  key: string,
  fn: Fn,
  decorate: Decorate,
  params: ((p: object, k: string, i: number) => void)[],
) {
  proto[key] = fn;
  params.forEach((p, i) => p(proto, key, i));
  decorate(proto, key, Object.getOwnPropertyDescriptor(proto, key)!);
}

const listArgs = (spec: ResourceSpec, paged: 'offset' | 'cursor') => {
  const Where = whereTypeOf(spec.name);
  const Order = orderTypeOf(spec);
  return [
    Arg('where', () => Where, { nullable: true }),
    Arg('search', () => String, { nullable: true, description: '在名称等字段中模糊查找 (case-insensitive)' }),
    Arg('orderBy', () => [Order], { nullable: true }),
    ...(paged === 'offset'
      ? [
          Arg('skip', () => Int, { nullable: true }),
          Arg('take', () => Int, { nullable: true, description: `Default ${DEFAULT_TAKE}, at most ${MAX_TAKE}` }),
        ]
      : [
          Arg('first', () => Int, { nullable: true, description: `Default ${DEFAULT_TAKE}, at most ${MAX_TAKE}` }),
          Arg('after', () => String, { nullable: true }),
        ]),
    Ctx(),
    Info(),
  ];
};
type Info = GraphQLResolveInfo;

/**
 * Builds the resolver of a resource: the queries and mutations of the API conventions, and the field
 * resolvers for foreign keys, relation objects (through DataLoaders), to-many lists and counts.
 * Resolvers only map arguments onto the CRUD service.
 */
export function createCrudResolver(spec: ResourceSpec): GqlType {
  const service = new CrudService(spec);
  const T = objectTypeOf(spec);
  const Where = whereTypeOf(spec.name);
  const ops = { create: true, update: true, delete: true, ...spec.operations };
  const Plural = capitalize(spec.plural);
  // The list, detail and count queries: a query asking only these may be answered whole (whole-answer.ts).
  wholeRoots.add(spec.single).add(spec.plural).add(`${spec.plural}Count`);
  const R = class {};
  Object.defineProperty(R, 'name', { value: `${spec.name}CrudResolver` });
  const p = R.prototype as Record<string, unknown>;

  method(
    p,
    'one',
    async (id: string, ctx: RequestScope, info: Info) => {
      if (!service.canFind(ctx, id)) return null;
      const rows = await compiledRead(ctx, info, spec, () => service.oneLevel(id));
      return rows ? (rows[0] ?? null) : service.findOne(ctx, id);
    },
    Query(() => T, { name: spec.single, nullable: true, description: `${spec.label[0]}: one by id` }),
    [Arg('id', () => ID), Ctx(), Info()],
  );
  method(
    p,
    'many',
    async (where: Row, search: string, orderBy: Row[], skip: number, take: number, ctx: RequestScope, info: Info) => {
      const args = { where, search, orderBy: orderBy as never, skip, take };
      service.assertListable(ctx, args);
      return (await compiledRead(ctx, info, spec, () => service.listLevel(ctx, args))) ?? service.findMany(ctx, args);
    },
    Query(() => [T], { name: spec.plural, description: `${spec.label[0]}: list` }),
    listArgs(spec, 'offset'),
  );
  method(
    p,
    'count',
    async (where: Row, search: string, ctx: RequestScope, info: Info) => {
      service.assertListable(ctx, {});
      const n = await compiledCount(ctx, info, spec, () => service.countWhere(ctx, { where, search }));
      return n ?? service.count(ctx, { where, search });
    },
    Query(() => Int, { name: `${spec.plural}Count` }),
    [Arg('where', () => Where, { nullable: true }), Arg('search', () => String, { nullable: true }), Ctx(), Info()],
  );
  const { connection } = connectionTypesOf(spec);
  method(
    p,
    'connection',
    async (where: Row, search: string, orderBy: Row[], first: number, after: string, ctx: RequestScope, info: Info) => {
      const args = { where, search, orderBy: orderBy as never, first, after };
      const page = service.connectionPageOf(ctx, args);
      const total = () => service.count(ctx, args);
      const level = () => service.connectionLevel(ctx, args, page);
      return (await compiledConnection(ctx, info, spec, page, level, total)) ?? service.connection(ctx, args);
    },
    Query(() => connection, {
      name: `${spec.plural}Connection`,
      description: 'Cursor paging; totalCount costs a statement only when selected',
    }),
    listArgs(spec, 'cursor'),
  );

  if (ops.create) {
    const Create = createInputOf(spec);
    method(
      p,
      'create',
      (data: Row, ctx: RequestScope) => service.create(ctx, data),
      Mutation(() => T, { name: `create${spec.name}` }),
      [Arg('data', () => Create), Ctx()],
    );
    method(
      p,
      'createMany',
      (data: Row[], ctx: RequestScope) => service.createMany(ctx, data),
      Mutation(() => [T], { name: `create${Plural}`, description: 'All or nothing' }),
      [Arg('data', () => [Create]), Ctx()],
    );
  }
  if (ops.update) {
    const Update = updateInputOf(spec);
    method(
      p,
      'update',
      (id: string, data: Row, expectedVersion: number | null, ctx: RequestScope) =>
        service.update(ctx, id, data, expectedVersion),
      Mutation(() => T, {
        name: `update${spec.name}`,
        description: 'A stale expectedVersion → CONFLICT, nothing written',
      }),
      [Arg('id', () => ID), Arg('data', () => Update), Arg('expectedVersion', () => Int, { nullable: true }), Ctx()],
    );
    method(
      p,
      'updateMany',
      (ids: string[], data: Row, ctx: RequestScope) => service.updateMany(ctx, ids, data),
      Mutation(() => [T], {
        name: `update${Plural}`,
        description: 'The same change to every listed record; all or nothing',
      }),
      [Arg('ids', () => [ID]), Arg('data', () => Update), Ctx()],
    );
  }
  if (ops.delete) {
    method(
      p,
      'remove',
      async (id: string, ctx: RequestScope) => (await service.remove(ctx, [id]))[0],
      Mutation(() => T, { name: `delete${spec.name}`, description: 'Soft delete' }),
      [Arg('id', () => ID), Ctx()],
    );
    method(
      p,
      'removeMany',
      (ids: string[], ctx: RequestScope) => service.remove(ctx, ids),
      Mutation(() => [T], { name: `delete${Plural}`, description: 'Soft delete; all or nothing' }),
      [Arg('ids', () => [ID]), Ctx()],
    );
    method(
      p,
      'restore',
      async (id: string, ctx: RequestScope) => (await service.restore(ctx, [id]))[0],
      Mutation(() => T, { name: `restore${spec.name}` }),
      [Arg('id', () => ID), Ctx()],
    );
  }

  addFieldResolvers(spec, p);
  Resolver(() => T)(R);
  return R;
}

function addFieldResolvers(spec: ResourceSpec, p: Record<string, unknown>): void {
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.kind === 'ref') {
      const relation = field.relation!;
      const idOf = (root: Row) => (root[relation] as { id?: string } | null | undefined)?.id ?? null;
      method(
        p,
        `fk_${key}`,
        (root: Row) => idOf(root),
        FieldResolver(() => ID, { name: key, nullable: !field.required, description: field.label.join(' / ') }),
        [Root()],
      );
      method(
        p,
        `rel_${relation}`,
        (root: Row, ctx: RequestScope) => {
          const id = idOf(root);
          const target = getResource(field.target!);
          if (!canReadRows(ctx, target.entity.name)) throw aggregatesOnly();
          return id ? ctx.loaders.byId(target, id) : null;
        },
        FieldResolver(() => objectTypeOf(getResource(field.target!)), {
          name: relation,
          nullable: true,
          description: field.label.join(' / '),
        }),
        [Root(), Ctx()],
      );
    } else if (field.personal || field.property || field.output) {
      const output = field.output as ((e: Row) => unknown) | undefined;
      method(
        p,
        `val_${key}`,
        (root: Row, ctx: RequestScope) => {
          if (!canReadField(ctx, field)) throw forbidden('无权查看个人信息');
          return output ? output(root) : root[field.property ?? key];
        },
        FieldResolver(() => scalarOf(field), {
          name: key,
          nullable: true,
          description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
        }),
        [Root(), Ctx()],
      );
    }
  }
  for (const [name, rel] of Object.entries(spec.toMany ?? {})) {
    const child = () => getResource(rel.target);
    method(
      p,
      `many_${name}`,
      (root: Row, where: Row, orderBy: Row[], skip: number, take: number, ctx: RequestScope) => {
        if (!canReadRows(ctx, child().entity.name)) throw aggregatesOnly();
        const page = paging(skip, take);
        return ctx.loaders.toMany(child(), rel.inverse, root.id as string, {
          where,
          orderBy: orderBy as never,
          skip: page.offset,
          take: page.limit,
        });
      },
      FieldResolver(() => [objectTypeOf(child())], { name, description: rel.label.join(' / ') }),
      [
        Root(),
        Arg('where', () => whereTypeOf(rel.target), { nullable: true }),
        Arg('orderBy', () => [orderTypeOf(child())], { nullable: true }),
        Arg('skip', () => Int, { nullable: true }),
        Arg('take', () => Int, { nullable: true }),
        Ctx(),
      ],
    );
    method(
      p,
      `count_${name}`,
      (root: Row, where: Row, ctx: RequestScope) => {
        if (!canReadRows(ctx, child().entity.name)) throw aggregatesOnly();
        return ctx.loaders.toManyCount(child(), rel.inverse, root.id as string, where);
      },
      FieldResolver(() => Int, { name: `${name}Count` }),
      [Root(), Arg('where', () => whereTypeOf(rel.target), { nullable: true }), Ctx()],
    );
  }
}

/** totalCount of every connection type, computed only when selected. */
export function createConnectionResolver(spec: ResourceSpec): GqlType {
  const { connection } = connectionTypesOf(spec);
  const R = class {};
  Object.defineProperty(R, 'name', { value: `${spec.name}ConnectionResolver` });
  const p = R.prototype as Record<string, unknown>;
  method(
    p,
    'totalCount',
    (root: { totalCount: () => Promise<number> }) => root.totalCount(),
    FieldResolver(() => Int, { name: 'totalCount' }),
    [Root()],
  );
  Resolver(() => connection)(R);
  return R;
}
