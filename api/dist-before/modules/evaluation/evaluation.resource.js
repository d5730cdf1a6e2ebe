"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluationResource = void 0;
const resource_1 = require("../../common/resource");
const evaluation_entity_1 = require("./evaluation.entity");
const evaluation_enums_1 = require("./evaluation.enums");
exports.evaluationResource = (0, resource_1.defineResource)({
    name: 'Evaluation',
    entity: evaluation_entity_1.Evaluation,
    single: 'evaluation',
    plural: 'evaluations',
    label: ['评估', 'Evaluation'],
    writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
    search: ['comment'],
    defaultOrder: { evaluatedOn: 'DESC' },
    fields: {
        projectId: resource_1.f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
        evaluatorOrganizationId: resource_1.f.ref('Organization', 'evaluatorOrganization', '评估单位', 'Evaluator', { filter: true }),
        kind: resource_1.f.enum(evaluation_enums_1.EvaluationKind, 'EvaluationKind', '评估类型', 'Kind', { required: true, filter: true, sort: true }),
        evaluatedOn: resource_1.f.date('评估日期', 'Evaluated on', { required: true, filter: true, sort: true }),
        score: resource_1.f.int('评估得分', 'Score', { required: true, min: 0, max: 100, filter: true, sort: true }),
        satisfactionBp: resource_1.f.bp('满意度', 'Satisfaction', {
            filter: true,
            sort: true,
            description: 'Basis points, 10000 = 100%',
        }),
        comment: resource_1.f.text('评估意见', 'Comment'),
    },
});
//# sourceMappingURL=evaluation.resource.js.map