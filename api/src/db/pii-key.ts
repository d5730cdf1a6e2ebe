import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { generateKey, type PiiCipher } from '../common/crypto/pii';

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

/** One encrypted ID number of the database, or null when it holds none. */
export async function sealedSample(orm: MikroORM): Promise<string | null> {
  const rows = await orm.em
    .getConnection()
    .execute<{ c: string }[]>('select id_number_cipher c from beneficiary where id_number_cipher is not null limit 1');
  return rows[0]?.c ?? null;
}

/**
 * The key file of the embedded set-up. Made afresh only for a database without encrypted ID numbers: for one
 * with them (a restore without its key, a deleted file) a new key would read none of them and let the same
 * ID number be registered twice, so start-up stops and says where the key belongs.
 */
export function devPiiKey(dataDir: string, dataIsSealed: boolean): Buffer {
  const file = path.join(dataDir, 'pii.key');
  if (dataIsSealed && !fs.existsSync(file))
    throw new Error(
      `this database holds encrypted ID numbers but ${file} is missing: put the key back there (or set ` +
        'PII_ENCRYPTION_KEY); Linli does not make a new key for existing data (docs/operations.md, Keys)',
    );
  return loadOrCreateDevKey(dataDir);
}

/** Stops start-up when the key does not open the database's ID numbers (another database's key). */
export function assertKeyOpens(pii: PiiCipher, sealed: string | null): void {
  if (sealed === null) return;
  try {
    pii.decrypt(sealed);
  } catch {
    throw new Error(
      "the ID-number key (pii.key or PII_ENCRYPTION_KEY) does not open this database's ID numbers: it belongs " +
        'to other data; use the key kept with this database (docs/operations.md, Keys)',
    );
  }
}
