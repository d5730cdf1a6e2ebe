import type { ResourceSpec } from '../resource';

/**
 * Resources by GraphQL name. Types of one resource refer to others (a relation filter, a relation
 * field) through lazy look-ups here, so the order in which resources are built does not matter.
 */
const resources = new Map<string, ResourceSpec>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerResources(list: readonly ResourceSpec<any>[]): void {
  for (const r of list) resources.set(r.name, r as ResourceSpec);
}

export function getResource(name: string): ResourceSpec {
  const r = resources.get(name);
  if (!r) throw new Error(`unknown resource ${name}`);
  return r;
}

/** A resource by name, or undefined. */
export const resourceNamed = (name: string): ResourceSpec | undefined => resources.get(name);

export function allResources(): ResourceSpec[] {
  return [...resources.values()];
}

/** A per-resource cache of built classes (object type, where, order, inputs). */
export function memo<T>(): (name: string, build: () => T) => T {
  const cache = new Map<string, T>();
  return (name, build) => {
    let v = cache.get(name);
    if (!v) {
      v = build();
      cache.set(name, v);
    }
    return v;
  };
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
