import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import type { UserRole } from '../../modules/account/account.enums';
import type { FieldSpec, ResourceSpec } from '../resource';

/** Who may write a resource when its declaration does not say: everyone but analysts. */
export const DEFAULT_WRITERS: readonly UserRole[] = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER'];

export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED', '请先登录');
export const forbidden = (message = '没有权限执行此操作'): AppError => new AppError('FORBIDDEN', message);

/** Reading needs a signed-in caller; which rows they see is the scope filter's business. */
export function assertCanRead(ctx: Pick<Context, 'principal'>): void {
  if (!ctx.principal) throw unauthenticated();
}

export function assertCanWrite(ctx: Pick<Context, 'principal'>, spec: ResourceSpec): void {
  if (!ctx.principal) throw unauthenticated();
  const writers = spec.writeRoles ?? DEFAULT_WRITERS;
  if (!writers.includes(ctx.principal.role)) throw forbidden();
}

/** Analysts see aggregates only: no personal field, not even to filter or sort on (no oracle). */
export function canReadField(ctx: Pick<Context, 'principal'>, field: FieldSpec | undefined): boolean {
  return !(field?.personal && ctx.principal?.role === 'ANALYST');
}

/**
 * Roles the console offers a resource's list to when its declaration does not say: everyone but
 * analysts, whose only screen is the dashboard (aggregates through `report`, never rows).
 */
export const DEFAULT_LISTERS: readonly UserRole[] = DEFAULT_WRITERS;

/** Roles the console shows lists of people to: analysts see aggregates only. */
export const PEOPLE_VIEWERS: readonly UserRole[] = DEFAULT_WRITERS;
