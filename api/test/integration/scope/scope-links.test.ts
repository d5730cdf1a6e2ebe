import {
  PartnerReadsBeneficiaryDocument,
  ScopeCreatesBeneficiaryDocument,
  StaffCreatesSocialGroupDocument,
  StaffDeletesSocialGroupDocument,
  StaffFormsPartnershipDocument,
  StaffListsSocialGroupsDocument,
  StaffRestoresSocialGroupDocument,
  StaffUpdatesSocialGroupDocument,
  type BeneficiaryCreateInput,
} from '../../generated/operations';
import { sampleInput } from '../../support/fixtures';
import {
  crudMutationCases,
  Findings,
  loadPermissions,
  runMutationCases,
  type Client,
  type MutationCase,
} from '../../support/scope-matrix';
import { loadApiModel, type ApiModel } from '../../support/scope-schema';
import { changedTables, difference, digest, visibleIds } from '../../support/scope-truth';
import { buildPartnerWorld, groupSample, type PartnerWorld } from '../../support/scope-world';
import { useTestApp } from '../../support/use-app';

/**
 * Scope on writes, for organization staff: every foreign key of every create and update input may point
 * only at a record the writer may link, not merely one that exists. Records outside the subtree answer
 * like missing ones; social groups of the shared directory that have no active partnership with the
 * writer's organization (or one above or below it) are refused by name; entries of the directory are
 * changed only by the organization that manages them.
 *
 * The staff member is street B's: its street partners group B; groups A and C are readable (the
 * directory is shared) but not linkable.
 */
let world: PartnerWorld;
let model: ApiModel;
let staff: Client;
let streetPath: string;
const LINK_REFUSED = '该社会组织与本单位没有合作关系，不能关联';
const WRITE_REFUSED = '该社会组织由其他单位管理，不能修改';

/** Social groups the SQL says street B may link: an active, live partnership on its path or below it. */
async function linkableGroups(path: string): Promise<Set<string>> {
  const rows = await app.sql<{ id: string }>(
    `select distinct p.social_group_id::text as id
       from partnership p join organization o on o.id = p.organization_id
      where p.deleted_at is null and p.status = 'ACTIVE'
        and ($1 like o.path || '%' or o.path like $1 || '%')`,
    [path],
  );
  return new Set(rows.map((r) => r.id));
}

const { app } = useTestApp();
beforeAll(async () => {
  world = await buildPartnerWorld(app);
  model = await loadApiModel(app);
  const B = world.groups.B;
  staff = app.as(await app.signIn({ username: 'street-b-links', role: 'ORG_STAFF', organizationId: B.street }));
  [{ path: streetPath }] = await app.sql<{ path: string }>('select path from organization where id = $1', [B.street]);
}, 60_000);

describe('organization staff link only what they may link', () => {
  it('the world: group B is linkable for street B, A and C are readable but not linkable', async () => {
    const linkable = await linkableGroups(streetPath);
    expect(linkable).toEqual(new Set([world.groups.B.group]));
    const seen = await staff.ok(StaffListsSocialGroupsDocument);
    const ids = new Set(seen.socialGroups.map((g) => g.id));
    for (const k of ['A', 'B', 'C'] as const) expect(ids.has(world.groups[k].group)).toBe(true);
  });

  it('every foreign key of every create and update input: out of reach → missing, unlinked group → refused by name; nothing written', async () => {
    const B = world.groups.B;
    const own = await visibleIds(app, { orgPath: streetPath });
    const all = await visibleIds(app, { all: true });
    const linkable = await linkableGroups(streetPath);
    // What street B may not point at: rows outside its subtree, and groups it has no partnership with.
    const foreign = difference(all, own);
    foreign.set('SocialGroup', [...all.get('SocialGroup')!].filter((id) => !linkable.has(id)).sort());
    // The directory entries it may change: the one it adds itself below (none of the world's are its own).
    const mine = await staff.ok(StaffCreatesSocialGroupDocument, {
      data: { name: '乙街道自建社工站', kind: 'VOLUNTEER_TEAM', registrationStatus: 'UNREGISTERED' },
    });
    own.set('SocialGroup', new Set([mine.createSocialGroup.id]));
    // The samples' organizations are its own street: the city is out of its reach.
    const sample = await groupSample(app, world, 'B', B.street);
    const cases = crudMutationCases(model, foreign, own, sample, {}, await loadPermissions(staff));
    // A group of the directory is readable: refusing it by name tells nothing new, so it is not compared
    // with a missing id. Changing another organization's directory entry is FORBIDDEN for the same reason.
    const readable: MutationCase[] = [];
    const hidden: MutationCase[] = [];
    // A partnership may name any group of the directory (that is how a group becomes linkable): those
    // cases succeed and are tested on their own below.
    const allowed = cases.filter((c) =>
      /^(create|update)Partnerships?\(.*socialGroupId: foreign SocialGroup/.test(c.label),
    );
    expect(allowed.length).toBeGreaterThan(0);
    for (const c of cases.filter((x) => !allowed.includes(x))) {
      const ref = /\w+: foreign SocialGroup/.exec(c.label);
      const writesGroup = /^(update|delete|restore)SocialGroups?\(/.test(c.label);
      if (ref && c.expect?.fieldErrors) {
        const key = Object.keys(c.expect.fieldErrors)[0];
        readable.push({ ...c, expect: { code: 'BAD_USER_INPUT', fieldErrors: { [key]: LINK_REFUSED } } });
      } else if (writesGroup && !/own id/.test(c.label)) {
        readable.push({ ...c, expect: { code: 'FORBIDDEN' } });
      } else hidden.push(c);
    }
    const refLabels = readable.map((c) => c.label).filter((l) => l.includes('foreign SocialGroup'));
    // Every input that names a social group: projects (operator), project partners, people (registrar),
    // service records (provider), for create, bulk create and update; the partnership itself may name any group.
    for (const key of ['operatorId', 'socialGroupId', 'registeredByGroupId']) {
      expect([key, refLabels.some((l) => l.includes(`${key}: foreign`))]).toEqual([key, true]);
    }
    expect(readable.length).toBeGreaterThan(15);
    expect(hidden.length).toBeGreaterThan(100);

    const before = await digest(app);
    const out = new Findings();
    await runMutationCases(staff, hidden, out, 'street B staff');
    await runMutationCases(staff, readable, out, 'street B staff', { compareWithGhost: false });
    expect(out.failures).toEqual([]);
    expect(changedTables(before, await digest(app))).toEqual([]);
  });

  it('hands its people to a group only once the group partners with it: the partner then sees them', async () => {
    const A = world.groups.A;
    const person = (i: number) => ({
      ...sampleInput('Beneficiary', { district: world.groups.B.street }),
      name: `链接测试${i}`,
    });
    const refused = await staff.gql(ScopeCreatesBeneficiaryDocument, {
      data: { ...person(1), registeredByGroupId: A.group } as BeneficiaryCreateInput,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { registeredByGroupId: LINK_REFUSED },
    });
    expect(await app.sql(`select 1 from beneficiary where name = '链接测试1'`)).toEqual([]);
    // Forming the partnership names any group of the directory; after it, the link is allowed.
    await staff.ok(StaffFormsPartnershipDocument, {
      data: { organizationId: world.groups.B.street, socialGroupId: A.group, kind: 'GUIDANCE', since: '2026-01-01' },
    });
    const made = await staff.ok(ScopeCreatesBeneficiaryDocument, {
      data: { ...person(2), registeredByGroupId: A.group } as BeneficiaryCreateInput,
    });
    const partnerA = app.as(await app.signIn({ username: 'links-partner-a', role: 'PARTNER', socialGroupId: A.group }));
    const seen = await partnerA.ok(PartnerReadsBeneficiaryDocument, { id: made.createBeneficiary.id });
    expect(seen.beneficiary?.id).toBe(made.createBeneficiary.id);
  });
});

describe('the shared directory of social groups has owners', () => {
  const UPDATE = StaffUpdatesSocialGroupDocument;

  it('staff cannot rename, delete or restore a group another organization manages; nothing changes', async () => {
    const other = world.groups.C.group;
    const before = await digest(app);
    const answers = [
      await staff.gql(UPDATE, { id: other, data: { name: '改名' } }),
      await staff.gql(StaffDeletesSocialGroupDocument, { id: other }),
      await staff.gql(StaffRestoresSocialGroupDocument, { id: other }),
    ];
    for (const res of answers) {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toBe(WRITE_REFUSED);
    }
    expect(changedTables(before, await digest(app))).toEqual([]);
  });

  it('a group staff add is theirs (managed by their organization) to change; not one they hand to another subtree', async () => {
    const res = await staff.ok(StaffCreatesSocialGroupDocument, {
      data: { name: '乙街道志愿服务队', kind: 'VOLUNTEER_TEAM', registrationStatus: 'UNREGISTERED' },
    });
    expect(res.createSocialGroup.managedById).toBe(world.groups.B.street);
    const renamed = await staff.ok(UPDATE, {
      id: res.createSocialGroup.id,
      data: { name: '乙街道志愿服务队（更名）' },
    });
    expect(renamed.updateSocialGroup.name).toBe('乙街道志愿服务队（更名）');
    const handed = await staff.gql(UPDATE, {
      id: res.createSocialGroup.id,
      data: { managedById: world.groups.A.street },
    });
    expect(handed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { managedById: '关联记录不存在' },
    });
    // The district above street B manages it too.
    const districtStaff = app.as(
      await app.signIn({ username: 'links-district', role: 'ORG_STAFF', organizationId: world.district }),
    );
    await districtStaff.ok(UPDATE, { id: res.createSocialGroup.id, data: { volunteers: 12 } });
  });
});
