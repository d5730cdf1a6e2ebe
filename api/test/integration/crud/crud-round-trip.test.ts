import { ApprovalStepsOfProjectDocument } from '../../generated/operations';
import { useWorld } from '../../support/use-app';
import { create, sampleIdNumber, sampleInput, SINGLE, type World } from '../../support/fixtures';

const { app, world } = useWorld();

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
const TABLE: Record<string, string> = { User: 'app_user', ServiceClass: 'service_class' };
const tableOf = (resource: string) => TABLE[resource] ?? snake(resource).slice(1);

/** A world for one more row of `resource`, with fresh parents where a unique rule would refuse a second row. */
async function worldFor(resource: string): Promise<Partial<World>> {
  switch (resource) {
    case 'SubsidyPolicy':
      return { ...world, project: await create(app, 'ServiceProject', sampleInput('ServiceProject', world)) };
    case 'Guardianship':
    case 'Enrollment': {
      const child = await create(app, 'Beneficiary', {
        ...sampleInput('Beneficiary', world),
        birthDate: '2017-02-01',
        idNumber: sampleIdNumber(Math.floor(Math.random() * 400) + 200, '2017-02-01'),
        phone: null,
      });
      await create(app, 'Consent', { ...sampleInput('Consent', { ...world, child }) });
      // `enroll` takes an applicant only if they are the child's guardian.
      if (resource === 'Enrollment') {
        await create(app, 'Guardianship', sampleInput('Guardianship', { ...world, child }));
      }
      return { ...world, child };
    }
    case 'Attendance':
      return { ...world, session: await create(app, 'ClassSession', sampleInput('ClassSession', world)) };
    default:
      return world;
  }
}

/** The value a field should read back as, given what was written. */
function expected(key: string, value: unknown): unknown {
  if (key === 'idNumber') return `**************${String(value).slice(-4)}`;
  if (key === 'phone' && value) return `${String(value).slice(0, 3)}****${String(value).slice(-4)}`;
  return value;
}

const CHANGE: Record<string, [string, unknown]> = {
  ProjectPartner: ['note', '派出所护学岗'],
  Consent: ['noticeVersion', 'v2'],
  Attendance: ['status', 'LATE'],
};

/** The field to change in the update step and its new value. */
function change(resource: string, data: Record<string, unknown>): [string, unknown] {
  if (CHANGE[resource]) return CHANGE[resource];
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === 'string' && !k.endsWith('Id') && /[\u4e00-\u9fa5]/.test(v)) return [k, `${v}（改）`];
  }
  for (const [k, v] of Object.entries(data)) if (typeof v === 'number' && k !== 'rateBp') return [k, v + 1];
  for (const [k, v] of Object.entries(data)) if (typeof v === 'boolean') return [k, !v];
  throw new Error('nothing to change');
}

describe.each(Object.keys(SINGLE))('%s: create, read, update, delete, restore through GraphQL', (resource) => {
  it('round-trips and keeps the database in step', async () => {
    const w = await worldFor(resource);
    const data = sampleInput(resource, w);
    const single = SINGLE[resource];
    const fields = Object.keys(data).join(' ');

    // create → read back every written field
    const id = await create(app, resource, data);
    const read = await app.ok<Record<string, Record<string, unknown>>>(
      `query ($id: ID!) { r: ${single}(id: $id) { id version ${fields} } }`,
      { id },
    );
    expect(read.r.version).toBe(1);
    for (const [k, v] of Object.entries(data)) expect([k, read.r[k]]).toEqual([k, expected(k, v)]);

    // update with the current version → version 2, the row changed in the database
    const [key, value] = change(resource, data);
    const updated = await app.ok<Record<string, Record<string, unknown>>>(
      `mutation ($id: ID!, $data: ${resource}UpdateInput!) { r: update${resource}(id: $id, data: $data, expectedVersion: 1) { version ${key} } }`,
      { id, data: { [key]: value } },
    );
    expect(updated.r).toEqual({ version: 2, [key]: value });
    const [row] = await app.sql<Record<string, unknown>>(`select * from ${tableOf(resource)} where id = $1`, [id]);
    expect(row.version).toBe(2);
    expect(row[snake(key)]).toEqual(value);

    // soft delete → invisible, still in the table
    await app.ok(`mutation ($id: ID!) { delete${resource}(id: $id) { id } }`, { id });
    const gone = await app.ok<Record<string, unknown>>(`query ($id: ID!) { r: ${single}(id: $id) { id } }`, { id });
    expect(gone.r).toBeNull();
    const [deleted] = await app.sql<{ deleted_at: Date | null }>(
      `select deleted_at from ${tableOf(resource)} where id = $1`,
      [id],
    );
    expect(deleted.deleted_at).toBeInstanceOf(Date);

    // restore → visible again
    await app.ok(`mutation ($id: ID!) { restore${resource}(id: $id) { id } }`, { id });
    const back = await app.ok<Record<string, { id: string } | null>>(
      `query ($id: ID!) { r: ${single}(id: $id) { id } }`,
      { id },
    );
    expect(back.r?.id).toBe(id);
    const [restored] = await app.sql<{ deleted_at: Date | null }>(
      `select deleted_at from ${tableOf(resource)} where id = $1`,
      [id],
    );
    expect(restored.deleted_at).toBeNull();
  });
});

describe('read-only resources are listed but cannot be written', () => {
  it('exposes approval steps, API keys and audit events without create/update/delete mutations', async () => {
    for (const name of ['ApprovalStep', 'ApiKey', 'AuditEvent']) {
      const res = await app.gql(`mutation { create${name}(data: {}) { id } }`);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    await app.sql(
      `insert into approval_step (id, project_id, approver_organization_id, due_on) values ('0190a000-0000-7000-8000-0000000000a1', $1, $2, '2025-07-01')`,
      [world.project, world.city],
    );
    const res = await app.ok(ApprovalStepsOfProjectDocument, { p: world.project });
    expect(res.approvalSteps).toEqual([
      { id: '0190a000-0000-7000-8000-0000000000a1', decision: 'PENDING', projectId: world.project },
    ]);
  });
});
