import { raw } from '@mikro-orm/core';
import { Field, InputType, registerEnumType } from 'type-graphql';
import type { ResourceSpec } from '../resource';
import { badInput } from '../errors';
import { memo } from './registry';
import { forbiddenField, type FieldGate } from './where-translate';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

const orders = memo<object>();

/** `XOrderBy`: one sortable field per element, `[{ startsOn: DESC }, { name: ASC }]`. */
export function orderTypeOf(spec: ResourceSpec): object {
  return orders(spec.name, () => {
    const name = `${spec.name}OrderBy`;
    const C = class {};
    Object.defineProperty(C, 'name', { value: name });
    for (const key of sortableKeys(spec)) Field(() => SortOrder, { nullable: true })(C.prototype, key);
    InputType(name)(C);
    return C;
  });
}

export function sortableKeys(spec: ResourceSpec): string[] {
  const own = Object.entries(spec.fields)
    .filter(([, f]) => f.sort)
    .map(([k]) => k);
  return ['id', 'createdAt', 'updatedAt', ...own];
}

export type OrderInput = Record<string, SortOrder | null | undefined>;

/** One key of a list's order: the entity property, whether it sorts in pinyin order, the direction. */
export interface OrderKey {
  property: string;
  pinyin: boolean;
  dir: 'asc' | 'desc';
}

/**
 * The keys a list is ordered by, `id` always last so that pages are stable: the caller's `orderBy`, or the
 * resource's default order. Fields the caller may not read cannot be sorted on (the default skips them).
 */
export function orderKeys(
  spec: ResourceSpec,
  orderBy: OrderInput[] | null | undefined,
  gate: FieldGate = () => true,
): OrderKey[] {
  const items = orderBy?.length ? orderBy : spec.defaultOrder ? [spec.defaultOrder as OrderInput] : [];
  const out: OrderKey[] = [];
  let idSeen = false;
  for (const item of items) {
    const entries = Object.entries(item).filter(([, v]) => v != null);
    if (entries.length !== 1 && orderBy?.length) throw badInput({ orderBy: '每个排序项只能指定一个字段' });
    for (const [key, dir] of entries) {
      const field = spec.fields[key];
      if (!gate(field)) {
        // The caller's own order may not use a field they cannot read; the default order skips it.
        if (orderBy?.length) throw forbiddenField(key);
        continue;
      }
      const property = field?.kind === 'ref' ? field.relation! : (field?.property ?? key);
      // Names sort the way people expect in Chinese: by pinyin (ICU), not by code point.
      out.push({ property, pinyin: field?.kind === 'string', dir: dir === SortOrder.DESC ? 'desc' : 'asc' });
      if (key === 'id') idSeen = true;
    }
  }
  if (!idSeen) out.push({ property: 'id', pinyin: false, dir: 'asc' });
  return out;
}

/** MikroORM orderBy of orderKeys. */
export function translateOrder(
  spec: ResourceSpec,
  orderBy: OrderInput[] | null | undefined,
  gate: FieldGate = () => true,
): Record<string, string>[] {
  return orderKeys(spec, orderBy, gate).map((k) => {
    if (!k.pinyin) return { [k.property]: k.dir };
    const column = k.property.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
    return { [raw((alias: string) => `${alias}.${column} collate "zh-x-icu"`)]: k.dir };
  });
}
