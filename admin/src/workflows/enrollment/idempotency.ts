/**
 * The idempotency key of an enrollment attempt: made once per attempt in the browser and sent again
 * when the same request is retried (a lost answer must not enroll twice); a new attempt (other person,
 * applicant or days) gets a new key, since the API refuses a key reused with other data.
 */
export const newAttemptKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
