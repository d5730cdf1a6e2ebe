import { defineResource, f } from '../../common/define-resource';
import { Organization } from './organization.entity';

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
    name: f.field('名称', 'Name', { filter: true, sort: true }),
    shortName: f.field('简称', 'Short name', { filter: true, sort: true }),
    kind: f.field('类型', 'Kind', { filter: true, sort: true }),
    level: f.field('层级', 'Level', { filter: true, sort: true }),
    parentId: f.field('上级组织', 'Parent', { filter: true }),
    path: f.field('层级路径', 'Tree path', {
      kind: 'string',
      readOnly: true,
      showAs: 'orgPath',
      filter: true,
      description: 'The ids from the root down to this node, `/rootId/…/id/`; kept by the database.',
    }),
    regionCode: f.field('行政区划代码', 'Region code', { filter: true, sort: true, format: 'regionCode' }),
    creditCode: f.field('统一社会信用代码', 'Unified social credit code', { filter: true, format: 'creditCode' }),
    address: f.field('地址', 'Address'),
    contactName: f.field('联系人', 'Contact', { personal: true }),
    contactPhone: f.field('联系电话', 'Contact phone', { personal: true }),
  },
  toMany: {
    children: { label: ['下级组织', 'Child organizations'] },
    sponsoredProjects: { label: ['主办项目', 'Sponsored projects'] },
    venues: { label: ['场地', 'Venues'] },
    partnerships: { label: ['合作关系', 'Partnerships'] },
  },
});
