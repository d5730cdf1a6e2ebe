"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XISHAN_CLASSES = void 0;
const class_enums_1 = require("../../modules/class/class.enums");
const demo_class_helpers_1 = require("./demo-class-helpers");
const demo_dates_1 = require("./demo-dates");
/**
 * Article 000: 西山区总工会's 第三届 "会暖春芽·伴爱成长" summer care class, from 7月14日 at 8:00, 130 元/人/天
 * (13000 fen per day). Mornings homework, afternoons music, dance and public speaking; every Friday a visit
 * to the 劳模工匠馆 or a talk by model workers; a "探秘米仓" outing. The end date (six weeks), closing hour,
 * the split of the 书林二小 campus into two age bands and all capacities are invented.
 */
const AFTERNOON = ['音乐', '舞蹈', '演讲'];
function xishanTopic(date, i) {
    if (date === '2025-07-23')
        return ['探秘米仓', class_enums_1.SessionKind.FIELD_TRIP];
    if ((0, demo_dates_1.isoWeekday)(date) === 5) {
        return date === '2025-08-22' ? ['聆听劳模宣讲', class_enums_1.SessionKind.LECTURE] : ['参观劳模工匠馆', class_enums_1.SessionKind.FIELD_TRIP];
    }
    return [`上午：暑期作业辅导；下午：${AFTERNOON[i % AFTERNOON.length]}`, class_enums_1.SessionKind.LESSON];
}
const TERM = {
    careType: class_enums_1.CareType.HOLIDAY,
    startsOn: '2025-07-14',
    endsOn: '2025-08-22',
    weekdays: demo_class_helpers_1.MON_FRI,
    hours: ['08:00', '17:30'],
    feeFen: 13_000,
    topic: xishanTopic,
    // Paid per day: most families book the whole term, some the first four weeks.
    booking: 'weeks',
};
exports.XISHAN_CLASSES = [
    // The full class: four families on the waitlist, two withdrawals before the start promoted two of them.
    {
        key: 'xs-shulin-low',
        project: 'xs-care-2025',
        venue: 'shulin2-fuhai',
        name: '书林二小福海校区 低年级班',
        months: [72, 119],
        capacity: 45,
        staff: 5,
        ...TERM,
        who: (0, demo_class_helpers_1.kids)('xs'),
        enrolled: 45,
        waitlisted: 4,
        withdrawn: 2,
        recorder: 'fuhai-staff',
    },
    {
        key: 'xs-shulin-high',
        project: 'xs-care-2025',
        venue: 'shulin2-fuhai',
        name: '书林二小福海校区 高年级班',
        months: [108, 155],
        capacity: 45,
        staff: 5,
        ...TERM,
        who: (0, demo_class_helpers_1.kids)('xs'),
        enrolled: 40,
        withdrawn: 1,
        recorder: 'fuhai-staff',
    },
    // "将爱心托管班的服务直接送到大型企业家门口": children of the two enterprises' employees.
    {
        key: 'xs-yntz',
        project: 'xs-care-2025-yntz',
        venue: 'yntz-site',
        name: '云投集团托管点 职工子女班',
        months: [72, 155],
        capacity: 30,
        staff: 3,
        ...TERM,
        who: (0, demo_class_helpers_1.kids)('xs-yntz'),
        enrolled: 26,
        recorder: 'xishan-staff',
    },
    {
        key: 'xs-fudian',
        project: 'xs-care-2025-fudian',
        venue: 'fudian-site',
        name: '富滇银行托管点 职工子女班',
        months: [72, 155],
        capacity: 30,
        staff: 3,
        ...TERM,
        who: (0, demo_class_helpers_1.kids)('xs-fudian'),
        enrolled: 30,
        waitlisted: 2,
        recorder: 'xishan-staff',
    },
];
//# sourceMappingURL=demo-classes-xishan.js.map