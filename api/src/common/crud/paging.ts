import { badInput } from '../errors';

export const DEFAULT_TAKE = 25;
export const MAX_TAKE = 100;

/** skip/take with take defaulting to 25 and capped at 100. */
export function paging(
  skip: number | null | undefined,
  take: number | null | undefined,
): { offset: number; limit: number } {
  if (skip != null && skip < 0) throw badInput({ skip: '不能小于 0' });
  if (take != null && take < 0) throw badInput({ take: '不能小于 0' });
  return { offset: skip ?? 0, limit: Math.min(take ?? DEFAULT_TAKE, MAX_TAKE) };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
