import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
import { maskMobile } from '../../common/validators';
import { beneficiaryBeforeWrite } from './beneficiary-pii';
import { Beneficiary } from './beneficiary.entity';

/**
 * A registered ID number the caller cannot use: the same words whether the person is on record in the
 * caller's scope or elsewhere, here and in the roster import, so neither tells where a number is registered.
 */
export const ID_NUMBER_CLASH = '该身份证号已有登记，且与本行信息不符或不在本单位的权限内；请核对，或联系登记单位';

export const beneficiaryResource = defineResource({
  name: 'Beneficiary',
  entity: Beneficiary,
  single: 'beneficiary',
  plural: 'beneficiaries',
  label: ['服务对象', 'Beneficiary'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  search: ['name', 'employer'],
  defaultOrder: { name: 'ASC' },
  beforeWrite: beneficiaryBeforeWrite,
  fields: {
    name: f.field('姓名', 'Name', { filter: true, sort: true, personal: true }),
    gender: f.field('性别', 'Gender', { filter: true, sort: true }),
    birthDate: f.field('出生日期', 'Birth date', { filter: true, sort: true, format: 'pastDate', personal: true }),
    // No column of this name: the write hook (beforeWrite) stores it encrypted, hashed and as its last four characters.
    idNumber: f.field('身份证号', 'ID number', {
      kind: 'string',
      format: 'idNumber',
      duplicate: ID_NUMBER_CLASH,
      personal: true,
      maxLength: 18,
      description: 'Masked on output (only the last four characters are shown); stored encrypted',
      reads: ['idNumberLast4'],
      output: (b: Beneficiary) => (b.idNumberLast4 ? `${'*'.repeat(14)}${b.idNumberLast4}` : null),
    }),
    phone: f.field('手机号码', 'Mobile phone', {
      format: 'mobile',
      personal: true,
      description: 'Masked on output (138****1234)',
      reads: ['phone'],
      output: (b: Beneficiary) => (b.phone ? maskMobile(b.phone) : null),
    }),
    categories: f.field('人员类别', 'Categories', { filter: true }),
    employer: f.field('工作单位', 'Employer', { filter: true, personal: true }),
    unionOrganizationId: f.field('工会关系所在', 'Union organization', { filter: true }),
    homeCommunityId: f.field('所在社区', 'Home community', { filter: true }),
    registeredById: f.field('登记单位', 'Registered by', {
      filter: true,
      description: "The organization whose subtree this person's record belongs to",
    }),
    registeredByGroupId: f.field('登记社会组织', 'Registered by (social group)', {
      filter: true,
      description: 'Set for people a partner social organization registered',
    }),
    notes: f.field('备注', 'Notes', { personal: true }),
  },
  toMany: {
    enrollments: { label: ['报名', 'Enrollments'] },
    guardians: { label: ['监护人', 'Guardians'] },
    wards: { label: ['被监护人', 'Wards'] },
    consents: { label: ['知情同意', 'Consents'] },
    serviceRecords: { label: ['服务记录', 'Service records'] },
  },
});
