"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sha256 = exports.randomToken = exports.TokenService = void 0;
const jsonwebtoken_1 = __importDefault(require("jsonwebtoken"));
const node_crypto_1 = require("node:crypto");
/** Verified access tokens kept at most (a few MB): more than the sessions active within a token's life. */
const VERIFIED_MAX = 10_000;
class TokenService {
    constructor(secret, accessMinutes) {
        this.accessMinutes = accessMinutes;
        /**
         * Tokens already verified, by their SHA-256, with their expiry: every request of a session sends the same
         * token, and checking its signature again (jsonwebtoken decodes it twice and computes an HMAC) was a visible
         * share of a dashboard request's CPU. Only tokens that passed jwt.verify get in; the expiry is checked on
         * every use exactly as jsonwebtoken does (whole seconds, no tolerance). Bounded: emptied when full.
         */
        this.verified = new Map();
        this.key = (0, node_crypto_1.createSecretKey)(Buffer.from(secret, 'utf8'));
    }
    signAccess(userId, role) {
        const expiresIn = this.accessMinutes * 60;
        const token = jsonwebtoken_1.default.sign({ role }, this.key, { algorithm: 'HS256', subject: userId, expiresIn, issuer: 'linli' });
        return { token, expiresIn };
    }
    /** The claims of a valid token, or null (expired, wrong signature, wrong algorithm, malformed). */
    verifyAccess(token) {
        const id = (0, exports.sha256)(token);
        const known = this.verified.get(id);
        if (known) {
            if (Math.floor(Date.now() / 1000) < known.exp)
                return { sub: known.sub, role: known.role };
            this.verified.delete(id);
            return null;
        }
        try {
            const claims = jsonwebtoken_1.default.verify(token, this.key, { algorithms: ['HS256'], issuer: 'linli' });
            if (typeof claims !== 'object' || typeof claims.sub !== 'string')
                return null;
            const out = { sub: claims.sub, role: String(claims.role) };
            if (typeof claims.exp === 'number') {
                if (this.verified.size >= VERIFIED_MAX)
                    this.verified.clear();
                this.verified.set(id, { ...out, exp: claims.exp });
            }
            return out;
        }
        catch {
            return null;
        }
    }
}
exports.TokenService = TokenService;
const randomToken = (bytes = 32) => (0, node_crypto_1.randomBytes)(bytes).toString('base64url');
exports.randomToken = randomToken;
const sha256 = (s) => (0, node_crypto_1.createHash)('sha256').update(s).digest('hex');
exports.sha256 = sha256;
//# sourceMappingURL=tokens.js.map