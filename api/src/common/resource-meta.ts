import { MetadataStorage, ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { enumOfItems } from './enums';
import type { FieldDecl, FieldSpec, ScalarKind, ToManyDecl, ToManySpec } from './resource';

/**
 * What a resource field is, read from the entity's MikroORM decorators: its kind, whether create needs
 * it, its length, its minimum and maximum (from `@Check` constraints of the form `column >= n`), its enum
 * and, for `xId`, the relation `x` and its target. A resource declaration adds only what the entity
 * cannot say (labels, filter and sort flags, formats, descriptions, money and basis points), so a length
 * or a nullability is written once, on the entity.
 */
type AnyClass = abstract new (...args: never[]) => unknown;

interface EntityFacts {
  props: Map<string, EntityProperty>;
  checks: { expression: string }[];
}

const facts = new Map<AnyClass, EntityFacts>();

/** The decorator metadata of an entity and of the classes it extends (BaseEntity's columns). */
export function entityFacts(entity: AnyClass): EntityFacts {
  let known = facts.get(entity);
  if (known) return known;
  const props = new Map<string, EntityProperty>();
  const checks: { expression: string }[] = [];
  for (let c: unknown = entity; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const meta = MetadataStorage.getMetadataFromDecorator(c as never) as EntityMetadata;
    for (const [name, prop] of Object.entries(meta.properties ?? {})) if (!props.has(name)) props.set(name, prop);
    for (const check of meta.checks ?? []) if (typeof check.expression === 'string') checks.push(check as never);
  }
  known = { props, checks };
  facts.set(entity, known);
  return known;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `min_age_months >= 0` → 0; `capacity > 0` → 1; `rate_bp <= 10000` → max 10000. */
function bounds(checks: EntityFacts['checks'], column: string): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const { expression } of checks) {
    for (const part of expression.split(/\s+and\s+/i)) {
      const m = /^\(?\s*"?([a-z_0-9]+)"?\s*(>=|>|<=|<)\s*(-?\d+)\s*\)?$/.exec(part.trim());
      if (!m || m[1] !== column) continue;
      const n = Number(m[3]);
      if (m[2] === '>=') out.min = Math.max(out.min ?? -Infinity, n);
      else if (m[2] === '>') out.min = Math.max(out.min ?? -Infinity, n + 1);
      else if (m[2] === '<=') out.max = Math.min(out.max ?? Infinity, n);
      else out.max = Math.min(out.max ?? Infinity, n - 1);
    }
  }
  return out;
}

/** Bounds a kind has when the entity's checks say none: money is never negative, a rate at most 100 %. */
const KIND_BOUNDS: Partial<Record<ScalarKind, { min?: number; max?: number }>> = {
  money: { min: 0 },
  bp: { min: 0, max: 10000 },
};

function kindOf(prop: EntityProperty, design: unknown): ScalarKind {
  const type = String(prop.type ?? '').toLowerCase();
  if (prop.items) return prop.array ? 'enumList' : 'enum';
  if (type === 'number[]' || type === 'integer[]') return 'intList';
  if (type === 'integer' || type === 'int' || type === 'smallint' || type === 'number') return 'int';
  if (type === 'date') return 'date';
  if (type === 'time') return 'time';
  if (type === 'timestamptz' || type === 'datetime' || design === Date) return 'datetime';
  if (type === 'boolean' || design === Boolean || typeof prop.default === 'boolean') return 'boolean';
  if (type === 'text') return 'text';
  if (type === 'string' || prop.length !== undefined || design === String) return 'string';
  if (design === Number) return 'int';
  throw new Error(`the kind of ${prop.name} cannot be read from its entity: declare it`);
}

/** A field declaration completed from its entity: nothing the declaration says is overridden. */
export function completeField(entity: AnyClass, key: string, declared: FieldDecl): FieldSpec {
  const { props, checks } = entityFacts(entity);
  const own = props.get(declared.property ?? key);
  const relation = key.endsWith('Id') ? props.get(declared.relation ?? key.slice(0, -2)) : undefined;
  if (!own && relation?.kind === ReferenceKind.MANY_TO_ONE) {
    const target = (relation.entity as () => AnyClass)();
    return {
      ...declared,
      kind: declared.kind ?? 'ref',
      target: declared.target ?? target.name,
      relation: declared.relation ?? relation.name,
      required: declared.required ?? !relation.nullable,
    };
  }
  if (!own) {
    if (!declared.kind) throw new Error(`${entity.name}.${key} is not a column: declare its kind`);
    return { ...declared, kind: declared.kind };
  }
  const design = Reflect.getMetadata?.('design:type', (entity as { prototype: object }).prototype, own.name);
  const kind = declared.kind ?? kindOf(own, design);
  const enumInfo = own.items ? enumOfItems(own.items) : undefined;
  const hasDefault = own.default !== undefined || own.defaultRaw !== undefined || own.version || own.primary;
  // Bounds are for input: a field the server keeps takes none (its own checks say what the server does).
  const { min, max } = {
    ...KIND_BOUNDS[kind],
    ...(declared.readOnly ? {} : bounds(checks, own.fieldNames?.[0] ?? snake(own.name))),
  };
  return {
    ...(enumInfo ? { enum: enumInfo.values, enumName: enumInfo.name } : {}),
    ...(own.length !== undefined ? { maxLength: own.length } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    // Required on create and never null on output: a column without null or a default.
    required: !own.nullable && !hasDefault,
    ...declared,
    kind,
  };
}

/** A to-many relation completed from the entity's `@OneToMany`: its target and the inverse property. */
export function completeToMany(entity: AnyClass, key: string, declared: ToManyDecl): ToManySpec {
  const prop = entityFacts(entity).props.get(key);
  if (!prop || prop.kind !== ReferenceKind.ONE_TO_MANY) {
    if (declared.target && declared.inverse) return { ...declared, target: declared.target, inverse: declared.inverse };
    throw new Error(`${entity.name}.${key} is not a @OneToMany: declare its target and inverse`);
  }
  return {
    ...declared,
    target: declared.target ?? (prop.entity as () => AnyClass)().name,
    inverse: declared.inverse ?? inverseOf(prop),
  };
}

/** `@OneToMany(() => Session, (s) => s.serviceClass)`: the property the function reads, `serviceClass`. */
function inverseOf(prop: EntityProperty): string {
  const mappedBy = prop.mappedBy as unknown;
  if (typeof mappedBy === 'string') return mappedBy;
  const names = new Proxy({}, { get: (_t, name) => name });
  return String((mappedBy as (x: unknown) => unknown)(names));
}
