import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config';
import { hashPassword } from '../modules/account/password';
import { User } from '../modules/account/user.entity';
import { ensureDatabase, initOrm, migrate, systemFork } from './database';
import { attachedNote, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `npm run create-admin -- <username> <password> [display name]`: the first platform admin of a real
 * database (DATABASE_URL), or of the embedded one. Refuses to overwrite an existing user.
 */
async function run(args: string[]): Promise<number> {
  const [username, password, displayName = '平台管理员'] = args;
  if (!username || !password) {
    process.stderr.write('usage: npm run create-admin -- <username> <password> [display name]\n');
    return 2;
  }
  if (password.length < 10) {
    process.stderr.write('the password must be at least 10 characters\n');
    return 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg') });
    if (embedded.attachedTo) process.stdout.write(`${attachedNote(embedded.attachedTo)}\n`);
    url = embedded.urlFor('linli');
  }
  try {
    await ensureDatabase(url);
    const orm = await initOrm(url);
    try {
      await migrate(orm);
      const em = systemFork(orm);
      if (await em.count(User, { username })) {
        process.stderr.write(`a user named ${username} already exists\n`);
        return 1;
      }
      em.create(User, { username, displayName, role: 'PLATFORM_ADMIN', passwordHash: await hashPassword(password) });
      await em.flush();
      process.stdout.write(`created platform admin ${username}\n`);
      return 0;
    } finally {
      await orm.close(true);
    }
  } finally {
    await embedded?.stop();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
