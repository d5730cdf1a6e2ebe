import {
  CreateBeneficiaryWithMaskedPiiDocument,
  CreateOrganizationsInBulkDocument,
  CreateServiceClassReturningIdDocument,
  CreateSocialGroupReturningIdDocument,
  CreateSubsidyPolicyReturningIdDocument,
  OrganizationsDefaultAndTooLargeTakeDocument,
  OrganizationsDefaultTakeDocument,
  type BeneficiaryCreateInput,
  type OrganizationCreateInput,
} from '../../generated/operations';
import { useWorld } from '../../support/use-app';
import { sampleIdNumber, sampleInput } from '../../support/fixtures';
import type { Doc } from '../../support/test-app';

const { app, world } = useWorld();

const CREATE_PERSON = CreateBeneficiaryWithMaskedPiiDocument;
const count = async (table: string) => (await app.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

/**
 * Sends a create that must fail and returns its field errors, checking that nothing was written. The
 * variables are sampleInput's untyped records, some deliberately wrong: they go out as they are.
 */
async function refused<T, V>(table: string, query: Doc<T, V>, variables: Record<string, unknown>) {
  const before = await count(table);
  const res = await app.gql(query, variables as V);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await count(table)).toBe(before);
  return res.errors?.[0].extensions?.fieldErrors ?? {};
}

describe('input validation: BAD_USER_INPUT with field errors, nothing written', () => {
  const person = (over: Record<string, unknown>) => ({
    data: { ...sampleInput('Beneficiary', world), ...over } as BeneficiaryCreateInput,
  });

  it('checks ID numbers by their GB 11643 checksum, date and region', async () => {
    const valid = sampleIdNumber(901);
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    expect(await refused('beneficiary', CREATE_PERSON, person({ idNumber: wrongCheck }))).toEqual({
      idNumber: '身份证号校验位错误',
    });
    expect(
      Object.keys(await refused('beneficiary', CREATE_PERSON, person({ idNumber: '110105194902310021' }))),
    ).toEqual(['idNumber']);
    expect(Object.keys(await refused('beneficiary', CREATE_PERSON, person({ idNumber: '12345' })))).toEqual([
      'idNumber',
    ]);
  });

  it('requires the birth date and gender to agree with the ID number', async () => {
    const id = sampleIdNumber(902, '1990-01-02');
    expect(await refused('beneficiary', CREATE_PERSON, person({ idNumber: id, birthDate: '1990-01-03' }))).toEqual({
      birthDate: '出生日期与身份证号不一致',
    });
    expect(
      await refused('beneficiary', CREATE_PERSON, person({ idNumber: id, birthDate: '1990-01-02', gender: 'FEMALE' })),
    ).toEqual({
      gender: '性别与身份证号不一致',
    });
  });

  it('rejects impossible dates, births in the future and bad mobile numbers', async () => {
    expect(await refused('beneficiary', CREATE_PERSON, person({ birthDate: '2019-02-31', idNumber: null }))).toEqual({
      birthDate: '格式不正确',
    });
    expect(
      Object.keys(await refused('beneficiary', CREATE_PERSON, person({ birthDate: '2999-01-01', idNumber: null }))),
    ).toEqual(['birthDate']);
    expect(Object.keys(await refused('beneficiary', CREATE_PERSON, person({ phone: '12012345678' })))).toEqual([
      'phone',
    ]);
  });

  it('checks unified social credit codes (GB 32100) of social groups', async () => {
    const data = sampleInput('SocialGroup', world);
    const code = String(data.creditCode);
    const bad = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const errors = await refused('social_group', CreateSocialGroupReturningIdDocument, {
      data: { ...data, creditCode: bad },
    });
    expect(Object.keys(errors)).toEqual(['creditCode']);
  });

  it('maps a violated database rule to the field it concerns', async () => {
    const errors = await refused('subsidy_policy', CreateSubsidyPolicyReturningIdDocument, {
      data: { projectId: world.project, rateBp: 6000 },
    });
    expect(errors).toEqual({ rateBp: '不能大于 5000' });
    // Past the input validation, the database itself refuses a class whose day ends before it starts.
    const cls = sampleInput('ServiceClass', world);
    const dbErrors = await refused('service_class', CreateServiceClassReturningIdDocument, {
      data: { ...cls, dailyStart: '18:00:00', dailyEnd: '08:00:00' },
    });
    expect(Object.keys(dbErrors)).toEqual(['dailyEnd']);
  });

  it('stores ID numbers encrypted with a keyed hash, answers them masked, and refuses duplicates', async () => {
    const id = sampleIdNumber(903);
    const res = await app.ok(CREATE_PERSON, person({ idNumber: id, phone: '13812341234' }));
    expect(res.createBeneficiary.idNumber).toBe(`**************${id.slice(-4)}`);
    expect(res.createBeneficiary.phone).toBe('138****1234');
    const [row] = await app.sql<Record<string, string>>(
      'select id_number_cipher, id_number_hash, id_number_last4 from beneficiary where id = $1',
      [res.createBeneficiary.id],
    );
    expect(row.id_number_cipher).not.toContain(id.slice(0, 6));
    expect(app.pii.decrypt(row.id_number_cipher)).toBe(id);
    expect(row.id_number_hash).toBe(app.pii.hash(id));
    const dup = await app.gql(CREATE_PERSON, person({ idNumber: id.toLowerCase() }));
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The same words whether the person is in the caller's scope or not (no oracle), and no constraint name.
    expect(dup.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      fieldErrors: { idNumber: '该身份证号已有登记，且与本行信息不符或不在本单位的权限内；请核对，或联系登记单位' },
    });
  });

  it('creates in bulk all or nothing, naming the failing item', async () => {
    const before = await count('organization');
    const res = await app.gql(CreateOrganizationsInBulkDocument, {
      data: [
        { name: '批量一', kind: 'UNION', level: 'STREET', parentId: world.district },
        { name: '批量二', kind: 'UNION', level: 'STREET', parentId: world.district, creditCode: 'XYZ' },
      ],
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fieldErrors ?? {})).toEqual(['1.creditCode']);
    expect(await count('organization')).toBe(before);
  });

  it('defaults take to 25 and refuses more than 100 with the field named, cutting nothing silently', async () => {
    await app.ok(CreateOrganizationsInBulkDocument, {
      data: Array.from({ length: 110 }, (_, i): OrganizationCreateInput => ({
        name: `分页${i}`,
        kind: 'COMMUNITY',
        level: 'COMMUNITY',
        parentId: world.district,
      })),
    });
    const res = await app.gql(OrganizationsDefaultAndTooLargeTakeDocument);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ take: '须在 1 到 100 之间' });
    expect((await app.ok(OrganizationsDefaultTakeDocument)).organizations).toHaveLength(25);
  });
});
