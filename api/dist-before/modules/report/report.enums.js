"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PERSON_GROUPINGS = exports.PeopleSource = exports.AgeBand = exports.ReportGrouping = void 0;
const enums_1 = require("../../common/enums");
/** How a report's figures can be split. Each grouping is one level (drill down with scopeId). */
exports.ReportGrouping = (0, enums_1.defineEnum)('ReportGrouping', {
    MONTH: ['按月', 'By month'],
    QUARTER: ['按季度', 'By quarter'],
    ORGANIZATION: ['按下级组织', 'By child organization'],
    CATEGORY: ['按项目类别', 'By project category'],
    SOCIAL_GROUP: ['按承办社会组织', 'By operating social group'],
    BENEFICIARY_CATEGORY: ['按服务对象类别', 'By beneficiary category'],
    AGE_BAND: ['按年龄段', 'By age band'],
    GENDER: ['按性别', 'By gender'],
});
/** Age on the day of the fact (attendance, service, enrolment), in whole years. */
exports.AgeBand = (0, enums_1.defineEnum)('AgeBand', {
    A0_2: ['0–2岁', '0–2'],
    A3_5: ['3–5岁', '3–5'],
    A6_11: ['6–11岁', '6–11'],
    A12_17: ['12–17岁', '12–17'],
    A18_59: ['18–59岁', '18–59'],
    A60_PLUS: ['60岁及以上', '60+'],
    UNKNOWN: ['出生日期未知', 'Unknown'],
});
/** Where the distinct-people figures of a report came from (README: fast path and exact path). */
exports.PeopleSource = (0, enums_1.defineEnum)('PeopleSource', {
    SUMMARY_COUNTS: ['预计算人数汇总', 'Maintained distinct counts'],
    PERSON_MONTHS: ['按人月汇总精确计算', 'Exact count over person-month summary'],
});
/** Groupings whose cells are people's attributes: measures about sessions, classes, needs do not apply. */
exports.PERSON_GROUPINGS = ['GENDER', 'AGE_BAND', 'BENEFICIARY_CATEGORY'];
//# sourceMappingURL=report.enums.js.map