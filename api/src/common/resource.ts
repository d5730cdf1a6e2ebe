/**
 * The small per-entity declaration from which the CRUD factory (crud/) builds GraphQL types, inputs,
 * filters, ordering, queries, mutations, relation fields and the console's `_adminMeta`.
 * Only fields listed here are exposed: a column missing from the declaration (a password hash, an
 * encrypted ID number) can never reach a client.
 */
import type { Label } from './enums';

export type { Label };

export type ScalarKind =
  | 'string' // short text, sortable, `contains`/`startsWith` filters
  | 'text' // long text: searchable, never sorted
  | 'int'
  | 'money' // integer fen (分)
  | 'bp' // integer basis points, 10000 = 100%
  | 'boolean'
  | 'date' // 'YYYY-MM-DD'
  | 'time' // 'HH:MM:SS'
  | 'datetime'
  | 'enum'
  | 'enumList'
  | 'intList'
  | 'ref'; // a foreign key: exposed as `xId` and, through a DataLoader, as the object `x`

/** Extra rules checked on input besides the type (all messages are Chinese, keyed by field). */
export type Format = 'idNumber' | 'creditCode' | 'mobile' | 'regionCode' | 'pastDate';

export type ShowAs = 'internal' | 'detail' | 'orgPath' | 'resourceName' | 'fieldNames' | 'recordLink' | 'ageMonths';

export interface FieldSpec {
  kind: ScalarKind;
  label: Label;
  /** Required when creating. */
  required?: boolean;
  /** Not accepted by create or update (kept by the server or the database). */
  readOnly?: boolean;
  /** Accepted by create only. */
  createOnly?: boolean;
  filter?: boolean;
  sort?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  format?: Format;
  /** The message when a unique constraint on this field refuses a value (default: 与已有记录重复). */
  duplicate?: string;
  /** The enum object registered with type-graphql (kind enum / enumList). */
  enum?: object;
  enumName?: string;
  /** kind ref: the target resource's GraphQL name and the entity's ManyToOne property. */
  target?: string;
  relation?: string;
  /**
   * kind ref: which rows the key may point at. By default those the caller may link (scope-rules.ts
   * LINK_RULES, else the rows it may read); `visible`: any row it may read (forming a partnership may
   * name any social group of the directory).
   */
  link?: 'visible';
  /** Personal data: masked on output, audited when revealed (accounts issue). */
  personal?: boolean;
  description?: string;
  /** Entity property holding the value, when it differs from the field name. */
  property?: string;
  /**
   * How the console shows the value when its kind alone does not say: `internal` values (an
   * idempotency key) are not shown at all; `detail` only on the record's page, not as a list column;
   * `orgPath` is a chain of organization ids shown as their
   * names; `resourceName` a resource's GraphQL name shown as its label; `fieldNames` a comma-separated
   * list of the fields of the record's `entityType`, shown as their labels; `recordLink` the id of a
   * record of the record's `entityType`, shown as a link to its page; `ageMonths` an age kept in months,
   * shown and entered as years and months (6岁, 2岁6个月).
   */
  showAs?: ShowAs;
  /** Computes the output value (a masked ID number from the stored last four characters). */
  output?: (entity: never) => unknown;
  /** The entity properties `output` reads: the compiled read path selects those (crud/compile). */
  reads?: string[];
}

export interface ToManySpec {
  target: string;
  /** The ManyToOne property on the target that points back at this entity. */
  inverse: string;
  label: Label;
}

export interface ResourceSpec<E = unknown> {
  /** GraphQL type name, e.g. `ServiceProject`. */
  name: string;
  entity: new (...args: never[]) => E;
  /** Explicit names, never guessed by a pluraliser. */
  single: string;
  plural: string;
  label: Label;
  fields: Record<string, FieldSpec>;
  toMany?: Record<string, ToManySpec>;
  /** Fields matched (case-insensitively, `contains`) by the `search` argument. */
  search?: string[];
  /**
   * What names a record on screen when it has no name of its own, as paths through its relations,
   * joined with ` · ` (an enrollment: the person and the class). Default: a `name`-like field.
   */
  title?: readonly string[];
  /** Default order when the caller gives none (id is always the last key). */
  defaultOrder?: Record<string, 'ASC' | 'DESC'>;
  /** Roles allowed to create, update and delete (default: everyone but analysts); rows still obey scope. */
  writeRoles?: readonly import('./principal').UserRole[];
  /**
   * Roles the console offers the resource's list and menu entry to (default: every role but analysts,
   * whose only screen is the dashboard). Reading
   * through the API stays governed by the scope filter; this keeps, for example, people's lists away
   * from analysts and organization management away from partners.
   */
  listRoles?: readonly import('./principal').UserRole[];
  /** Which generic operations exist; domain actions are separate mutations. */
  operations?: { create?: boolean; update?: boolean; delete?: boolean };
  /**
   * Domain rules checked inside the write transaction, after the input is applied and before the
   * flush (a consent required for a child's enrollment); throw an AppError to refuse.
   */
  validate?: (
    tx: import('@mikro-orm/postgresql').EntityManager,
    rows: E[],
    ctx: { principal: import('./principal').Principal | null },
    mode: 'create' | 'update',
  ) => Promise<void>;
  /**
   * Domain consequences of a soft delete, in its transaction after the rows are flushed (a deleted
   * enrollment frees its place to the waitlist).
   */
  afterRemove?: (
    tx: import('@mikro-orm/postgresql').EntityManager,
    rows: E[],
    ctx: import('./crud-context').CrudContext,
  ) => Promise<void>;
  /** Re-read rows after a write: columns kept by database triggers (a tree path, a counter). */
  refreshAfterWrite?: boolean;
  /** Turns input values the entity stores differently (an ID number stored encrypted) into entity data. */
  beforeWrite?: (
    data: Record<string, unknown>,
    mode: 'create' | 'update',
    ctx: { pii: import('./crypto/pii').PiiCipher },
  ) => Record<string, unknown>;
}

/** A field as a resource declares it: what the entity cannot say (resource-meta.ts reads the rest). */
export type FieldDecl = Omit<FieldSpec, 'kind'> & { kind?: ScalarKind };

/** A to-many relation as declared: its label; the target and the inverse come from the `@OneToMany`. */
export interface ToManyDecl {
  label: Label;
  target?: string;
  inverse?: string;
}

/** Field names an entity explains by itself: its properties, and `xId` for a many-to-one `x`. */
type EntityKey<E> = (keyof E & string) | `${keyof E & string}Id`;

/**
 * Any other field says where its value is: the relation or property it reads under another name, or
 * how it is computed (`output` with its `kind`). Checked again at start-up against the entity.
 */
type Elsewhere<E> =
  | { relation: keyof E & string }
  | { property: keyof E & string }
  | { kind: ScalarKind; output: NonNullable<FieldSpec['output']> };

export type ResourceDecl<E, F> = Omit<ResourceSpec<E>, 'fields' | 'toMany'> & {
  fields: F & { [K in keyof F]: K extends EntityKey<E> ? FieldDecl : FieldDecl & Elsewhere<E> };
  toMany?: { [K in keyof E & string]?: ToManyDecl };
};
