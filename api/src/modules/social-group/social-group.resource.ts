import { defineResource, f } from '../../common/define-resource';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from './social-group.entity';

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
    name: f.field('名称', 'Name', { filter: true, sort: true }),
    kind: f.field('类型', 'Kind', { filter: true, sort: true }),
    registrationStatus: f.field('登记状态', 'Registration status', { filter: true, sort: true }),
    creditCode: f.field('统一社会信用代码', 'Unified social credit code', {
      filter: true,
      format: 'creditCode',
      description: 'Required when the organization is registered',
    }),
    grade: f.field('评估等级', 'Evaluation grade', { filter: true, sort: true }),
    certifiedSocialWorkers: f.field('持证社工人数', 'Certified social workers', { filter: true, sort: true }),
    volunteers: f.field('志愿者人数', 'Volunteers', { filter: true, sort: true }),
    hasOwnUnion: f.field('已引导建会', 'Has its own union', { filter: true }),
    serviceArea: f.field('服务区域', 'Service area', { filter: true }),
    address: f.field('地址', 'Address'),
    contactName: f.field('联系人', 'Contact', { personal: true }),
    contactPhone: f.field('联系电话', 'Contact phone', { personal: true }),
    description: f.field('简介', 'Description'),
    managedById: f.field('管理单位', 'Managed by', {
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
    operatedProjects: { label: ['承办项目', 'Operated projects'] },
    partnerships: { label: ['合作关系', 'Partnerships'] },
  },
});
