"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.consentResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const beneficiary_enums_1 = require("./beneficiary.enums");
const consent_entity_1 = require("./consent.entity");
exports.consentResource = (0, resource_1.defineResource)({
    name: 'Consent',
    entity: consent_entity_1.Consent,
    single: 'consent',
    plural: 'consents',
    label: ['知情同意', 'Consent'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    defaultOrder: { givenAt: 'DESC' },
    fields: {
        beneficiaryId: resource_1.f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { required: true, filter: true }),
        givenById: resource_1.f.ref('Beneficiary', 'givenBy', '同意人', 'Given by', {
            filter: true,
            description: 'The guardian who consented for a child under 14',
        }),
        relation: resource_1.f.enum(beneficiary_enums_1.GuardianRelation, 'GuardianRelation', '与服务对象关系', 'Relation', { filter: true }),
        purpose: resource_1.f.enum(beneficiary_enums_1.ConsentPurpose, 'ConsentPurpose', '用途', 'Purpose', { required: true, filter: true, sort: true }),
        noticeVersion: resource_1.f.string('告知书版本', 'Notice version', { required: true, filter: true, maxLength: 20 }),
        givenAt: resource_1.f.datetime('同意时间', 'Given at', { required: true, filter: true, sort: true }),
        withdrawnAt: resource_1.f.datetime('撤回时间', 'Withdrawn at', {
            filter: true,
            sort: true,
            description: 'Not before the time consent was given',
        }),
    },
});
//# sourceMappingURL=consent.resource.js.map