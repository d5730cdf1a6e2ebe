import { defineResource, f } from '../../common/resource';
import { Organization } from './organization.entity';
import { OrganizationKind, OrganizationLevel } from './organization.enums';

export const organizationResource = defineResource({
  name: 'Organization',
  entity: Organization,
  single: 'organization',
  plural: 'organizations',
  label: ['组织', 'Organization'],
  // Partners see the organizations they work with (names, links), not organization management.
  listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  search: ['name', 'shortName', 'address'],
  defaultOrder: { name: 'ASC' },
  refreshAfterWrite: true,
  fields: {
    name: f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
    shortName: f.string('简称', 'Short name', { filter: true, sort: true, maxLength: 100 }),
    kind: f.enum(OrganizationKind, 'OrganizationKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
    level: f.enum(OrganizationLevel, 'OrganizationLevel', '层级', 'Level', {
      required: true,
      filter: true,
      sort: true,
    }),
    parentId: f.ref('Organization', 'parent', '上级组织', 'Parent', { filter: true }),
    path: f.string('层级路径', 'Tree path', {
      readOnly: true,
      showAs: 'orgPath',
      filter: true,
      description: 'The ids from the root down to this node, `/rootId/…/id/`; kept by the database.',
    }),
    regionCode: f.string('行政区划代码', 'Region code', { filter: true, sort: true, format: 'regionCode' }),
    creditCode: f.string('统一社会信用代码', 'Unified social credit code', { filter: true, format: 'creditCode' }),
    address: f.string('地址', 'Address', { maxLength: 300 }),
    contactName: f.string('联系人', 'Contact', { maxLength: 50, personal: true }),
    contactPhone: f.string('联系电话', 'Contact phone', { maxLength: 20, personal: true }),
  },
  toMany: {
    children: { target: 'Organization', inverse: 'parent', label: ['下级组织', 'Child organizations'] },
    sponsoredProjects: { target: 'ServiceProject', inverse: 'sponsor', label: ['主办项目', 'Sponsored projects'] },
    venues: { target: 'Venue', inverse: 'owner', label: ['场地', 'Venues'] },
    partnerships: { target: 'Partnership', inverse: 'organization', label: ['合作关系', 'Partnerships'] },
  },
});
