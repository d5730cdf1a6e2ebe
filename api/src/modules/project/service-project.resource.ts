import { defineResource, f } from '../../common/resource';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
import { ProjectCategory, ProjectStatus } from './project.enums';
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
    name: f.string('项目名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
    brand: f.string('项目品牌', 'Brand', {
      filter: true,
      sort: true,
      maxLength: 100,
      description: 'e.g. 会暖春芽·伴爱成长',
    }),
    edition: f.int('届次', 'Edition', { min: 1, filter: true, sort: true }),
    category: f.enum(ProjectCategory, 'ProjectCategory', '项目类别', 'Category', {
      required: true,
      filter: true,
      sort: true,
    }),
    sponsorId: f.ref('Organization', 'sponsor', '主办单位', 'Sponsor', { required: true, filter: true }),
    operatorId: f.ref('SocialGroup', 'operator', '承办方', 'Operator', { filter: true }),
    parentId: f.ref('ServiceProject', 'parent', '上级项目', 'Parent project', { filter: true }),
    startsOn: f.date('开始日期', 'Starts on', { required: true, filter: true, sort: true }),
    endsOn: f.date('结束日期', 'Ends on', {
      required: true,
      filter: true,
      sort: true,
      description: 'On or after the start date',
    }),
    budgetFen: f.money('预算', 'Budget', { sort: true }),
    targetCategories: f.enumList(BeneficiaryCategory, 'BeneficiaryCategory', '服务对象类别', 'Target categories', {
      filter: true,
    }),
    status: f.enum(ProjectStatus, 'ProjectStatus', '状态', 'Status', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Changed only by the project actions (submit, approve, reject, revise, activate, complete, cancel)',
    }),
    description: f.text('项目简介', 'Description'),
    cancelReason: f.text('取消原因', 'Cancel reason', {
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
