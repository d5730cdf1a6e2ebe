import { defineResource, f } from '../../common/define-resource';
import { serviceClassCapacityRules } from '../enrollment/class-capacity.rules';
import { classDatesRules } from './class-dates.rules';
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
    projectId: f.field('服务项目', 'Project', { filter: true }),
    venueId: f.field('场地', 'Venue', { filter: true }),
    name: f.field('班级名称', 'Name', { filter: true, sort: true }),
    careType: f.field('托管类型', 'Care type', { filter: true, sort: true }),
    // Ages are kept in months (nurseries take children from 6 months) and shown as 岁 and 个月.
    minAgeMonths: f.field('最小年龄', 'Minimum age', {
      filter: true,
      sort: true,
      showAs: 'ageMonths',
      description: 'In months',
    }),
    maxAgeMonths: f.field('最大年龄', 'Maximum age', {
      min: 0,
      filter: true,
      sort: true,
      showAs: 'ageMonths',
      description: 'In months; not below the minimum age',
    }),
    capacity: f.field('招收名额', 'Capacity', {
      filter: true,
      sort: true,
      description: 'Not below the number already enrolled',
    }),
    enrolledCount: f.field('已报名人数', 'Enrolled', {
      readOnly: true,
      filter: true,
      sort: true,
      description: 'Kept by the database from live enrollments',
    }),
    staffCount: f.field('工作人员数', 'Staff', { sort: true }),
    startsOn: f.field('开班日期', 'Starts on', { filter: true, sort: true }),
    endsOn: f.field('结班日期', 'Ends on', { filter: true, sort: true, description: 'On or after the start date' }),
    weekdays: f.field('上课日', 'Weekdays', { filter: true, description: 'ISO weekdays, 1 = Monday … 7 = Sunday' }),
    dailyStart: f.field('每日开始时间', 'Daily start', { sort: true }),
    dailyEnd: f.field('每日结束时间', 'Daily end', { sort: true, description: 'After the daily start' }),
    feePerDayFen: f.money('每日收费', 'Fee per day', { sort: true }),
    status: f.field('状态', 'Status', { filter: true, sort: true }),
  },
  toMany: {
    sessions: { label: ['课次', 'Sessions'] },
    enrollments: { label: ['报名', 'Enrollments'] },
  },
});
