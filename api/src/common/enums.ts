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
  return obj;
}

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
export const enumValues = (e: object): string[] => Object.values(e) as string[];
