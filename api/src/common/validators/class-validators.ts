/**
 * class-validator decorators for input classes. They are ordinary decorator factories, so the CRUD
 * factory can also apply them to classes built at run time: `IsIdNumber()(Input.prototype, 'idNumber')`.
 * They accept what the plain validators accept (e.g. lowercase x, `+86`); normalize before storing.
 */
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { validateCreditCode } from './credit-code';
import { isValidLocalDate, isValidLocalTime, todayInChina } from './dates';
import { isValidRegionCode, validateIdNumber } from './id-number';
import { isValidMobile } from './phone';

/** Returns null when the value is valid, else the Chinese message to show. */
type Check = (value: unknown) => string | null;

function rule(name: string, check: Check, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => check(value) === null,
        // With `each`, class-validator passes the whole collection here: report its first bad item.
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          if (options?.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
            for (const item of value instanceof Map ? value.values() : value) {
              const reason = check(item);
              if (reason !== null) return reason;
            }
          }
          return check(value) ?? '值无效';
        },
      },
    },
    options,
  );
}

const DATE_MESSAGE = '日期无效，格式应为YYYY-MM-DD';

export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isIdNumber',
    (value) => {
      const result = validateIdNumber(value);
      return result.ok ? null : result.reason;
    },
    options,
  );
}

export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isCreditCode',
    (value) => {
      const result = validateCreditCode(value);
      return result.ok ? null : result.reason;
    },
    options,
  );
}

export function IsMobile(options?: ValidationOptions): PropertyDecorator {
  return rule('isMobile', (value) => (isValidMobile(value) ? null : '手机号码无效，应为11位中国大陆手机号'), options);
}

export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return rule('isLocalDate', (value) => (isValidLocalDate(value) ? null : DATE_MESSAGE), options);
}

/** A valid date not after today in China (read at validation time). */
export function IsPastOrTodayDate(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isPastOrTodayDate',
    (value) => {
      if (!isValidLocalDate(value)) return DATE_MESSAGE;
      return value > todayInChina() ? '日期不能晚于今天' : null;
    },
    options,
  );
}

export function IsLocalTime(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isLocalTime',
    (value) => (isValidLocalTime(value) ? null : '时间无效，格式应为HH:MM或HH:MM:SS'),
    options,
  );
}

export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isRegionCode',
    (value) => (isValidRegionCode(value) ? null : '地区码无效，应为6位行政区划代码'),
    options,
  );
}
