import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/**
 * Access tokens: HS256 JWTs with a short life; only the algorithm we sign with is accepted, so
 * `alg: none` or a token signed with another algorithm is refused. Refresh tokens and API keys are
 * random strings stored as SHA-256 hashes (they have far more entropy than a password, so a slow
 * hash adds nothing and a fast one allows look-up by hash).
 */
export interface AccessClaims {
  sub: string;
  role: string;
  /** The sign-in (refresh-token family) the token belongs to: revoked by logout or a password change. */
  sid: string;
}

/** Verified access tokens kept at most (a few MB): more than the sessions active within a token's life. */
const VERIFIED_MAX = 10_000;

export class TokenService {
  /** A key object, not the string: jsonwebtoken otherwise tries (and fails) to parse it as a PEM key on every verify. */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly accessMinutes: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  signAccess(userId: string, role: string, sid: string): { token: string; expiresIn: number } {
    const expiresIn = this.accessMinutes * 60;
    const token = jwt.sign({ role, sid }, this.key, {
      algorithm: 'HS256',
      subject: userId,
      expiresIn,
      issuer: 'linli',
    });
    return { token, expiresIn };
  }

  /**
   * Tokens already verified, by their SHA-256, with their expiry: every request of a session sends the same
   * token, and checking its signature again (jsonwebtoken decodes it twice and computes an HMAC) was a visible
   * share of a dashboard request's CPU. Only tokens that passed jwt.verify get in; the expiry is checked on
   * every use exactly as jsonwebtoken does (whole seconds, no tolerance). Bounded: emptied when full.
   */
  private readonly verified = new Map<string, AccessClaims & { exp: number }>();

  /** The claims of a valid token, or null (expired, wrong signature, wrong algorithm, malformed). */
  verifyAccess(token: string): AccessClaims | null {
    const id = sha256(token);
    const known = this.verified.get(id);
    if (known) {
      if (Math.floor(Date.now() / 1000) < known.exp) return { sub: known.sub, role: known.role, sid: known.sid };
      this.verified.delete(id);
      return null;
    }
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'linli' });
      if (typeof claims !== 'object' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      const out = { sub: claims.sub, role: String(claims.role), sid: claims.sid };
      if (typeof claims.exp === 'number') {
        if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
        this.verified.set(id, { ...out, exp: claims.exp });
      }
      return out;
    } catch {
      return null;
    }
  }
}

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
