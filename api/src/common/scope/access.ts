import type { RequestScope } from '../context';
import { AppError } from '../errors';
import type { UserRole } from '../principal';
import type { FieldSpec, ResourceSpec } from '../resource';
import { PER_PERSON_ENTITIES } from './scope-rules';

/** Who may write a resource when its declaration does not say: everyone but analysts. */
export const DEFAULT_WRITERS: readonly UserRole[] = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER'];

export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED', '请先登录');
export const forbidden = (message = '没有权限执行此操作'): AppError => new AppError('FORBIDDEN', message);

/**
 * Reading needs a signed-in caller; which rows they see is the scope filter's business, except that
 * analysts are refused rows about one person outright (the filter also hides them: belt and braces).
 */
export function assertCanRead(ctx: Pick<RequestScope, 'principal'>, entityName?: string): void {
  if (!ctx.principal) throw unauthenticated();
  if (entityName && !canReadRows(ctx, entityName)) throw aggregatesOnly();
}

/** Analysts see aggregates only: no rows of people, enrollments, attendance or service records. */
export function canReadRows(ctx: Pick<RequestScope, 'principal'>, entityName: string): boolean {
  return !(ctx.principal?.role === 'ANALYST' && PER_PERSON_ENTITIES.has(entityName));
}

export const aggregatesOnly = (): AppError => forbidden('数据分析账号只能查看汇总数据，不能查看个人记录');

export function assertCanWrite(ctx: Pick<RequestScope, 'principal'>, spec: ResourceSpec): void {
  if (!ctx.principal) throw unauthenticated();
  const writers = spec.writeRoles ?? DEFAULT_WRITERS;
  if (!writers.includes(ctx.principal.role)) throw forbidden();
}

/** Analysts see aggregates only: no personal field, not even to filter or sort on (no oracle). */
export function canReadField(ctx: Pick<RequestScope, 'principal'>, field: FieldSpec | undefined): boolean {
  return !(field?.personal && ctx.principal?.role === 'ANALYST');
}

/**
 * Roles the console offers a resource's list to when its declaration does not say: everyone but
 * analysts, whose only screen is the dashboard (aggregates through `report`, never rows).
 */
export const DEFAULT_LISTERS: readonly UserRole[] = DEFAULT_WRITERS;

/** Roles the console shows lists of people to: analysts see aggregates only. */
export const PEOPLE_VIEWERS: readonly UserRole[] = DEFAULT_WRITERS;
