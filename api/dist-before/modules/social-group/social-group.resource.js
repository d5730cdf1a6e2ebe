"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.socialGroupResource = void 0;
const resource_1 = require("../../common/resource");
const social_group_entity_1 = require("./social-group.entity");
const social_group_enums_1 = require("./social-group.enums");
exports.socialGroupResource = (0, resource_1.defineResource)({
    name: 'SocialGroup',
    entity: social_group_entity_1.SocialGroup,
    single: 'socialGroup',
    plural: 'socialGroups',
    label: ['社会组织', 'Social organization'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['name', 'serviceArea', 'address', 'contactName', 'description'],
    defaultOrder: { name: 'ASC' },
    fields: {
        name: resource_1.f.string('名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
        kind: resource_1.f.enum(social_group_enums_1.SocialGroupKind, 'SocialGroupKind', '类型', 'Kind', { required: true, filter: true, sort: true }),
        registrationStatus: resource_1.f.enum(social_group_enums_1.RegistrationStatus, 'RegistrationStatus', '登记状态', 'Registration status', {
            required: true,
            filter: true,
            sort: true,
        }),
        creditCode: resource_1.f.string('统一社会信用代码', 'Unified social credit code', {
            filter: true,
            format: 'creditCode',
            maxLength: 18,
            description: 'Required when the organization is registered',
        }),
        grade: resource_1.f.enum(social_group_enums_1.SocialGroupGrade, 'SocialGroupGrade', '评估等级', 'Evaluation grade', { filter: true, sort: true }),
        certifiedSocialWorkers: resource_1.f.int('持证社工人数', 'Certified social workers', { min: 0, filter: true, sort: true }),
        volunteers: resource_1.f.int('志愿者人数', 'Volunteers', { min: 0, filter: true, sort: true }),
        hasOwnUnion: resource_1.f.boolean('已引导建会', 'Has its own union', { filter: true }),
        serviceArea: resource_1.f.string('服务区域', 'Service area', { filter: true, maxLength: 200 }),
        address: resource_1.f.string('地址', 'Address', { maxLength: 300 }),
        contactName: resource_1.f.string('联系人', 'Contact', { maxLength: 50, personal: true }),
        contactPhone: resource_1.f.string('联系电话', 'Contact phone', { maxLength: 20, personal: true }),
        description: resource_1.f.text('简介', 'Description'),
    },
    toMany: {
        operatedProjects: { target: 'ServiceProject', inverse: 'operator', label: ['承办项目', 'Operated projects'] },
        partnerships: { target: 'Partnership', inverse: 'socialGroup', label: ['合作关系', 'Partnerships'] },
    },
});
//# sourceMappingURL=social-group.resource.js.map