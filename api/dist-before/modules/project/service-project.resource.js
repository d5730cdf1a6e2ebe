"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceProjectResource = void 0;
const resource_1 = require("../../common/resource");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const project_enums_1 = require("./project.enums");
const project_tree_rules_1 = require("./project-tree.rules");
const service_project_entity_1 = require("./service-project.entity");
exports.serviceProjectResource = (0, resource_1.defineResource)({
    name: 'ServiceProject',
    entity: service_project_entity_1.ServiceProject,
    single: 'serviceProject',
    plural: 'serviceProjects',
    label: ['服务项目', 'Service project'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['name', 'brand', 'description'],
    defaultOrder: { startsOn: 'DESC' },
    validate: project_tree_rules_1.serviceProjectTreeRules,
    fields: {
        name: resource_1.f.string('项目名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
        brand: resource_1.f.string('项目品牌', 'Brand', {
            filter: true,
            sort: true,
            maxLength: 100,
            description: 'e.g. 会暖春芽·伴爱成长',
        }),
        edition: resource_1.f.int('届次', 'Edition', { min: 1, filter: true, sort: true }),
        category: resource_1.f.enum(project_enums_1.ProjectCategory, 'ProjectCategory', '项目类别', 'Category', {
            required: true,
            filter: true,
            sort: true,
        }),
        sponsorId: resource_1.f.ref('Organization', 'sponsor', '主办单位', 'Sponsor', { required: true, filter: true }),
        operatorId: resource_1.f.ref('SocialGroup', 'operator', '承办方', 'Operator', { filter: true }),
        parentId: resource_1.f.ref('ServiceProject', 'parent', '上级项目', 'Parent project', { filter: true }),
        startsOn: resource_1.f.date('开始日期', 'Starts on', { required: true, filter: true, sort: true }),
        endsOn: resource_1.f.date('结束日期', 'Ends on', {
            required: true,
            filter: true,
            sort: true,
            description: 'On or after the start date',
        }),
        budgetFen: resource_1.f.money('预算', 'Budget', { sort: true }),
        targetCategories: resource_1.f.enumList(beneficiary_enums_1.BeneficiaryCategory, 'BeneficiaryCategory', '服务对象类别', 'Target categories', {
            filter: true,
        }),
        status: resource_1.f.enum(project_enums_1.ProjectStatus, 'ProjectStatus', '状态', 'Status', {
            readOnly: true,
            filter: true,
            sort: true,
            description: 'Changed only by the project actions (submit, approve, reject, revise, activate, complete, cancel)',
        }),
        description: resource_1.f.text('项目简介', 'Description'),
        cancelReason: resource_1.f.text('取消原因', 'Cancel reason', {
            readOnly: true,
            description: 'Set by cancelServiceProject',
        }),
    },
    toMany: {
        subProjects: { target: 'ServiceProject', inverse: 'parent', label: ['子项目', 'Sub-projects'] },
        classes: { target: 'ServiceClass', inverse: 'project', label: ['班级', 'Classes'] },
        partners: { target: 'ProjectPartner', inverse: 'project', label: ['合作单位', 'Partners'] },
        approvalSteps: { target: 'ApprovalStep', inverse: 'project', label: ['审批环节', 'Approval steps'] },
        subsidyPolicies: { target: 'SubsidyPolicy', inverse: 'project', label: ['补贴政策', 'Subsidy policies'] },
        evaluations: { target: 'Evaluation', inverse: 'project', label: ['评估', 'Evaluations'] },
        serviceRecords: { target: 'ServiceRecord', inverse: 'project', label: ['服务记录', 'Service records'] },
    },
});
//# sourceMappingURL=service-project.resource.js.map