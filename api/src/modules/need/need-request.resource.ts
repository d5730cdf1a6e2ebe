import { defineResource, f } from '../../common/resource';
import { ProjectCategory } from '../project/project.enums';
import { NeedStatus } from './need.enums';
import { NeedRequest } from './need-request.entity';

export const needRequestResource = defineResource({
  name: 'NeedRequest',
  entity: NeedRequest,
  single: 'needRequest',
  plural: 'needRequests',
  label: ['需求清单', 'Need request'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['title', 'description'],
  defaultOrder: { createdAt: 'DESC' },
  fields: {
    raisedById: f.ref('Organization', 'raisedBy', '提出单位', 'Raised by', { required: true, filter: true }),
    beneficiaryId: f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { filter: true }),
    category: f.enum(ProjectCategory, 'ProjectCategory', '需求类别', 'Category', {
      required: true,
      filter: true,
      sort: true,
    }),
    title: f.string('需求标题', 'Title', { required: true, filter: true, sort: true, maxLength: 200 }),
    description: f.text('需求描述', 'Description'),
    peopleAffected: f.int('涉及人数', 'People affected', { min: 0, filter: true, sort: true }),
    status: f.enum(NeedStatus, 'NeedStatus', '状态', 'Status', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Changed by matchNeedRequest, startNeedRequest, fulfillNeedRequest and closeNeedRequest only',
    }),
    matchedProjectId: f.ref('ServiceProject', 'matchedProject', '对接项目', 'Matched project', {
      readOnly: true,
      filter: true,
      description: 'Set by matchNeedRequest',
    }),
    matchedAt: f.datetime('匹配时间', 'Matched at', { readOnly: true, filter: true, sort: true }),
    resolvedAt: f.datetime('办结时间', 'Resolved at', { readOnly: true, filter: true, sort: true }),
    resolutionNote: f.text('办结说明', 'Resolution', { readOnly: true }),
  },
});
