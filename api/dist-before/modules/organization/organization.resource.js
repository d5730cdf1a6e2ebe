"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.organizationResource = void 0;
const resource_1 = require("../../common/resource");
const organization_entity_1 = require("./organization.entity");
const organization_enums_1 = require("./organization.enums");
exports.organizationResource = (0, resource_1.defineResource)({
    name: 'Organization',
    entity: organization_entity_1.Organization,
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
        name: resource_1.f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
        shortName: resource_1.f.string('简称', 'Short name', { filter: true, sort: true, maxLength: 100 }),
        kind: resource_1.f.enum(organization_enums_1.OrganizationKind, 'OrganizationKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
        level: resource_1.f.enum(organization_enums_1.OrganizationLevel, 'OrganizationLevel', '层级', 'Level', {
            required: true,
            filter: true,
            sort: true,
        }),
        parentId: resource_1.f.ref('Organization', 'parent', '上级组织', 'Parent', { filter: true }),
        path: resource_1.f.string('层级路径', 'Tree path', {
            readOnly: true,
            filter: true,
            description: 'The ids from the root down to this node, `/rootId/…/id/`; kept by the database.',
        }),
        regionCode: resource_1.f.string('行政区划代码', 'Region code', { filter: true, sort: true, format: 'regionCode' }),
        creditCode: resource_1.f.string('统一社会信用代码', 'Unified social credit code', { filter: true, format: 'creditCode' }),
        address: resource_1.f.string('地址', 'Address', { maxLength: 300 }),
        contactName: resource_1.f.string('联系人', 'Contact', { maxLength: 50, personal: true }),
        contactPhone: resource_1.f.string('联系电话', 'Contact phone', { maxLength: 20, personal: true }),
    },
    toMany: {
        children: { target: 'Organization', inverse: 'parent', label: ['下级组织', 'Child organizations'] },
        sponsoredProjects: { target: 'ServiceProject', inverse: 'sponsor', label: ['主办项目', 'Sponsored projects'] },
        venues: { target: 'Venue', inverse: 'owner', label: ['场地', 'Venues'] },
        partnerships: { target: 'Partnership', inverse: 'organization', label: ['合作关系', 'Partnerships'] },
    },
});
//# sourceMappingURL=organization.resource.js.map