/**
 * When the round page offers 摇号, 撤回, 登记异议 and 确认结果, and why not when it does not: the API's
 * rules (docs/lottery.md) read against the browser's clock. The API judges by the database clock and
 * answers CONFLICT with its own message when the two disagree; the screen shows that message too.
 */
export interface RoundState {
  status?: string | null;
  closesAt: string;
  noticeEndsAt?: string | null;
}

/** Why an action is not offered: a message key (linli.round.blocked.*) and its arguments. */
export interface Block {
  key: string;
  at?: string;
  count?: number;
}

const before = (now: number, at: string) => now < Date.parse(at);

export function drawBlock(round: RoundState, now = Date.now()): Block | null {
  if (round.status !== 'OPEN') return { key: 'already_drawn' };
  if (before(now, round.closesAt)) return { key: 'not_closed', at: round.closesAt };
  return null;
}

export function withdrawOpen(round: RoundState, applicationStatus: string | null | undefined, now = Date.now()) {
  return applicationStatus === 'APPLIED' && round.status === 'OPEN' && before(now, round.closesAt);
}

export function objectionBlock(round: RoundState, now = Date.now()): Block | null {
  if (round.status !== 'DRAWN' || !round.noticeEndsAt) return { key: 'not_on_notice' };
  if (!before(now, round.noticeEndsAt)) return { key: 'notice_over', at: round.noticeEndsAt };
  return null;
}

export function confirmBlock(round: RoundState, openObjections: number, now = Date.now()): Block | null {
  if (round.status === 'CONFIRMED') return { key: 'confirmed' };
  if (round.status !== 'DRAWN' || !round.noticeEndsAt) return { key: 'not_drawn' };
  if (before(now, round.noticeEndsAt)) return { key: 'notice_running', at: round.noticeEndsAt };
  if (openObjections > 0) return { key: 'objections_open', count: openObjections };
  return null;
}

/** How the applications stand: live ones (not withdrawn), and after the draw the winners and the waitlist. */
export function applicationCounts(apps: { status?: string | null }[]) {
  const count = (s: string) => apps.filter((a) => a.status === s).length;
  const won = count('WON');
  const waitlisted = count('WAITLISTED');
  return { live: count('APPLIED') + won + waitlisted, won, waitlisted, withdrawn: count('WITHDRAWN') };
}
