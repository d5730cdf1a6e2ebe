import {
  applicationCounts,
  confirmBlock,
  drawBlock,
  objectionBlock,
  withdrawOpen,
} from '../src/workflows/rounds/round-rules';

/** When the round page offers its actions, and the reason it gives when it does not. */
const at = (iso: string) => Date.parse(iso);
const open = { status: 'OPEN', closesAt: '2026-07-08T10:00:00Z', noticeEndsAt: null };
const drawn = { status: 'DRAWN', closesAt: '2026-07-08T10:00:00Z', noticeEndsAt: '2026-07-16T10:00:00Z' };

describe('drawBlock', () => {
  it('offers the draw at or after the close, once', () => {
    expect(drawBlock(open, at('2026-07-08T09:59:59Z'))).toEqual({ key: 'not_closed', at: open.closesAt });
    expect(drawBlock(open, at('2026-07-08T10:00:00Z'))).toBeNull();
    expect(drawBlock(drawn, at('2026-07-09T00:00:00Z'))).toEqual({ key: 'already_drawn' });
  });
});

describe('withdrawOpen', () => {
  it('lets an application be withdrawn only while the round takes applications', () => {
    expect(withdrawOpen(open, 'APPLIED', at('2026-07-08T09:00:00Z'))).toBe(true);
    expect(withdrawOpen(open, 'APPLIED', at('2026-07-08T10:00:00Z'))).toBe(false);
    expect(withdrawOpen(open, 'WITHDRAWN', at('2026-07-08T09:00:00Z'))).toBe(false);
    expect(withdrawOpen(drawn, 'WON', at('2026-07-08T09:00:00Z'))).toBe(false);
  });
});

describe('objectionBlock', () => {
  it('takes objections during the notice period only', () => {
    expect(objectionBlock(open, at('2026-07-09T00:00:00Z'))).toEqual({ key: 'not_on_notice' });
    expect(objectionBlock(drawn, at('2026-07-10T00:00:00Z'))).toBeNull();
    expect(objectionBlock(drawn, at('2026-07-16T10:00:00Z'))).toEqual({ key: 'notice_over', at: drawn.noticeEndsAt });
  });
});

describe('confirmBlock', () => {
  it('says why a round cannot be confirmed yet, the notice period first', () => {
    expect(confirmBlock(open, 0, at('2026-07-20T00:00:00Z'))).toEqual({ key: 'not_drawn' });
    expect(confirmBlock(drawn, 2, at('2026-07-10T00:00:00Z'))).toEqual({
      key: 'notice_running',
      at: drawn.noticeEndsAt,
    });
    expect(confirmBlock(drawn, 2, at('2026-07-16T10:00:00Z'))).toEqual({ key: 'objections_open', count: 2 });
    expect(confirmBlock(drawn, 0, at('2026-07-16T10:00:00Z'))).toBeNull();
    expect(confirmBlock({ ...drawn, status: 'CONFIRMED' }, 0)).toEqual({ key: 'confirmed' });
  });
});

describe('applicationCounts', () => {
  it('counts live applications and the draw’s outcomes', () => {
    const apps = ['WON', 'WON', 'WAITLISTED', 'WITHDRAWN', 'APPLIED'].map((status) => ({ status }));
    expect(applicationCounts(apps)).toEqual({ live: 4, won: 2, waitlisted: 1, withdrawn: 1 });
  });
});
