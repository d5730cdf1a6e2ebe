import { readPathCounts, setReadCompiler } from '../../../src/common/crud/compile/compiled-read';
import {
  ServiceClassesCursorsUnorderedDocument,
  ServiceClassesKeysetPageByPrefixDocument,
  ServiceClassesKeysetPageDocument,
} from '../../generated/operations';
import { create, sampleInput } from '../../support/fixtures';
import { useWorld } from '../../support/use-app';

/**
 * Connections page with keyset cursors (crud/keyset.ts): a row inserted before the cursor does not shift
 * the next page (an offset cursor repeated a row), old offset cursors are still accepted, and a forged or
 * malformed cursor is BAD_USER_INPUT. Both read paths give the same pages and the same cursors.
 */
const { app, world } = useWorld();

const page = async (after: string | null) =>
  (await app.ok(ServiceClassesKeysetPageDocument, { after })).serviceClassesConnection;
const cls = (name: string) => create(app, 'ServiceClass', { ...sampleInput('ServiceClass', world), name });

afterAll(() => setReadCompiler(true));

describe('keyset cursors', () => {
  it.each([
    ['compiled', true],
    ['entity', false],
  ])('%s path: a row inserted before the cursor does not shift the next page', async (_path, compiled) => {
    setReadCompiler(compiled);
    const prefix = compiled ? '甲' : '乙';
    for (const n of ['5', '6', '7', '8', '9']) await cls(`${prefix}${n}号班`);
    const first = (await app.ok(ServiceClassesKeysetPageByPrefixDocument, { after: null, prefix }))
      .serviceClassesConnection;
    expect(first.edges.map((e) => e.node.name)).toEqual([`${prefix}5号班`, `${prefix}6号班`, `${prefix}7号班`]);
    await cls(`${prefix}1号班`); // sorts before everything seen
    const second = (await app.ok(ServiceClassesKeysetPageByPrefixDocument, { after: first.pageInfo.endCursor, prefix }))
      .serviceClassesConnection;
    expect(second.edges.map((e) => e.node.name)).toEqual([`${prefix}8号班`, `${prefix}9号班`]);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('both paths answer the same pages with the same cursors; offset cursors still work', async () => {
    setReadCompiler(true);
    const before = readPathCounts.compiled;
    const compiled = await page(null);
    expect(readPathCounts.compiled).toBe(before + 1); // one statement: rows and cursors
    const next = await page(compiled.pageInfo.endCursor);
    setReadCompiler(false);
    expect(await page(null)).toEqual(compiled);
    expect(await page(compiled.pageInfo.endCursor)).toEqual(next);
    setReadCompiler(true);
    // An offset cursor of the old form: the row at position 2 was the last one seen.
    const old = Buffer.from('o:2').toString('base64url');
    expect((await page(old)).edges.map((e) => e.node.id)).toEqual(next.edges.map((e) => e.node.id));
  });

  it('a forged or malformed cursor is BAD_USER_INPUT', async () => {
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const after of ['nope', forged('k:[1]'), forged('k:{"a":1}'), forged('k:[[1],"x"]'), forged('k:not json')]) {
      const r = await app.gql(ServiceClassesKeysetPageDocument, { after });
      expect([after, r.errors?.[0]?.extensions?.code]).toEqual([after, 'BAD_USER_INPUT']);
    }
    // Right shape, wrong type for the column: the database refuses the value.
    const r = await app.gql(ServiceClassesCursorsUnorderedDocument, {
      after: forged('k:["not a date","00000000-0000-4000-8000-000000000000"]'),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
