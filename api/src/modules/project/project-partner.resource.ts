import { defineResource, f } from '../../common/resource';
import { ProjectPartner } from './project-partner.entity';
import { PartnerRole } from './project.enums';

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
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
    organizationId: f.ref('Organization', 'organization', '合作组织', 'Organization', {
      filter: true,
      description: 'Exactly one of organizationId and socialGroupId',
    }),
    socialGroupId: f.ref('SocialGroup', 'socialGroup', '合作社会组织', 'Social organization', {
      filter: true,
      description: 'Exactly one of organizationId and socialGroupId',
    }),
    role: f.enum(PartnerRole, 'PartnerRole', '合作角色', 'Role', { required: true, filter: true, sort: true }),
    note: f.string('备注', 'Note', { maxLength: 500 }),
  },
});
