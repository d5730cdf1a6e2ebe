"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.subsidyPolicyResource = void 0;
const resource_1 = require("../../common/resource");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const subsidy_policy_entity_1 = require("./subsidy-policy.entity");
exports.subsidyPolicyResource = (0, resource_1.defineResource)({
    name: 'SubsidyPolicy',
    entity: subsidy_policy_entity_1.SubsidyPolicy,
    single: 'subsidyPolicy',
    plural: 'subsidyPolicies',
    label: ['补贴政策', 'Subsidy policy'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['note'],
    defaultOrder: { createdAt: 'DESC' },
    fields: {
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', {
            required: true,
            filter: true,
            description: 'At most one policy per project',
        }),
        rateBp: resource_1.f.bp('补贴比例', 'Subsidy rate', {
            required: true,
            max: 5000,
            sort: true,
            description: 'Share of the fee the sponsor pays, in basis points; at most 5000 (half)',
        }),
        capPerPersonFen: resource_1.f.money('每人补贴上限', 'Cap per person'),
        eligibleCategories: resource_1.f.enumList(beneficiary_enums_1.BeneficiaryCategory, 'BeneficiaryCategory', '补贴对象类别', 'Eligible categories', {
            filter: true,
        }),
        membershipOrganizationId: resource_1.f.ref('Organization', 'membershipOrganization', '工会关系所属范围', 'Membership organization', {
            filter: true,
            description: "The worker's union membership must be in this organization's subtree (工会关系在本区)",
        }),
        note: resource_1.f.string('备注', 'Note', { maxLength: 500 }),
    },
});
//# sourceMappingURL=subsidy-policy.resource.js.map