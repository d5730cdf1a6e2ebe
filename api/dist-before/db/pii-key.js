"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadOrCreateDevJwtSecret = exports.loadOrCreateDevKey = void 0;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const pii_1 = require("../common/crypto/pii");
/**
 * Without PII_ENCRYPTION_KEY / JWT_SECRET (development and the embedded demo), keys are generated once
 * and kept beside the embedded database, so encrypted ID numbers and sessions survive restarts.
 */
function loadOrCreate(dataDir, name, make) {
    const file = node_path_1.default.join(dataDir, name);
    if (node_fs_1.default.existsSync(file))
        return node_fs_1.default.readFileSync(file, 'utf8').trim();
    node_fs_1.default.mkdirSync(dataDir, { recursive: true });
    const value = make();
    node_fs_1.default.writeFileSync(file, value + '\n', { mode: 0o600 });
    return value;
}
const loadOrCreateDevKey = (dataDir) => Buffer.from(loadOrCreate(dataDir, 'pii.key', () => (0, pii_1.generateKey)().toString('hex')), 'hex');
exports.loadOrCreateDevKey = loadOrCreateDevKey;
const loadOrCreateDevJwtSecret = (dataDir) => loadOrCreate(dataDir, 'jwt.key', () => (0, node_crypto_1.randomBytes)(48).toString('base64url'));
exports.loadOrCreateDevJwtSecret = loadOrCreateDevJwtSecret;
//# sourceMappingURL=pii-key.js.map