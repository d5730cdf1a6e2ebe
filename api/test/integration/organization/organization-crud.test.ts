import {
  CreateOrganizationDocument,
  DeleteOrganizationDocument,
  MoveOrganizationDocument,
  OrganizationAndSiblingsVisibilityDocument,
  RenameOrganizationDocument,
  RestoreOrganizationDocument,
  SetOrganizationAddressDocument,
  SetOrganizationShortNameDocument,
  TwoOrganizationsByIdDocument,
  type OrganizationLevel,
} from '../../generated/operations';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp();

async function org(name: string, parentId: string | null, level: OrganizationLevel = 'DISTRICT') {
  const data = await app.ok(CreateOrganizationDocument, {
    data: { name, kind: 'UNION', level, parentId },
  });
  return data.createOrganization;
}

describe('organizations: tree, versions, validation, soft delete', () => {
  it('keeps the tree path in the database and moves a subtree with its node', async () => {
    const city = await org('昆明市总工会', null, 'CITY');
    const a = await org('西山区总工会', city.id);
    const b = await org('五华区总工会', city.id);
    const street = await org('福海街道总工会', a.id, 'STREET');
    expect(city.path).toBe(`/${city.id}/`);
    expect(street.path).toBe(`/${city.id}/${a.id}/${street.id}/`);

    // Move district A under B: A's street follows.
    await app.ok(MoveOrganizationDocument, { id: a.id, p: b.id });
    const [row] = await app.sql<{ path: string }>('select path from organization where id = $1', [street.id]);
    expect(row.path).toBe(`/${city.id}/${b.id}/${a.id}/${street.id}/`);
  });

  it('refuses a parent that is the node itself or one of its descendants, changing nothing', async () => {
    const top = await org('顶层', null, 'CITY');
    const mid = await org('中层', top.id);
    const low = await org('底层', mid.id, 'STREET');
    for (const parent of [top.id, low.id]) {
      const res = await app.gql(MoveOrganizationDocument, {
        id: parent === top.id ? top.id : mid.id,
        p: parent,
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions?.fieldErrors ?? {})).toEqual(['parentId']);
    }
    const rows = await app.sql<{ id: string; path: string; version: number }>(
      'select id, path, version from organization where id = any($1) order by path',
      [[top.id, mid.id, low.id]],
    );
    expect(rows.map((r) => r.path)).toEqual([top.path, mid.path, low.path]);
    expect(rows.every((r) => r.version === 1)).toBe(true);
  });

  it('answers a stale expectedVersion with CONFLICT and leaves the row unchanged', async () => {
    const o = await org('版本测试', null, 'CITY');
    const first = await app.ok(SetOrganizationShortNameDocument, { id: o.id, shortName: '新', v: o.version });
    expect(first.updateOrganization.version).toBe(o.version + 1);
    await app.ok(SetOrganizationAddressDocument, { id: o.id, address: 'X' });
    const stale = await app.gql(SetOrganizationShortNameDocument, { id: o.id, shortName: '旧', v: o.version + 1 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await app.sql<{ short_name: string; version: number }>(
      'select short_name, version from organization where id = $1',
      [o.id],
    );
    expect(row).toEqual({ short_name: '新', version: o.version + 2 });
  });

  it('rejects invalid input with field errors and writes nothing', async () => {
    const before = await app.sql<{ n: number }>('select count(*)::int as n from organization');
    const res = await app.gql(CreateOrganizationDocument, {
      data: { name: '  ', kind: 'UNION', level: 'CITY', creditCode: '91350100M000100Y4Z', regionCode: '990000' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual([
      'creditCode',
      'name',
      'regionCode',
    ]);
    const missingParent = await app.gql(CreateOrganizationDocument, {
      data: { name: '无上级', kind: 'UNION', level: 'CITY', parentId: '0190a000-0000-7000-8000-000000000000' },
    });
    expect(missingParent.errors?.[0].extensions?.fieldErrors).toEqual({ parentId: '关联记录不存在' });
    const after = await app.sql<{ n: number }>('select count(*)::int as n from organization');
    expect(after[0].n).toBe(before[0].n);
  });

  it('hides soft-deleted rows from lists, counts, relations and look-ups; restore brings them back', async () => {
    const parent = await org('软删除上级', null, 'CITY');
    const child = await org('软删除下级', parent.id);
    // A parent with live children cannot be deleted.
    const refused = await app.gql(DeleteOrganizationDocument, { id: parent.id });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');

    await app.ok(DeleteOrganizationDocument, { id: child.id });
    const hidden = await app.ok(OrganizationAndSiblingsVisibilityDocument, { id: child.id, p: parent.id });
    expect(hidden).toEqual({
      organization: null,
      organizations: [],
      organizationsCount: 0,
      parent: { children: [], childrenCount: 0 },
    });
    const [row] = await app.sql<{ deleted_at: Date | null }>('select deleted_at from organization where id = $1', [
      child.id,
    ]);
    expect(row.deleted_at).not.toBeNull();

    await app.ok(RestoreOrganizationDocument, { id: child.id });
    const back = await app.ok(OrganizationAndSiblingsVisibilityDocument, { id: child.id, p: parent.id });
    expect(back).toEqual({
      organization: { id: child.id },
      organizations: [{ id: child.id }],
      organizationsCount: 1,
      parent: { children: [{ id: child.id }], childrenCount: 1 },
    });
  });

  it('answers an unknown or malformed id as not found', async () => {
    const res = await app.ok(TwoOrganizationsByIdDocument, { a: 'nope', b: '0190a000-0000-7000-8000-000000000000' });
    expect(res).toEqual({ a: null, b: null });
    const upd = await app.gql(RenameOrganizationDocument, { id: 'nope', name: 'x' });
    expect(upd.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
