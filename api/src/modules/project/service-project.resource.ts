import { defineResource, f } from '../../common/define-resource';
import { serviceProjectTreeRules } from './project-tree.rules';
import { ServiceProject } from './service-project.entity';

export const serviceProjectResource = defineResource({
  name: 'ServiceProject',
  entity: ServiceProject,
  single: 'serviceProject',
  plural: 'serviceProjects',
  label: ['服务项目', 'Service project'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['name', 'brand', 'description'],
  defaultOrder: { startsOn: 'DESC' },
  validate: serviceProjectTreeRules,
  fields: {
    name: f.field('项目名称', 'Name', { filter: true, sort: true }),
    brand: f.field('项目品牌', 'Brand', { filter: true, sort: true, description: 'e.g. 会暖春芽·伴爱成长' }),
    edition: f.field('届次', 'Edition', { filter: true, sort: true }),
    category: f.field('项目类别', 'Category', { filter: true, sort: true }),
    sponsorId: f.field('主办单位', 'Sponsor', { filter: true }),
    operatorId: f.field('承办方', 'Operator', { filter: true }),
    parentId: f.field('上级项目', 'Parent project', { filter: true }),
    startsOn: f.field('开始日期', 'Starts on', { filter: true, sort: true }),
    endsOn: f.field('结束日期', 'Ends on', { filter: true, sort: true, description: 'On or after the start date' }),
    budgetFen: f.money('预算', 'Budget', { sort: true }),
    targetCategories: f.field('服务对象类别', 'Target categories', { filter: true }),
    status: f.field('状态', 'Status', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Changed only by the project actions (submit, approve, reject, revise, activate, complete, cancel)',
    }),
    description: f.field('项目简介', 'Description'),
    cancelReason: f.field('取消原因', 'Cancel reason', { readOnly: true, description: 'Set by cancelServiceProject' }),
  },
  toMany: {
    subProjects: { label: ['子项目', 'Sub-projects'] },
    classes: { label: ['班级', 'Classes'] },
    partners: { label: ['合作单位', 'Partners'] },
    approvalSteps: { label: ['审批环节', 'Approval steps'] },
    subsidyPolicies: { label: ['补贴政策', 'Subsidy policies'] },
    evaluations: { label: ['评估', 'Evaluations'] },
    serviceRecords: { label: ['服务记录', 'Service records'] },
  },
});
