"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.partnershipResource = void 0;
const resource_1 = require("../../common/resource");
const partnership_entity_1 = require("./partnership.entity");
const partnership_enums_1 = require("./partnership.enums");
exports.partnershipResource = (0, resource_1.defineResource)({
    name: 'Partnership',
    entity: partnership_entity_1.Partnership,
    single: 'partnership',
    plural: 'partnerships',
    label: ['合作关系', 'Partnership'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['note'],
    defaultOrder: { since: 'DESC' },
    fields: {
        organizationId: resource_1.f.ref('Organization', 'organization', '组织', 'Organization', { required: true, filter: true }),
        socialGroupId: resource_1.f.ref('SocialGroup', 'socialGroup', '社会组织', 'Social organization', {
            required: true,
            filter: true,
        }),
        kind: resource_1.f.enum(partnership_enums_1.PartnershipKind, 'PartnershipKind', '合作方式', 'Kind', { required: true, filter: true, sort: true }),
        since: resource_1.f.date('开始日期', 'Since', { required: true, filter: true, sort: true }),
        until: resource_1.f.date('结束日期', 'Until', { filter: true, sort: true, description: 'On or after the start date' }),
        discountBp: resource_1.f.bp('服务优惠比例', 'Discount', { description: 'Basis points, 10000 = 100%' }),
        status: resource_1.f.enum(partnership_enums_1.PartnershipStatus, 'PartnershipStatus', '状态', 'Status', { filter: true, sort: true }),
        note: resource_1.f.string('备注', 'Note', { maxLength: 500 }),
    },
});
//# sourceMappingURL=partnership.resource.js.map