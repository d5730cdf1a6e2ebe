/**
 * Why a session can no longer be edited, as a message key, or null while it can: once its
 * attendance is verified (settlement has counted it) or once it is cancelled, the session is
 * finished and the console offers no 编辑 (the generic update would change what was paid or called off).
 */
export function sessionEditLock(
  session: Record<string, unknown>,
): 'linli.sessions.locked_verified' | 'linli.sessions.locked_cancelled' | null {
  if (session.attendanceVerifiedAt) return 'linli.sessions.locked_verified';
  if (session.status === 'CANCELLED') return 'linli.sessions.locked_cancelled';
  return null;
}
