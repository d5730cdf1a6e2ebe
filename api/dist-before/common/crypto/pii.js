"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateKey = exports.PiiCipher = void 0;
const node_crypto_1 = require("node:crypto");
/**
 * Personal identifiers at rest: AES-256-GCM for the value, and a keyed hash (HMAC-SHA256) so that
 * duplicates can be found without decrypting. Both keys are derived from one 32-byte master key
 * that lives in configuration, never in the database.
 */
class PiiCipher {
    constructor(master) {
        if (master.length !== 32)
            throw new Error('the personal-data key must be 32 bytes');
        this.encKey = Buffer.from((0, node_crypto_1.hkdfSync)('sha256', master, Buffer.alloc(0), 'linli pii encryption v1', 32));
        this.macKey = Buffer.from((0, node_crypto_1.hkdfSync)('sha256', master, Buffer.alloc(0), 'linli pii lookup hash v1', 32));
    }
    /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
    encrypt(plain) {
        const iv = (0, node_crypto_1.randomBytes)(12);
        const cipher = (0, node_crypto_1.createCipheriv)('aes-256-gcm', this.encKey, iv);
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return ['v1', iv, cipher.getAuthTag(), body]
            .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
            .join('.');
    }
    decrypt(sealed) {
        const [v, iv, tag, body] = sealed.split('.');
        if (v !== 'v1' || !iv || !tag || body === undefined)
            throw new Error('unknown ciphertext format');
        const decipher = (0, node_crypto_1.createDecipheriv)('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    }
    /** Deterministic keyed hash of a normalized value, for unique indexes and look-ups. */
    hash(normalized) {
        return (0, node_crypto_1.createHmac)('sha256', this.macKey).update(normalized).digest('hex');
    }
}
exports.PiiCipher = PiiCipher;
const generateKey = () => (0, node_crypto_1.randomBytes)(32);
exports.generateKey = generateKey;
//# sourceMappingURL=pii.js.map