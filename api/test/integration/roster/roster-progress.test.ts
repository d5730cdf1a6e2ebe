import { randomUUID } from 'node:crypto';
import {
  ImportRosterWithProgressDocument,
  RosterImportProgressDocument,
  type RosterImportProgressQuery,
} from '../../generated/operations';
import { create, sampleIdNumber, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/**
 * Progress of a roster import: the client names a key, polls `workProgress(key)` while the mutation runs and
 * sees the phases in order, then DONE (committed) or FAILED (rolled back); nobody else can read it.
 */
const { app, world } = useWorld();

type Progress = RosterImportProgressQuery['workProgress'];
const ORDER = ['CHECKING', 'REGISTERING', 'ENROLLING', 'COMMITTING', 'DONE'];

let seq = 0;
const child = (over: Record<string, unknown> = {}) => {
  const i = ++seq;
  return {
    name: `进度儿童${i}`,
    idNumber: sampleIdNumber(i % 400, `2015-0${1 + (Math.floor(i / 400) % 9)}-11`),
    guardianName: `进度家长${i}`,
    guardianPhone: `137${String(10000000 + i).slice(-8)}`,
    guardianRelation: '父亲',
    guardianConsent: true,
    ...over,
  };
};
const newClass = () => create(app, 'ServiceClass', { ...sampleInput('ServiceClass', world), capacity: 1000 });
const progressOf = async (k: string, client: Pick<typeof app, 'ok'> = app) =>
  (await client.ok(RosterImportProgressDocument, { k })).workProgress;

describe('roster import progress', () => {
  it('shows the phases in order while a commit runs, then DONE with 100 %', async () => {
    const cls = await newClass();
    const rows = Array.from({ length: 400 }, () => child());
    const k = randomUUID();
    let finished = false;
    const commit = app
      .gql(ImportRosterWithProgressDocument, { c: cls, rows, dry: false, k })
      .finally(() => (finished = true));
    const seen: NonNullable<Progress>[] = [];
    while (!finished) {
      const p = await progressOf(k);
      if (p && (!seen.length || seen[seen.length - 1].phase !== p.phase || seen[seen.length - 1].percent !== p.percent))
        seen.push(p);
      await new Promise((r) => setTimeout(r, 5));
    }
    const res = await commit;
    expect(res.errors).toBeUndefined();
    expect(await progressOf(k)).toEqual({ kind: 'importRoster', phase: 'DONE', percent: 100, rows: 400 });
    // What the poll saw while the work ran: phases never go back, nor does the percentage.
    const during = seen.filter((p) => p.phase !== 'DONE');
    expect(during.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) {
      expect(ORDER.indexOf(seen[i].phase)).toBeGreaterThanOrEqual(ORDER.indexOf(seen[i - 1].phase));
      expect(seen[i].percent).toBeGreaterThanOrEqual(seen[i - 1].percent);
    }
    expect(during.every((p) => p.percent < 100 && p.rows === 400)).toBe(true);
  });

  it('a commit that fails ends FAILED and writes nothing; a dry run ends DONE', async () => {
    const cls = await newClass();
    const k = randomUUID();
    const bad = await app.gql(ImportRosterWithProgressDocument, {
      c: cls,
      rows: [child(), child({ guardianPhone: '12' })],
      dry: false,
      k,
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await progressOf(k))?.phase).toBe('FAILED');
    expect(await app.sql(`select 1 from enrollment where class_id = $1`, [cls])).toHaveLength(0);
    const dry = randomUUID();
    expect(
      (await app.gql(ImportRosterWithProgressDocument, { c: cls, rows: [child()], dry: true, k: dry })).errors,
    ).toBeUndefined();
    expect(await progressOf(dry)).toMatchObject({ phase: 'DONE', percent: 100, rows: 1 });
  });

  it('only the caller reads its progress; a key is used once and must be a UUID', async () => {
    const cls = await newClass();
    const k = randomUUID();
    expect(
      (await app.gql(ImportRosterWithProgressDocument, { c: cls, rows: [child()], dry: true, k })).errors,
    ).toBeUndefined();
    const other = await app.signIn({ username: 'progress-other', role: 'ORG_STAFF', organizationId: world.district });
    expect(await progressOf(k, app.as(other))).toBeNull();
    expect(await progressOf(k, app.as(null))).toBeNull();
    expect(await progressOf(randomUUID())).toBeNull();
    const again = await app.gql(ImportRosterWithProgressDocument, { c: cls, rows: [child()], dry: true, k });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notUuid = await app.gql(ImportRosterWithProgressDocument, { c: cls, rows: [child()], dry: true, k: 'abc' });
    expect(notUuid.errors?.[0].extensions?.fieldErrors).toEqual({ progressKey: '进度标识须为 UUID' });
  });
});
