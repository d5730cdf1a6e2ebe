import { defineResource, f } from '../../common/resource';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from './social-group.entity';
import { RegistrationStatus, SocialGroupGrade, SocialGroupKind } from './social-group.enums';

export const socialGroupResource = defineResource({
  name: 'SocialGroup',
  entity: SocialGroup,
  single: 'socialGroup',
  plural: 'socialGroups',
  label: ['社会组织', 'Social organization'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['name', 'serviceArea', 'address', 'contactName', 'description'],
  defaultOrder: { name: 'ASC' },
  fields: {
    name: f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
    kind: f.enum(SocialGroupKind, 'SocialGroupKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
    registrationStatus: f.enum(RegistrationStatus, 'RegistrationStatus', '登记状态', 'Registration status', {
      required: true,
      filter: true,
      sort: true,
    }),
    creditCode: f.string('统一社会信用代码', 'Unified social credit code', {
      filter: true,
      format: 'creditCode',
      maxLength: 18,
      description: 'Required when the organization is registered',
    }),
    grade: f.enum(SocialGroupGrade, 'SocialGroupGrade', '评估等级', 'Evaluation grade', { filter: true, sort: true }),
    certifiedSocialWorkers: f.int('持证社工人数', 'Certified social workers', { min: 0, filter: true, sort: true }),
    volunteers: f.int('志愿者人数', 'Volunteers', { min: 0, filter: true, sort: true }),
    hasOwnUnion: f.boolean('已引导建会', 'Has its own union', { filter: true }),
    serviceArea: f.string('服务区域', 'Service area', { filter: true, maxLength: 200 }),
    address: f.string('地址', 'Address', { maxLength: 300 }),
    contactName: f.string('联系人', 'Contact', { maxLength: 50, personal: true }),
    contactPhone: f.string('联系电话', 'Contact phone', { maxLength: 20, personal: true }),
    description: f.text('简介', 'Description'),
    managedById: f.ref('Organization', 'managedBy', '管理单位', 'Managed by', {
      filter: true,
      description: 'Whose staff may change this entry; by default the creator’s organization',
    }),
  },
  // Staff who add a group to the directory keep it, unless they name another organization of their subtree.
  validate: async (tx, rows, ctx, mode) => {
    const org = ctx.principal?.organizationId;
    if (mode === 'create' && org) for (const row of rows) row.managedBy ??= tx.getReference(Organization, org);
  },
  toMany: {
    operatedProjects: { target: 'ServiceProject', inverse: 'operator', label: ['承办项目', 'Operated projects'] },
    partnerships: { target: 'Partnership', inverse: 'socialGroup', label: ['合作关系', 'Partnerships'] },
  },
});
