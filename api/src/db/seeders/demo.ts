import type { MikroORM } from '@mikro-orm/postgresql';
import type { PiiCipher } from '../../common/crypto/pii';
import type { Logger } from '../../common/logger';

export const DEMO_ACCOUNTS: { username: string; role: string; description: string; password: string }[] = [];

export async function seedDemoIfEmpty(_orm: MikroORM, _pii: PiiCipher, _logger: Logger): Promise<boolean> {
  return false;
}
