import { Field, ID, InputType, Int } from 'type-graphql';
import type { FieldSpec, ResourceSpec } from '../resource';
import { DateTime, LocalDate, LocalTime, type GqlType } from './scalars';
import { getResource, memo } from './registry';

/**
 * `where` inputs: typed per field with operators equals, in, notIn, lt, lte, gt, gte, contains,
 * startsWith (strings case-insensitive for contains/startsWith), AND / OR / NOT, to-one relation
 * filters and some / every / none for to-many relations. They translate one-to-one onto MikroORM
 * operators (where-translate.ts).
 */
type Ops = readonly ('equals' | 'in' | 'notIn' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains' | 'startsWith')[];

function operatorInput(name: string, type: GqlType, ops: Ops, nullable: boolean): GqlType {
  const C = class {};
  Object.defineProperty(C, 'name', { value: name });
  for (const op of ops) {
    const many = op === 'in' || op === 'notIn';
    Field(() => (many ? [type] : type), { nullable: true })(C.prototype, op);
  }
  if (nullable) {
    Field(() => Boolean, { nullable: true, description: 'true: only rows where the value is empty' })(
      C.prototype,
      'isNull',
    );
  }
  InputType(name)(C);
  return C;
}

const ORDERED: Ops = ['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte'];
const STRING: Ops = [...ORDERED, 'contains', 'startsWith'];

const scalarFilters = memo<GqlType>();
export const StringFilter = () =>
  scalarFilters('StringFilter', () => operatorInput('StringFilter', String, STRING, true));
export const IntFilter = () => scalarFilters('IntFilter', () => operatorInput('IntFilter', Int, ORDERED, true));
export const BooleanFilter = () =>
  scalarFilters('BooleanFilter', () => operatorInput('BooleanFilter', Boolean, ['equals'], true));
export const IdFilter = () =>
  scalarFilters('IdFilter', () => operatorInput('IdFilter', ID, ['equals', 'in', 'notIn'], true));
export const DateFilter = () =>
  scalarFilters('DateFilter', () => operatorInput('DateFilter', LocalDate, ORDERED, true));
export const TimeFilter = () =>
  scalarFilters('TimeFilter', () => operatorInput('TimeFilter', LocalTime, ORDERED, true));
export const DateTimeFilter = () =>
  scalarFilters('DateTimeFilter', () => operatorInput('DateTimeFilter', DateTime, ORDERED, true));

const enumFilters = memo<GqlType>();
function EnumFilter(field: FieldSpec): GqlType {
  const name = `${field.enumName}Filter`;
  return enumFilters(name, () => operatorInput(name, field.enum, ['equals', 'in', 'notIn'], true));
}

/** Array columns: hasSome (overlaps), hasEvery (contains all), isEmpty. */
function listFilter(name: string, type: GqlType): GqlType {
  return enumFilters(name, () => {
    const C = class {};
    Object.defineProperty(C, 'name', { value: name });
    Field(() => [type], { nullable: true })(C.prototype, 'hasSome');
    Field(() => [type], { nullable: true })(C.prototype, 'hasEvery');
    Field(() => Boolean, { nullable: true })(C.prototype, 'isEmpty');
    InputType(name)(C);
    return C;
  });
}

export function filterTypeOf(field: FieldSpec): GqlType {
  switch (field.kind) {
    case 'string':
    case 'text':
      return StringFilter();
    case 'int':
    case 'money':
    case 'bp':
      return IntFilter();
    case 'boolean':
      return BooleanFilter();
    case 'date':
      return DateFilter();
    case 'time':
      return TimeFilter();
    case 'datetime':
      return DateTimeFilter();
    case 'enum':
      return EnumFilter(field);
    case 'enumList':
      return listFilter(`${field.enumName}ListFilter`, field.enum);
    case 'intList':
      return listFilter('IntListFilter', Int);
    case 'ref':
      return IdFilter();
  }
}

const wheres = memo<GqlType>();
const listRelationFilters = memo<GqlType>();

/** `XWhere` for a resource. Relation filters point at the target's Where through a lazy look-up. */
export function whereTypeOf(resourceName: string): GqlType {
  return wheres(resourceName, () => {
    const spec = getResource(resourceName);
    const name = `${spec.name}Where`;
    const C = class {};
    Object.defineProperty(C, 'name', { value: name });
    const [idFilter, dateTimeFilter] = [IdFilter(), DateTimeFilter()];
    Field(() => idFilter, { nullable: true })(C.prototype, 'id');
    Field(() => dateTimeFilter, { nullable: true })(C.prototype, 'createdAt');
    Field(() => dateTimeFilter, { nullable: true })(C.prototype, 'updatedAt');
    // Types are created now, not inside the thunks: type-graphql collects input types before it
    // resolves any thunk, so a class first created inside one would be unknown to it.
    for (const [key, field] of filterableFields(spec)) {
      const filterType = filterTypeOf(field);
      Field(() => filterType, { nullable: true })(C.prototype, key);
      if (field.kind === 'ref') {
        Field(() => whereTypeOf(field.target!), { nullable: true, description: `Filter on ${field.relation}` })(
          C.prototype,
          field.relation!,
        );
      }
    }
    for (const [key, rel] of Object.entries(spec.toMany ?? {})) {
      const listFilter = listRelationFilterOf(rel.target);
      Field(() => listFilter, { nullable: true })(C.prototype, key);
    }
    Field(() => [C], { nullable: true })(C.prototype, 'AND');
    Field(() => [C], { nullable: true })(C.prototype, 'OR');
    Field(() => C, { nullable: true })(C.prototype, 'NOT');
    InputType(name)(C);
    return C;
  });
}

function listRelationFilterOf(target: string): GqlType {
  return listRelationFilters(target, () => {
    const name = `${target}ListRelationFilter`;
    const C = class {};
    Object.defineProperty(C, 'name', { value: name });
    for (const op of ['some', 'every', 'none']) {
      Field(() => whereTypeOf(target), { nullable: true })(C.prototype, op);
    }
    InputType(name)(C);
    return C;
  });
}

export function filterableFields(spec: ResourceSpec): [string, FieldSpec][] {
  return Object.entries(spec.fields).filter(([, f]) => f.filter);
}
