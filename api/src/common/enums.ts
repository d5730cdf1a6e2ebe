import { registerEnumType } from 'type-graphql';

/** A word in the console's two languages: Chinese first. */
export type Label = readonly [zh: string, en: string];

/** Chinese and English labels of every enum value, for `_adminMeta` and exports. */
export const enumLabels = new Map<string, Record<string, Label>>();

/**
 * Declares an enum once: a value object usable as a TypeScript type, registered with type-graphql,
 * with the labels the console shows. `OrganizationKind.UNION === 'UNION'`.
 */
export function defineEnum<K extends string>(name: string, values: Record<K, Label>): { readonly [k in K]: k } {
  const obj = Object.fromEntries(Object.keys(values).map((k) => [k, k])) as { [k in K]: k };
  registerEnumType(obj, {
    name,
    valuesConfig: Object.fromEntries(
      Object.entries<Label>(values).map(([k, [zh, en]]) => [k, { description: `${zh} (${en})` }]),
    ) as never,
  });
  enumLabels.set(name, values);
  enumNames.set(obj, name);
  return obj;
}

/** The GraphQL name of every enum object made by defineEnum. */
const enumNames = new Map<object, string>();
/** The enum object behind each `enumValues(e)` array an entity's `@Enum({ items })` holds. */
const itemsOf = new WeakMap<object, object>();

/**
 * Labels for a set of string values that is not a GraphQL enum (an audit event's action): shown by
 * the console like an enum's, while the field stays a plain string for clients.
 */
export function defineLabels<K extends string>(name: string, values: Record<K, Label>): { readonly [k in K]: k } {
  enumLabels.set(name, values);
  return Object.fromEntries(Object.keys(values).map((k) => [k, k])) as { [k in K]: k };
}

export type EnumValue<T> = T[keyof T];

/** The values of an enum object, for `@Enum({ items })`. */
export function enumValues(e: object): string[] {
  const items = Object.values(e) as string[];
  itemsOf.set(items, e);
  return items;
}

/** The enum behind an entity's `@Enum({ items: enumValues(E) })`, for the resource field built on it. */
export function enumOfItems(items: unknown[]): { values: object; name: string } | undefined {
  const values = itemsOf.get(items);
  const name = values && enumNames.get(values);
  return values && name ? { values, name } : undefined;
}
