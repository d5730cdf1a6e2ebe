"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLogger = createLogger;
const pino_1 = __importDefault(require("pino"));
/**
 * Structured logs. Personal data never belongs in a log line: besides not logging it, the keys
 * where it could appear are redacted as a second line of defence.
 */
const REDACT = [
    'name',
    'displayName',
    'idNumber',
    'phone',
    'contactPhone',
    'contactName',
    'password',
    'token',
    'authorization',
    '*.name',
    '*.idNumber',
    '*.phone',
    '*.password',
    'variables',
    'req.headers.authorization',
    'req.headers["x-api-key"]',
];
function createLogger(level, destination) {
    const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'linli-api' } };
    return destination ? (0, pino_1.default)(options, destination) : (0, pino_1.default)(options);
}
//# sourceMappingURL=logger.js.map