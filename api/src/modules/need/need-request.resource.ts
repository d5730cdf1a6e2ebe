import { defineResource, f } from '../../common/define-resource';
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
    raisedById: f.field('提出单位', 'Raised by', { filter: true }),
    beneficiaryId: f.field('服务对象', 'Beneficiary', { filter: true }),
    category: f.field('需求类别', 'Category', { filter: true, sort: true }),
    title: f.field('需求标题', 'Title', { filter: true, sort: true }),
    description: f.field('需求描述', 'Description'),
    peopleAffected: f.field('涉及人数', 'People affected', { filter: true, sort: true }),
    status: f.field('状态', 'Status', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Changed by matchNeedRequest, startNeedRequest, fulfillNeedRequest and closeNeedRequest only',
    }),
    matchedProjectId: f.field('对接项目', 'Matched project', {
      readOnly: true,
      filter: true,
      description: 'Set by matchNeedRequest',
    }),
    matchedAt: f.field('匹配时间', 'Matched at', { readOnly: true, filter: true, sort: true }),
    resolvedAt: f.field('办结时间', 'Resolved at', { readOnly: true, filter: true, sort: true }),
    resolutionNote: f.field('办结说明', 'Resolution', { readOnly: true }),
  },
});
