import { defineResource, f } from '../../common/resource';
import { Evaluation } from './evaluation.entity';
import { EvaluationKind } from './evaluation.enums';

export const evaluationResource = defineResource({
  name: 'Evaluation',
  entity: Evaluation,
  single: 'evaluation',
  plural: 'evaluations',
  title: ['project.name', 'evaluatedOn'],
  label: ['评估', 'Evaluation'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['comment'],
  defaultOrder: { evaluatedOn: 'DESC' },
  fields: {
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
    evaluatorOrganizationId: f.ref('Organization', 'evaluatorOrganization', '评估单位', 'Evaluator', { filter: true }),
    kind: f.enum(EvaluationKind, 'EvaluationKind', '评估类型', 'Kind', { required: true, filter: true, sort: true }),
    evaluatedOn: f.date('评估日期', 'Evaluated on', { required: true, filter: true, sort: true }),
    score: f.int('评估得分', 'Score', { required: true, min: 0, max: 100, filter: true, sort: true }),
    satisfactionBp: f.bp('满意度', 'Satisfaction', {
      filter: true,
      sort: true,
      description: 'Basis points, 10000 = 100%',
    }),
    comment: f.text('评估意见', 'Comment'),
  },
});
