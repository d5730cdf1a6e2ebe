import { defineResource, f } from '../../common/define-resource';
import { Evaluation } from './evaluation.entity';

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
    projectId: f.field('服务项目', 'Project', { filter: true }),
    evaluatorOrganizationId: f.field('评估单位', 'Evaluator', { filter: true }),
    kind: f.field('评估类型', 'Kind', { filter: true, sort: true }),
    evaluatedOn: f.field('评估日期', 'Evaluated on', { filter: true, sort: true }),
    score: f.field('评估得分', 'Score', { filter: true, sort: true }),
    satisfactionBp: f.bp('满意度', 'Satisfaction', {
      filter: true,
      sort: true,
      description: 'Basis points, 10000 = 100%',
    }),
    comment: f.field('评估意见', 'Comment'),
  },
});
