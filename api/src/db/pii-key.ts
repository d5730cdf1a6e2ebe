import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateKey } from '../common/crypto/pii';

/**
 * Without PII_ENCRYPTION_KEY / JWT_SECRET (development and the embedded demo), keys are generated once
 * and kept beside the embedded database, so encrypted ID numbers and sessions survive restarts.
 */
function loadOrCreate(dataDir: string, name: string, make: () => string): string {
  const file = path.join(dataDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const value = make();
  fs.writeFileSync(file, value + '\n', { mode: 0o600 });
  return value;
}

export const loadOrCreateDevKey = (dataDir: string): Buffer =>
  Buffer.from(
    loadOrCreate(dataDir, 'pii.key', () => generateKey().toString('hex')),
    'hex',
  );

export const loadOrCreateDevJwtSecret = (dataDir: string): string =>
  loadOrCreate(dataDir, 'jwt.key', () => randomBytes(48).toString('base64url'));
