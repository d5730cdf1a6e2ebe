import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/resource';
import { maskMobile } from '../../common/validators';
import { beneficiaryBeforeWrite } from './beneficiary-pii';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryCategory, Gender } from './beneficiary.enums';

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
    name: f.string('姓名', 'Name', { required: true, filter: true, sort: true, maxLength: 50, personal: true }),
    gender: f.enum(Gender, 'Gender', '性别', 'Gender', { required: true, filter: true, sort: true }),
    birthDate: f.date('出生日期', 'Birth date', { filter: true, sort: true, format: 'pastDate', personal: true }),
    // No column of this name: the write hook (beforeWrite) stores it encrypted, hashed and as its last four characters.
    idNumber: f.string('身份证号', 'ID number', {
      format: 'idNumber',
      duplicate: ID_NUMBER_CLASH,
      personal: true,
      maxLength: 18,
      description: 'Masked on output (only the last four characters are shown); stored encrypted',
      reads: ['idNumberLast4'],
      output: (b: Beneficiary) => (b.idNumberLast4 ? `${'*'.repeat(14)}${b.idNumberLast4}` : null),
    }),
    phone: f.string('手机号码', 'Mobile phone', {
      format: 'mobile',
      personal: true,
      maxLength: 20,
      description: 'Masked on output (138****1234)',
      reads: ['phone'],
      output: (b: Beneficiary) => (b.phone ? maskMobile(b.phone) : null),
    }),
    categories: f.enumList(BeneficiaryCategory, 'BeneficiaryCategory', '人员类别', 'Categories', { filter: true }),
    employer: f.string('工作单位', 'Employer', { filter: true, maxLength: 200, personal: true }),
    unionOrganizationId: f.ref('Organization', 'unionOrganization', '工会关系所在', 'Union organization', {
      filter: true,
    }),
    homeCommunityId: f.ref('Organization', 'homeCommunity', '所在社区', 'Home community', { filter: true }),
    registeredById: f.ref('Organization', 'registeredBy', '登记单位', 'Registered by', {
      required: true,
      filter: true,
      description: "The organization whose subtree this person's record belongs to",
    }),
    registeredByGroupId: f.ref('SocialGroup', 'registeredByGroup', '登记社会组织', 'Registered by (social group)', {
      filter: true,
      description: 'Set for people a partner social organization registered',
    }),
    notes: f.text('备注', 'Notes', { personal: true }),
  },
  toMany: {
    enrollments: { target: 'Enrollment', inverse: 'beneficiary', label: ['报名', 'Enrollments'] },
    guardians: { target: 'Guardianship', inverse: 'ward', label: ['监护人', 'Guardians'] },
    wards: { target: 'Guardianship', inverse: 'guardian', label: ['被监护人', 'Wards'] },
    consents: { target: 'Consent', inverse: 'beneficiary', label: ['知情同意', 'Consents'] },
    serviceRecords: { target: 'ServiceRecord', inverse: 'beneficiary', label: ['服务记录', 'Service records'] },
  },
});
