import { badInput } from '../errors';

export const DEFAULT_TAKE = 25;
export const MAX_TAKE = 100;

/**
 * skip/take (or a connection's `first`, named by `takeName`), take defaulting to 25. A negative skip or a
 * take outside 1…100 is BAD_USER_INPUT: a page larger than asked for is never cut silently, so a client
 * that asked for 500 rows cannot mistake the first 100 for all of them.
 */
export function paging(
  skip: number | null | undefined,
  take: number | null | undefined,
  takeName = 'take',
): { offset: number; limit: number } {
  if (skip != null && skip < 0) throw badInput({ skip: '不能小于 0' });
  if (take != null && (take < 1 || take > MAX_TAKE)) throw badInput({ [takeName]: `须在 1 到 ${MAX_TAKE} 之间` });
  return { offset: skip ?? 0, limit: take ?? DEFAULT_TAKE };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
