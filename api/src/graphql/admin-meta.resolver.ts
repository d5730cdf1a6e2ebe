import { Ctx, Query, Resolver } from 'type-graphql';
import { assertCanRead, canReadField, DEFAULT_WRITERS } from '../common/scope/access';
import type { Context } from './context';
import { enumLabels } from '../common/enums';
import { allResources, capitalize } from '../common/crud/registry';
import type { Label, ResourceSpec } from '../common/resource';
import { AdminResource } from './admin-meta.types';

const label = ([zh, en]: Label) => ({ zh, en });

function describe(spec: ResourceSpec, ctx: Pick<Context, 'principal'>): AdminResource {
  const ops = { create: true, update: true, delete: true, ...spec.operations };
  const writer = Boolean(ctx.principal && (spec.writeRoles ?? DEFAULT_WRITERS).includes(ctx.principal.role));
  const Plural = capitalize(spec.plural);
  return {
    name: spec.name,
    label: label(spec.label),
    permissions: {
      read: Boolean(ctx.principal),
      create: writer && ops.create,
      update: writer && ops.update,
      delete: writer && ops.delete,
    },
    operations: {
      one: spec.single,
      list: spec.plural,
      count: `${spec.plural}Count`,
      connection: `${spec.plural}Connection`,
      create: ops.create ? `create${spec.name}` : null,
      createMany: ops.create ? `create${Plural}` : null,
      update: ops.update ? `update${spec.name}` : null,
      updateMany: ops.update ? `update${Plural}` : null,
      delete: ops.delete ? `delete${spec.name}` : null,
      deleteMany: ops.delete ? `delete${Plural}` : null,
      restore: ops.delete ? `restore${spec.name}` : null,
    },
    searchFields: spec.search ?? [],
    fields: Object.entries(spec.fields).map(([name, f]) => ({
      name,
      label: label(f.label),
      kind: f.kind,
      required: Boolean(f.required),
      readOnly: Boolean(f.readOnly),
      createOnly: Boolean(f.createOnly),
      filterable: Boolean(f.filter),
      sortable: Boolean(f.sort),
      personal: Boolean(f.personal),
      target: f.target ?? null,
      relation: f.relation ?? null,
      enumName: f.enumName ?? null,
      enumValues: f.enumName
        ? Object.entries(enumLabels.get(f.enumName) ?? {}).map(([value, l]) => ({ value, label: label(l) }))
        : null,
      min: f.min ?? null,
      max: f.max ?? null,
      maxLength: f.maxLength ?? null,
      format: f.format ?? null,
      description: f.description ?? null,
      readable: canReadField(ctx, f),
    })),
    relations: Object.entries(spec.toMany ?? {}).map(([name, r]) => ({
      name,
      target: r.target,
      inverse: r.inverse,
      label: label(r.label),
    })),
  };
}

@Resolver()
export class AdminMetaResolver {
  @Query(() => [AdminResource], {
    name: '_adminMeta',
    description:
      'Every resource as the admin console builds it: labels (zh-CN, en), operations, fields, relations, and what the current user may do',
  })
  adminMeta(@Ctx() ctx: Context): AdminResource[] {
    assertCanRead(ctx);
    return allResources().map((spec) => describe(spec, ctx));
  }
}
