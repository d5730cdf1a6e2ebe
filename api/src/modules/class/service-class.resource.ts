import { defineResource, f } from '../../common/resource';
import { serviceClassCapacityRules } from '../enrollment/class-capacity.rules';
import { classDatesRules } from './class-dates.rules';
import { CareType, ClassStatus } from './class.enums';
import { ServiceClass } from './service-class.entity';

export const serviceClassResource = defineResource({
  name: 'ServiceClass',
  entity: ServiceClass,
  single: 'serviceClass',
  plural: 'serviceClasses',
  label: ['班级', 'Class'],
  search: ['name'],
  defaultOrder: { startsOn: 'DESC' },
  validate: async (tx, rows, ctx, mode) => {
    await classDatesRules(tx, rows);
    await serviceClassCapacityRules(tx, rows, ctx, mode);
  },
  fields: {
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', { required: true, filter: true }),
    venueId: f.ref('Venue', 'venue', '场地', 'Venue', { filter: true }),
    name: f.string('班级名称', 'Name', { required: true, filter: true, sort: true, maxLength: 200 }),
    careType: f.enum(CareType, 'CareType', '托管类型', 'Care type', { required: true, filter: true, sort: true }),
    // Ages are kept in months (nurseries take children from 6 months) and shown as 岁 and 个月.
    minAgeMonths: f.int('最小年龄', 'Minimum age', {
      min: 0,
      filter: true,
      sort: true,
      showAs: 'ageMonths',
      description: 'In months',
    }),
    maxAgeMonths: f.int('最大年龄', 'Maximum age', {
      min: 0,
      filter: true,
      sort: true,
      showAs: 'ageMonths',
      description: 'In months; not below the minimum age',
    }),
    capacity: f.int('招收名额', 'Capacity', {
      required: true,
      min: 1,
      filter: true,
      sort: true,
      description: 'Not below the number already enrolled',
    }),
    enrolledCount: f.int('已报名人数', 'Enrolled', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Kept by the database from live enrollments',
    }),
    staffCount: f.int('工作人员数', 'Staff', { min: 0, sort: true }),
    startsOn: f.date('开班日期', 'Starts on', { required: true, filter: true, sort: true }),
    endsOn: f.date('结班日期', 'Ends on', {
      required: true,
      filter: true,
      sort: true,
      description: 'On or after the start date',
    }),
    weekdays: f.intList('上课日', 'Weekdays', {
      required: true,
      filter: true,
      description: 'ISO weekdays, 1 = Monday … 7 = Sunday',
    }),
    dailyStart: f.time('每日开始时间', 'Daily start', { required: true, sort: true }),
    dailyEnd: f.time('每日结束时间', 'Daily end', { required: true, sort: true, description: 'After the daily start' }),
    feePerDayFen: f.money('每日收费', 'Fee per day', { sort: true }),
    status: f.enum(ClassStatus, 'ClassStatus', '状态', 'Status', { filter: true, sort: true }),
  },
  toMany: {
    sessions: { target: 'ClassSession', inverse: 'serviceClass', label: ['课次', 'Sessions'] },
    enrollments: { target: 'Enrollment', inverse: 'serviceClass', label: ['报名', 'Enrollments'] },
  },
});
