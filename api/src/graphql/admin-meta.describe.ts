import { canReadField, canReadRows, DEFAULT_LISTERS, DEFAULT_WRITERS } from '../common/scope/access';
import { enumLabels } from '../common/enums';
import { capitalize, resourceNamed } from '../common/crud/registry';
import { displayOf, type Display } from '../common/resource-display';
import type { Label, ResourceSpec } from '../common/resource';
import type { Principal } from '../common/principal';
import type { AdminField, AdminPermissions, AdminResource } from './admin-meta.types';

/** What `_adminMeta` says of a resource whoever asks; emitted to schema/admin-meta.json for the console generator. */
export type StaticAdminResource = Omit<AdminResource, 'permissions' | 'fields'> & {
  fields: Omit<AdminField, 'readable'>[];
  /** What names a record (common/resource-display.ts): in the JSON file only, not in the GraphQL type. */
  display: Display;
};

const label = ([zh, en]: Label) => ({ zh, en });

export function describeStatic(spec: ResourceSpec): StaticAdminResource {
  const ops = { create: true, update: true, delete: true, ...spec.operations };
  const Plural = capitalize(spec.plural);
  return {
    name: spec.name,
    label: label(spec.label),
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
    title: spec.title ? [...spec.title] : null,
    display: displayOf(spec, resourceNamed),
    defaultSort: Object.entries(spec.defaultOrder ?? {}).map(([field, order]) => ({ field, order }))[0] ?? null,
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
      showAs: f.showAs ?? null,
      description: f.description ?? null,
    })),
    relations: Object.entries(spec.toMany ?? {}).map(([name, r]) => ({
      name,
      target: r.target,
      inverse: r.inverse,
      label: label(r.label),
    })),
  };
}

/** What the current caller may do with the resource. */
export function permissionsOf(spec: ResourceSpec, principal: Principal | null): AdminPermissions {
  const ops = { create: true, update: true, delete: true, ...spec.operations };
  const writer = Boolean(principal && (spec.writeRoles ?? DEFAULT_WRITERS).includes(principal.role));
  return {
    read: Boolean(principal) && canReadRows({ principal }, spec.entity.name),
    list: Boolean(principal && (spec.listRoles ?? DEFAULT_LISTERS).includes(principal.role)),
    create: writer && ops.create,
    update: writer && ops.update,
    delete: writer && ops.delete,
  };
}

export function describeFor(spec: ResourceSpec, principal: Principal | null): AdminResource {
  const base = describeStatic(spec);
  return {
    ...base,
    permissions: permissionsOf(spec, principal),
    fields: base.fields.map((f) => ({ ...f, readable: canReadField({ principal }, spec.fields[f.name]) })),
  };
}
