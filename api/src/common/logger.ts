import pino, { type Logger } from 'pino';

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

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'linli-api' } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
