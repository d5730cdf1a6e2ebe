import jwt from 'jsonwebtoken';
import { TokenService } from '../../src/modules/account/tokens';

const SECRET = 'unit-test-secret-unit-test-secret-0123';
const USER = '0190a000-0000-7000-8000-00000000a001';
const SID = '0190a000-0000-7000-8000-00000000b001';

describe('TokenService.verifyAccess (verified tokens are remembered)', () => {
  afterEach(() => jest.useRealTimers());

  it('accepts a token again until it expires, then refuses it (whole seconds, as jsonwebtoken)', () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00.000Z') });
    const tokens = new TokenService(SECRET, 15);
    const { token } = tokens.signAccess(USER, 'ORG_STAFF', SID);
    expect(tokens.verifyAccess(token)).toEqual({ sub: USER, role: 'ORG_STAFF', sid: SID });
    jest.setSystemTime(new Date('2026-01-01T00:14:59.999Z'));
    expect(tokens.verifyAccess(token)).toEqual({ sub: USER, role: 'ORG_STAFF', sid: SID });
    jest.setSystemTime(new Date('2026-01-01T00:15:00.000Z'));
    expect(tokens.verifyAccess(token)).toBeNull();
    // A fresh service (nothing remembered) agrees with the remembered answer.
    expect(new TokenService(SECRET, 15).verifyAccess(token)).toBeNull();
    expect(tokens.verifyAccess(token)).toBeNull();
  });

  it('a token that differs from a remembered one is checked on its own', () => {
    const tokens = new TokenService(SECRET, 15);
    const { token } = tokens.signAccess(USER, 'ANALYST', SID);
    expect(tokens.verifyAccess(token)).not.toBeNull();
    const [h, p, sig] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'PLATFORM_ADMIN' })).toString('base64url')}.${sig}`;
    expect(tokens.verifyAccess(forged)).toBeNull();
    expect(tokens.verifyAccess(`${token}x`)).toBeNull();
    const otherKey = jwt.sign({ role: 'PLATFORM_ADMIN' }, 'another-secret-another-secret-another', {
      subject: USER,
      issuer: 'linli',
      expiresIn: 600,
    });
    expect(tokens.verifyAccess(otherKey)).toBeNull();
    expect(tokens.verifyAccess(token)).toEqual({ sub: USER, role: 'ANALYST', sid: SID });
  });

  it('a token without the sign-in it belongs to (made before sessions were checked) is refused', () => {
    const tokens = new TokenService(SECRET, 15);
    const old = jwt.sign({ role: 'ORG_STAFF' }, SECRET, { subject: USER, issuer: 'linli', expiresIn: 600 });
    expect(tokens.verifyAccess(old)).toBeNull();
  });
});
