import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from '@mikro-orm/migrations';
import { MIGRATIONS_DIR } from './migrations-index';

/**
 * A landed migration is never edited or deleted (issue 19): `landed.json` beside the migrations records,
 * per migration, a hash of the statements it emits (up and down, so reformatting the file changes nothing).
 * `npm run migration:record` adds the migrations not yet recorded (run it once a new migration is final,
 * before it lands); `migration:check` fails when a recorded migration is gone or emits other statements, or
 * one is not recorded.
 */
export const landedFile = (): string => path.join(MIGRATIONS_DIR, 'landed.json');

type MigrationClass = new (driver: never, config: never) => Migration;

/** The statements a migration emits; its up() and down() only collect SQL, so no database is needed. */
export async function migrationHash(cls: MigrationClass): Promise<string> {
  const emitted: unknown[] = [];
  for (const direction of ['up', 'down'] as const) {
    const m = new cls({} as never, {} as never);
    await m[direction]();
    emitted.push(m.getQueries());
  }
  return createHash('sha256').update(JSON.stringify(emitted)).digest('hex');
}

export const readLanded = (): Record<string, string> =>
  fs.existsSync(landedFile()) ? (JSON.parse(fs.readFileSync(landedFile(), 'utf8')) as Record<string, string>) : {};

/** Records the migrations not recorded yet; returns their names. Recorded ones are left as they are. */
export async function recordLanded(list: { name: string; class: MigrationClass }[]): Promise<string[]> {
  const landed = readLanded();
  const added: string[] = [];
  for (const m of list)
    if (!landed[m.name]) {
      landed[m.name] = await migrationHash(m.class);
      added.push(m.name);
    }
  if (added.length) fs.writeFileSync(landedFile(), `${JSON.stringify(landed, null, 2)}\n`);
  return added;
}

/** What `migration:check` reports about landed migrations: deleted, or edited since they landed. */
export async function checkLanded(list: { name: string; class: MigrationClass }[]): Promise<string[]> {
  const landed = readLanded();
  const byName = new Map(list.map((m) => [m.name, m.class]));
  const problems: string[] = [];
  for (const [name, hash] of Object.entries(landed)) {
    const cls = byName.get(name);
    if (!cls) problems.push(`${name}: landed, then deleted`);
    else if ((await migrationHash(cls)) !== hash) problems.push(`${name}: landed, then edited (it emits other SQL)`);
  }
  for (const m of list)
    if (!landed[m.name]) problems.push(`${m.name}: not recorded in landed.json; run npm run migration:record`);
  return problems;
}
