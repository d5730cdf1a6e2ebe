import { defineResource, f } from '../../common/define-resource';
import { Partnership } from './partnership.entity';
import { partnershipDatesRule } from './partnership-expiry';

export const partnershipResource = defineResource({
  name: 'Partnership',
  entity: Partnership,
  single: 'partnership',
  plural: 'partnerships',
  title: ['organization.name', 'socialGroup.name'],
  label: ['合作关系', 'Partnership'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['note'],
  defaultOrder: { since: 'DESC' },
  validate: partnershipDatesRule,
  fields: {
    organizationId: f.field('组织', 'Organization', { filter: true }),
    socialGroupId: f.field('社会组织', 'Social organization', { filter: true, link: 'visible' }),
    kind: f.field('合作方式', 'Kind', { filter: true, sort: true }),
    since: f.field('开始日期', 'Since', { filter: true, sort: true }),
    until: f.field('结束日期', 'Until', { filter: true, sort: true, description: 'On or after the start date' }),
    discountBp: f.bp('服务优惠比例', 'Discount', { description: 'Basis points, 10000 = 100%' }),
    status: f.field('状态', 'Status', { filter: true, sort: true }),
    note: f.field('备注', 'Note'),
  },
});
