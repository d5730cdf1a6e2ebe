import { defineEnum, type EnumValue } from '../../common/enums';

/** How a report's figures can be split. Each grouping is one level (drill down with scopeId). */
export const ReportGrouping = defineEnum('ReportGrouping', {
  MONTH: ['按月', 'By month'],
  QUARTER: ['按季度', 'By quarter'],
  ORGANIZATION: ['按下级组织', 'By child organization'],
  CATEGORY: ['按项目类别', 'By project category'],
  SOCIAL_GROUP: ['按承办社会组织', 'By operating social group'],
  BENEFICIARY_CATEGORY: ['按服务对象类别', 'By beneficiary category'],
  AGE_BAND: ['按年龄段', 'By age band'],
  GENDER: ['按性别', 'By gender'],
});
export type ReportGrouping = EnumValue<typeof ReportGrouping>;

/** Age on the day of the fact (attendance, service, enrollment), in whole years. */
export const AgeBand = defineEnum('AgeBand', {
  A0_2: ['0–2岁', '0–2'],
  A3_5: ['3–5岁', '3–5'],
  A6_11: ['6–11岁', '6–11'],
  A12_17: ['12–17岁', '12–17'],
  A18_59: ['18–59岁', '18–59'],
  A60_PLUS: ['60岁及以上', '60+'],
  UNKNOWN: ['出生日期未知', 'Unknown'],
});
export type AgeBand = EnumValue<typeof AgeBand>;

/** Where the distinct-people figures of a report came from (docs/report-api.md: fast path and exact path). */
export const PeopleSource = defineEnum('PeopleSource', {
  SUMMARY_COUNTS: ['预计算人数汇总', 'Maintained distinct counts'],
  PERSON_MONTHS: ['按人月汇总精确计算', 'Exact count over person-month summary'],
});
export type PeopleSource = EnumValue<typeof PeopleSource>;

/** Why an analyst does not see a figure (report.suppress.ts). */
export const WithheldReason = defineEnum('WithheldReason', {
  SMALL_COUNT: ['涉及1～4人', 'Counts 1–4 people'],
  COMPLEMENTARY: ['为保护其他单元格而隐藏', 'Hidden to protect another cell'],
});
export type WithheldReason = EnumValue<typeof WithheldReason>;

/** Groupings whose cells are people's attributes: measures about sessions, classes, needs do not apply. */
export const PERSON_GROUPINGS: readonly ReportGrouping[] = ['GENDER', 'AGE_BAND', 'BENEFICIARY_CATEGORY'];
