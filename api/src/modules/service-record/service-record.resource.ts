import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/define-resource';
import { ServiceRecord } from './service-record.entity';

export const serviceRecordResource = defineResource({
  name: 'ServiceRecord',
  entity: ServiceRecord,
  single: 'serviceRecord',
  plural: 'serviceRecords',
  title: ['beneficiary.name', 'project.name', 'occurredAt'],
  label: ['服务记录', 'Service record'],
  // Lists of people are not for analysts (aggregates only).
  listRoles: PEOPLE_VIEWERS,
  // Summary and outcome are free text about one person's counselling or home visit: personal, and
  // searched only by callers who may read them (analysts may not; they see no service records at all).
  search: ['outcome'],
  defaultOrder: { occurredAt: 'DESC' },
  fields: {
    beneficiaryId: f.field('服务对象', 'Beneficiary', { filter: true }),
    projectId: f.field('服务项目', 'Project', { filter: true }),
    socialGroupId: f.field('服务机构', 'Social organization', { filter: true }),
    occurredAt: f.field('服务时间', 'Occurred at', { filter: true, sort: true }),
    kind: f.field('服务类型', 'Kind', { filter: true, sort: true }),
    minutes: f.field('服务时长（分钟）', 'Minutes', { filter: true, sort: true }),
    summary: f.field('服务摘要', 'Summary', { personal: true }),
    outcome: f.field('服务成效', 'Outcome', { personal: true }),
  },
});
