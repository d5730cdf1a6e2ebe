import { migrationsList } from '../../src/db/migrations';
import { checkLanded, migrationHash, readLanded } from '../../src/db/migrations-landed';

/** A landed migration is never edited or deleted: landed.json holds the hash of what each one emits. */
describe('landed migrations', () => {
  it('are all recorded, each emitting what it emitted when it landed', async () => {
    expect(await checkLanded(migrationsList)).toEqual([]);
    expect(Object.keys(readLanded())).toEqual(migrationsList.map((m) => m.name));
  });

  it('tell an edited, a deleted and an unrecorded migration apart', async () => {
    const [first, second, ...others] = migrationsList;
    class Edited extends second.class {
      override async up(): Promise<void> {
        await super.up();
        this.addSql('select 1;');
      }
    }
    class Fresh extends first.class {}
    const list = [
      { name: second.name, class: Edited },
      ...others,
      { name: 'Migration29991231000000_new', class: Fresh },
    ];
    expect(await checkLanded(list)).toEqual([
      `${first.name}: landed, then deleted`,
      `${second.name}: landed, then edited (it emits other SQL)`,
      'Migration29991231000000_new: not recorded in landed.json; run npm run migration:record',
    ]);
  });

  it('hash what a migration emits, not how its file is written', async () => {
    const m = migrationsList[1];
    expect(await migrationHash(m.class)).toBe(readLanded()[m.name]);
    expect(await migrationHash(migrationsList[2].class)).not.toBe(readLanded()[m.name]);
  });
});
