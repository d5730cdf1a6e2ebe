import { PEOPLE_VIEWERS } from '../../common/scope/access';
import { defineResource, f } from '../../common/resource';
import { ServiceRecord } from './service-record.entity';
import { ServiceRecordKind } from './service-record.enums';

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
    beneficiaryId: f.ref('Beneficiary', 'beneficiary', '服务对象', 'Beneficiary', { required: true, filter: true }),
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
    socialGroupId: f.ref('SocialGroup', 'socialGroup', '服务机构', 'Social organization', { filter: true }),
    occurredAt: f.datetime('服务时间', 'Occurred at', { required: true, filter: true, sort: true }),
    kind: f.enum(ServiceRecordKind, 'ServiceRecordKind', '服务类型', 'Kind', {
      required: true,
      filter: true,
      sort: true,
    }),
    minutes: f.int('服务时长（分钟）', 'Minutes', { required: true, min: 0, filter: true, sort: true }),
    summary: f.text('服务摘要', 'Summary', { personal: true }),
    outcome: f.text('服务成效', 'Outcome', { personal: true }),
  },
});
