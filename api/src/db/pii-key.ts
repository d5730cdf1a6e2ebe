import fs from 'node:fs';
import path from 'node:path';
import { generateKey } from '../common/crypto/pii';

/**
 * Without PII_ENCRYPTION_KEY (development and the embedded demo), a key is generated once and kept
 * beside the embedded database, so encrypted ID numbers stay readable across restarts.
 */
export function loadOrCreateDevKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'pii.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = generateKey();
  fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 });
  return key;
}
