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
}

export class TokenService {
  /** A key object, not the string: jsonwebtoken otherwise tries (and fails) to parse it as a PEM key on every verify. */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly accessMinutes: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  signAccess(userId: string, role: string): { token: string; expiresIn: number } {
    const expiresIn = this.accessMinutes * 60;
    const token = jwt.sign({ role }, this.key, { algorithm: 'HS256', subject: userId, expiresIn, issuer: 'linli' });
    return { token, expiresIn };
  }

  /** The claims of a valid token, or null (expired, wrong signature, wrong algorithm, malformed). */
  verifyAccess(token: string): AccessClaims | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'linli' });
      if (typeof claims !== 'object' || typeof claims.sub !== 'string') return null;
      return { sub: claims.sub, role: String(claims.role) };
    } catch {
      return null;
    }
  }
}

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
