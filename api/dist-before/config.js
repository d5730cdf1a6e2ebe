"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.repoRoot = exports.ConfigError = void 0;
exports.loadConfig = loadConfig;
const node_path_1 = __importDefault(require("node:path"));
/**
 * The only reader of process.env. Every setting is parsed and validated here once; a bad value
 * stops start-up with one line naming the variable (see ConfigError and main.ts).
 */
class ConfigError extends Error {
    constructor(variable, message) {
        super(`${variable}: ${message}`);
        this.variable = variable;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
/** The repository root: api/src/config.ts and api/dist/config.js both sit two levels below it. */
exports.repoRoot = node_path_1.default.resolve(__dirname, '..', '..');
function oneOf(env, name, allowed, fallback) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (!allowed.includes(raw)) {
        throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
    }
    return raw;
}
function integer(env, name, fallback, min, max) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (!/^\d+$/.test(raw))
        throw new ConfigError(name, `must be a whole number, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max)
        throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
    return value;
}
function boolean(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase()))
        return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase()))
        return false;
    throw new ConfigError(name, `must be true or false, got "${raw}"`);
}
function databaseUrl(env) {
    const raw = env.DATABASE_URL;
    if (raw === undefined || raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:port/database)');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
    }
    if (url.pathname.length <= 1)
        throw new ConfigError('DATABASE_URL', 'names no database');
    return raw;
}
function key(env, name) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return undefined;
    const buf = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (buf.length !== 32)
        throw new ConfigError(name, 'must be 32 bytes, as 64 hex characters or base64');
    return buf;
}
function loadConfig(env = process.env) {
    const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
    const url = databaseUrl(env);
    const piiKey = key(env, 'PII_ENCRYPTION_KEY');
    if (url && !piiKey && nodeEnv === 'production') {
        throw new ConfigError('PII_ENCRYPTION_KEY', 'is required in production with DATABASE_URL');
    }
    const jwtSecret = env.JWT_SECRET || undefined;
    if (jwtSecret !== undefined && jwtSecret.length < 32) {
        throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    }
    if (!jwtSecret && nodeEnv === 'production')
        throw new ConfigError('JWT_SECRET', 'is required in production');
    return {
        nodeEnv,
        host: env.HOST || '0.0.0.0',
        port: integer(env, 'PORT', 4000, 0, 65535),
        logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
        databaseUrl: url,
        dbPoolMax: integer(env, 'DB_POOL_MAX', 10, 1, 500),
        dataDir: node_path_1.default.resolve(env.LINLI_DATA_DIR || node_path_1.default.join(exports.repoRoot, '.data')),
        seedDemo: boolean(env, 'SEED_DEMO', url === undefined),
        piiKey,
        jwtSecret,
        accessTokenMinutes: integer(env, 'ACCESS_TOKEN_MINUTES', 15, 1, 1440),
        refreshTokenDays: integer(env, 'REFRESH_TOKEN_DAYS', 30, 1, 365),
    };
}
//# sourceMappingURL=config.js.map