"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.projectPartnerResource = void 0;
const resource_1 = require("../../common/resource");
const project_partner_entity_1 = require("./project-partner.entity");
const project_enums_1 = require("./project.enums");
exports.projectPartnerResource = (0, resource_1.defineResource)({
    name: 'ProjectPartner',
    entity: project_partner_entity_1.ProjectPartner,
    single: 'projectPartner',
    plural: 'projectPartners',
    label: ['项目合作方', 'Project partner'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['note'],
    defaultOrder: { role: 'ASC' },
    fields: {
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
        organizationId: resource_1.f.ref('Organization', 'organization', '合作组织', 'Organization', {
            filter: true,
            description: 'Exactly one of organizationId and socialGroupId',
        }),
        socialGroupId: resource_1.f.ref('SocialGroup', 'socialGroup', '合作社会组织', 'Social organization', {
            filter: true,
            description: 'Exactly one of organizationId and socialGroupId',
        }),
        role: resource_1.f.enum(project_enums_1.PartnerRole, 'PartnerRole', '合作角色', 'Role', { required: true, filter: true, sort: true }),
        note: resource_1.f.string('备注', 'Note', { maxLength: 500 }),
    },
});
//# sourceMappingURL=project-partner.resource.js.map