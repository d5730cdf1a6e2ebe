"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceRecordResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const service_record_entity_1 = require("./service-record.entity");
const service_record_enums_1 = require("./service-record.enums");
exports.serviceRecordResource = (0, resource_1.defineResource)({
    name: 'ServiceRecord',
    entity: service_record_entity_1.ServiceRecord,
    single: 'serviceRecord',
    plural: 'serviceRecords',
    label: ['服务记录', 'Service record'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    // The summary is personal: never matched by search.
    search: ['outcome'],
    defaultOrder: { occurredAt: 'DESC' },
    fields: {
        beneficiaryId: resource_1.f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { required: true, filter: true }),
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
        socialGroupId: resource_1.f.ref('SocialGroup', 'socialGroup', '服务机构', 'Social organization', { filter: true }),
        occurredAt: resource_1.f.datetime('服务时间', 'Occurred at', { required: true, filter: true, sort: true }),
        kind: resource_1.f.enum(service_record_enums_1.ServiceRecordKind, 'ServiceRecordKind', '服务类型', 'Kind', {
            required: true,
            filter: true,
            sort: true,
        }),
        minutes: resource_1.f.int('服务时长（分钟）', 'Minutes', { required: true, min: 0, filter: true, sort: true }),
        summary: resource_1.f.text('服务摘要', 'Summary', { personal: true }),
        outcome: resource_1.f.text('服务成效', 'Outcome'),
    },
});
//# sourceMappingURL=service-record.resource.js.map