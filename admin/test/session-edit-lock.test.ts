import { sessionEditLock } from '../src/resources/class-session/edit-lock';

/** Which sessions the console still offers 编辑 for: none once verified or cancelled. */
describe('sessionEditLock', () => {
  it('leaves scheduled and held (not yet verified) sessions editable', () => {
    expect(sessionEditLock({ status: 'SCHEDULED', attendanceVerifiedAt: null })).toBeNull();
    expect(sessionEditLock({ status: 'HELD', attendanceVerifiedAt: null })).toBeNull();
  });

  it('locks a verified session and a cancelled one, each with its reason', () => {
    expect(sessionEditLock({ status: 'HELD', attendanceVerifiedAt: '2026-11-30T10:00:00Z' })).toBe(
      'linli.sessions.locked_verified',
    );
    expect(sessionEditLock({ status: 'CANCELLED', attendanceVerifiedAt: null })).toBe(
      'linli.sessions.locked_cancelled',
    );
  });
});
