import { defineResource, f } from '../../common/define-resource';
import { ProjectPartner } from './project-partner.entity';

export const projectPartnerResource = defineResource({
  name: 'ProjectPartner',
  entity: ProjectPartner,
  single: 'projectPartner',
  plural: 'projectPartners',
  title: ['project.name', 'organization.name', 'socialGroup.name'],
  label: ['项目合作方', 'Project partner'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['note'],
  defaultOrder: { role: 'ASC' },
  fields: {
    projectId: f.field('服务项目', 'Project', { filter: true }),
    organizationId: f.field('合作组织', 'Organization', {
      filter: true,
      description: 'Exactly one of organizationId and socialGroupId',
    }),
    socialGroupId: f.field('合作社会组织', 'Social organization', {
      filter: true,
      description: 'Exactly one of organizationId and socialGroupId',
    }),
    role: f.field('合作角色', 'Role', { filter: true, sort: true }),
    note: f.field('备注', 'Note'),
  },
});
