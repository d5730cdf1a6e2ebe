import { DateTimeISOResolver, LocalDateResolver, LocalTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';
import { Int, ID } from 'type-graphql';
import type { FieldSpec } from '../resource';

/**
 * GraphQL scalars by field kind. LocalTime accepts `HH:mm`, `HH:mm:ss` and fractions; we keep
 * PostgreSQL's `HH:MM:SS`. DateTimeISO always answers in UTC ISO form.
 */
export const LocalDate = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'LocalDate' });
export const LocalTime = new GraphQLScalarType({ ...LocalTimeResolver.toConfig(), name: 'LocalTime' });
export const DateTime = new GraphQLScalarType({ ...DateTimeISOResolver.toConfig(), name: 'DateTime' });
/**
 * Integers up to 2^53 − 1: money totals in fen. GraphQL `Int` is 32-bit and overflows at about
 * 21.47 million 元, which a district's summed budgets pass easily. One instance for the whole schema.
 */
export const SafeInt = SafeIntResolver;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GqlType = any;

export function scalarOf(field: FieldSpec): GqlType {
  switch (field.kind) {
    case 'string':
    case 'text':
      return String;
    case 'int':
    case 'money':
    case 'bp':
      return Int;
    case 'boolean':
      return Boolean;
    case 'date':
      return LocalDate;
    case 'time':
      return LocalTime;
    case 'datetime':
      return DateTime;
    case 'enum':
      return field.enum;
    case 'enumList':
      return [field.enum];
    case 'intList':
      return [Int];
    case 'ref':
      return ID;
  }
}
