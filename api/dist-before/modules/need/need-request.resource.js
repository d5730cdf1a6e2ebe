"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.needRequestResource = void 0;
const resource_1 = require("../../common/resource");
const project_enums_1 = require("../project/project.enums");
const need_enums_1 = require("./need.enums");
const need_request_entity_1 = require("./need-request.entity");
exports.needRequestResource = (0, resource_1.defineResource)({
    name: 'NeedRequest',
    entity: need_request_entity_1.NeedRequest,
    single: 'needRequest',
    plural: 'needRequests',
    label: ['需求清单', 'Need request'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['title', 'description'],
    defaultOrder: { createdAt: 'DESC' },
    fields: {
        raisedById: resource_1.f.ref('Organization', 'raisedBy', '提出单位', 'Raised by', { required: true, filter: true }),
        beneficiaryId: resource_1.f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { filter: true }),
        category: resource_1.f.enum(project_enums_1.ProjectCategory, 'ProjectCategory', '需求类别', 'Category', {
            required: true,
            filter: true,
            sort: true,
        }),
        title: resource_1.f.string('需求标题', 'Title', { required: true, filter: true, sort: true, maxLength: 200 }),
        description: resource_1.f.text('需求描述', 'Description'),
        peopleAffected: resource_1.f.int('涉及人数', 'People affected', { min: 0, filter: true, sort: true }),
        status: resource_1.f.enum(need_enums_1.NeedStatus, 'NeedStatus', '状态', 'Status', {
            readOnly: true,
            filter: true,
            sort: true,
            description: 'Changed by matchNeedRequest, startNeedRequest, fulfillNeedRequest and closeNeedRequest only',
        }),
        matchedProjectId: resource_1.f.ref('ServiceProject', 'matchedProject', '对接项目', 'Matched project', {
            readOnly: true,
            filter: true,
            description: 'Set by matchNeedRequest',
        }),
        matchedAt: resource_1.f.datetime('匹配时间', 'Matched at', { readOnly: true, filter: true, sort: true }),
        resolvedAt: resource_1.f.datetime('办结时间', 'Resolved at', { readOnly: true, filter: true, sort: true }),
        resolutionNote: resource_1.f.text('办结说明', 'Resolution', { readOnly: true }),
    },
});
//# sourceMappingURL=need-request.resource.js.map