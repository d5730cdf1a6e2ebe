import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { FieldSpec, ResourceSpec } from '../resource';
import {
  IsCreditCode,
  IsIdNumber,
  IsLocalDate,
  IsLocalTime,
  IsMobile,
  IsPastOrTodayDate,
  IsRegionCode,
} from '../validators';
import { scalarOf, type GqlType } from './scalars';
import { memo } from './registry';

const inputs = memo<GqlType>();

const FORMATS: Record<NonNullable<FieldSpec['format']>, () => PropertyDecorator> = {
  idNumber: IsIdNumber,
  creditCode: IsCreditCode,
  mobile: IsMobile,
  regionCode: IsRegionCode,
  pastDate: IsPastOrTodayDate,
};

/** Fields a client may write: never readOnly ones; createOnly ones only on create. */
export function writableFields(spec: ResourceSpec, mode: 'create' | 'update'): [string, FieldSpec][] {
  return Object.entries(spec.fields).filter(([, f]) => !f.readOnly && (mode === 'create' || !f.createOnly));
}

function applyValidators(proto: object, key: string, field: FieldSpec, mode: 'create' | 'update'): void {
  const required = mode === 'create' && field.required;
  if (required) IsNotEmpty({ message: '不能为空' })(proto, key);
  // Update: an absent field is left alone; null clears an optional one (required ones: service refuses).
  else if (mode === 'update' && field.required) ValidateIf((_o, v) => v !== undefined && v !== null)(proto, key);
  else IsOptional()(proto, key);
  switch (field.kind) {
    case 'string':
    case 'text': {
      IsString({ message: '应为文本' })(proto, key);
      if (field.required) Matches(/\S/, { message: '不能为空' })(proto, key);
      const max = field.maxLength ?? (field.kind === 'text' ? 10000 : 200);
      MaxLength(max, { message: `不能超过 ${max} 个字符` })(proto, key);
      break;
    }
    case 'int':
    case 'money':
    case 'bp':
      IsInt({ message: '应为整数' })(proto, key);
      break;
    case 'date':
      IsLocalDate()(proto, key);
      break;
    case 'time':
      IsLocalTime()(proto, key);
      break;
    default:
      // Booleans, timestamps, enums, lists and references: their GraphQL type is the whole check.
      break;
  }
  if (field.min !== undefined) Min(field.min, { message: `不能小于 ${field.min}` })(proto, key);
  if (field.max !== undefined) Max(field.max, { message: `不能大于 ${field.max}` })(proto, key);
  if (field.format) FORMATS[field.format]()(proto, key);
}

function buildInput(spec: ResourceSpec, mode: 'create' | 'update'): GqlType {
  const name = `${spec.name}${mode === 'create' ? 'Create' : 'Update'}Input`;
  const C = class {};
  Object.defineProperty(C, 'name', { value: name });
  for (const [key, field] of writableFields(spec, mode)) {
    Field(() => scalarOf(field), {
      nullable: !(mode === 'create' && field.required),
      description: [field.label.join(' / '), field.description].filter(Boolean).join('. '),
    })(C.prototype, key);
    applyValidators(C.prototype, key, field, mode);
  }
  InputType(name)(C);
  return C;
}

export const createInputOf = (spec: ResourceSpec): GqlType =>
  inputs(`${spec.name}Create`, () => buildInput(spec, 'create'));
export const updateInputOf = (spec: ResourceSpec): GqlType =>
  inputs(`${spec.name}Update`, () => buildInput(spec, 'update'));
