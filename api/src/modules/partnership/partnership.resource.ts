import { defineResource, f } from '../../common/resource';
import { Partnership } from './partnership.entity';
import { PartnershipKind, PartnershipStatus } from './partnership.enums';
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
    organizationId: f.ref('Organization', 'organization', '组织', 'Organization', { required: true, filter: true }),
    socialGroupId: f.ref('SocialGroup', 'socialGroup', '社会组织', 'Social organization', {
      required: true,
      filter: true,
      link: 'visible', // a partnership is how a group becomes linkable: any group of the directory
    }),
    kind: f.enum(PartnershipKind, 'PartnershipKind', '合作方式', 'Kind', { required: true, filter: true, sort: true }),
    since: f.date('开始日期', 'Since', { required: true, filter: true, sort: true }),
    until: f.date('结束日期', 'Until', { filter: true, sort: true, description: 'On or after the start date' }),
    discountBp: f.bp('服务优惠比例', 'Discount', { description: 'Basis points, 10000 = 100%' }),
    status: f.enum(PartnershipStatus, 'PartnershipStatus', '状态', 'Status', { filter: true, sort: true }),
    note: f.string('备注', 'Note', { maxLength: 500 }),
  },
});
