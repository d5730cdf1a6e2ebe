import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors';

/**
 * How many failed sign-ins an account and a client address get per window (fixed windows: a window
 * starts with the first failure after the last one ended). Kept in PostgreSQL so that the limit holds
 * across API processes.
 *
 * An account's row is locked for the whole sign-in (checkLogin … its password check … recordLogin), so
 * concurrent attempts on one account, aliased or batched or in parallel requests, are checked one after
 * another against the count the previous ones left: none gets past the limit, and twelve right passwords
 * at once all succeed. An address's row is not locked (one office behind one address signs in at once);
 * its count is checked before and raised after each failure.
 */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

interface Row {
  key: string;
  attempts: number;
  retry_after: number;
}

/** Failures in the current window (0 once it has ended) and the seconds until it ends. */
const CURRENT = `key,
  case when window_start < now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes}) then 0 else attempts end as attempts,
  ceil(extract(epoch from window_start + make_interval(mins => ${LOGIN_LIMITS.windowMinutes}) - now()))::int as retry_after`;

/** Inside the sign-in's transaction: locks the account's row, and refuses (RATE_LIMITED) past either limit. */
export async function checkLogin(tx: EntityManager, username: string, address: string): Promise<void> {
  const [account, place] = [accountKey(username), addressKey(address)];
  await tx.execute(
    `insert into auth_throttle (key, attempts, window_start) values (?, 0, now()), (?, 0, now()) on conflict (key) do nothing`,
    [account, place],
  );
  const rows = [
    ...(await tx.execute<Row[]>(`select ${CURRENT} from auth_throttle where key = ? for update`, [account])),
    ...(await tx.execute<Row[]>(`select ${CURRENT} from auth_throttle where key = ?`, [place])),
  ];
  const over = rows.filter(
    (r) => r.attempts >= (r.key === account ? LOGIN_LIMITS.perAccount : LOGIN_LIMITS.perAddress),
  );
  if (!over.length) return;
  const seconds = Math.max(1, ...over.map((r) => r.retry_after));
  throw new AppError('RATE_LIMITED', `登录尝试过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`, {
    retryAfterSeconds: seconds,
  });
}

/** Records the outcome: a failure counts for the account and the address; a success clears the account. */
export async function recordLogin(tx: EntityManager, username: string, address: string, ok: boolean): Promise<void> {
  if (ok) {
    await tx.execute(`delete from auth_throttle where key = ?`, [accountKey(username)]);
    return;
  }
  await tx.execute(
    `update auth_throttle set
       attempts = case when window_start < now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes}) then 1
                       else attempts + 1 end,
       window_start = case when window_start < now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes}) then now()
                           else window_start end
     where key in (?, ?)`,
    [accountKey(username), addressKey(address)],
  );
}

/**
 * An API key's request budget: at most `perMinute` requests in a one-minute window, counted in PostgreSQL
 * (one statement per request made with the key) so that it holds across API processes. Past it: RATE_LIMITED,
 * HTTP 429 with Retry-After.
 */
export async function takeApiKeyRequest(em: EntityManager, keyId: string, perMinute: number): Promise<void> {
  const [row] = await em.execute<Row[]>(
    `insert into auth_throttle (key, attempts, window_start) values (?, 1, now())
     on conflict (key) do update set
       attempts = case when auth_throttle.window_start < now() - interval '1 minute' then 1
                       else auth_throttle.attempts + 1 end,
       window_start = case when auth_throttle.window_start < now() - interval '1 minute' then now()
                           else auth_throttle.window_start end
     returning key, attempts, ceil(extract(epoch from window_start + interval '1 minute' - now()))::int as retry_after`,
    [`apikey:${keyId}`],
  );
  if (row.attempts <= perMinute) return;
  const seconds = Math.max(1, row.retry_after);
  throw new AppError(
    'RATE_LIMITED',
    `该 API 密钥的请求过于频繁（每分钟至多 ${perMinute} 次），请 ${seconds} 秒后再试`,
    {
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  );
}
