/** The shape of admin/src/generated/meta.ts: what the data provider and the screens need of each resource. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'int'
  | 'money'
  | 'bp'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'enum'
  | 'enumList'
  | 'intList'
  | 'ref';

export interface FieldMeta {
  name: string;
  kind: FieldKind | string;
  required: boolean;
  readOnly: boolean;
  createOnly: boolean;
  personal: boolean;
  filterable: boolean;
  sortable: boolean;
  target?: string;
  relation?: string;
  enumName?: string;
}

/** One part of a declared title: the relations walked (foreign key, object field, target) and the field shown. */
export interface TitlePart {
  hops: { relation: string; fk: string; target: string }[];
  resource: string;
  field: string;
  kind: FieldKind | string;
}

export type Display =
  | { kind: 'field'; field: string }
  | { kind: 'ref'; field: string; relation: string; target: string }
  | { kind: 'parts'; parts: TitlePart[] };

export interface ResourceMeta {
  name: string;
  operations: {
    one: string;
    list: string;
    count: string;
    connection: string;
    create: string | null;
    createMany: string | null;
    update: string | null;
    updateMany: string | null;
    delete: string | null;
    deleteMany: string | null;
    restore: string | null;
  };
  types: { where: string | null; orderBy: string | null; create: string | null; update: string | null };
  searchable: boolean;
  display: Display;
  fields: FieldMeta[];
}
