"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RURAL_CLASSES = void 0;
const class_enums_1 = require("../../modules/class/class.enums");
const demo_class_helpers_1 = require("./demo-class-helpers");
const demo_dates_1 = require("./demo-dates");
/**
 * Article 003 (西峰区, summer 2023): two village study halls, 10:00–15:00, 110 pupils, 10 volunteers at
 * 岳岭村 (the 60/50 split and 冉李村's 6 helpers invented); 东平路社区's 武术散打、体能训练、少儿体适能 from
 * 7月19日 to 8月25日 for 50余人, with the "挑战卡路里" and "健康达人" contests (their dates invented).
 * Article 004: 思茅区's nursery, 15 places, 3 teachers, 12 children "1岁半到3岁", its nine-part curriculum;
 * 澜沧县's left-behind children and day care (schedules, capacities and fees invented).
 */
const HALL_TOPICS = ['画画', '唱歌', '课外阅读', '手工制作', '游戏'];
const HALLS = {
    project: 'xf-halls-2023',
    careType: class_enums_1.CareType.HOLIDAY,
    startsOn: '2023-07-10',
    endsOn: '2023-08-25',
    weekdays: demo_class_helpers_1.MON_FRI,
    hours: ['10:00', '15:00'],
    feeFen: 0,
    topic: (0, demo_class_helpers_1.rotate)(class_enums_1.SessionKind.LESSON, '作业辅导；', HALL_TOPICS),
};
// "参加人数达到50余人": each child takes one of the three courses.
const COURSES = {
    project: 'xf-courses-2023',
    venue: 'dongpinglu-base',
    careType: class_enums_1.CareType.ACTIVITY,
    capacity: 20,
    staff: 1,
    startsOn: '2023-07-19',
    endsOn: '2023-08-25',
    feeFen: 0,
    who: (0, demo_class_helpers_1.kids)('xf-dpl'),
    group: 'xf-courses',
};
const SUMMER_2025 = ['2025-07-01', '2025-08-29'];
exports.RURAL_CLASSES = [
    {
        key: 'xf-yueling',
        ...HALLS,
        venue: 'yueling-hall',
        name: '岳岭村爱心互助学堂',
        months: [72, 155],
        capacity: 60,
        staff: 10,
        who: (0, demo_class_helpers_1.kids)('xf-yueling'),
        enrolled: 60,
    },
    {
        key: 'xf-ranli',
        ...HALLS,
        venue: 'ranli-hall',
        name: '冉李村爱心互助学堂',
        months: [72, 155],
        capacity: 50,
        staff: 6,
        who: (0, demo_class_helpers_1.kids)('xf-ranli'),
        enrolled: 50,
    },
    {
        key: 'xf-wushu',
        ...COURSES,
        name: '武术散打',
        months: [72, 155],
        weekdays: [1, 3, 5],
        hours: ['09:00', '10:30'],
        topic: (d) => (d === '2023-08-25' ? ['“健康达人”比赛', class_enums_1.SessionKind.ACTIVITY] : ['武术散打基础', class_enums_1.SessionKind.LESSON]),
        enrolled: 18,
    },
    {
        key: 'xf-tineng',
        ...COURSES,
        name: '体能训练',
        months: [72, 155],
        weekdays: [2, 4],
        hours: ['09:00', '10:30'],
        topic: (d) => d === '2023-08-10' ? ['“挑战卡路里”比赛', class_enums_1.SessionKind.ACTIVITY] : ['走、跑、跳基础训练与体能游戏', class_enums_1.SessionKind.LESSON],
        enrolled: 17,
    },
    {
        key: 'xf-shitineng',
        ...COURSES,
        name: '少儿体适能',
        months: [48, 107],
        weekdays: [2, 4],
        hours: ['15:00', '16:30'],
        topic: () => ['少儿体适能', class_enums_1.SessionKind.LESSON],
        enrolled: 17,
    },
    {
        key: 'sm-nursery',
        project: 'sm-nursery',
        venue: 'jimi-site',
        name: '几侎稚家托育班',
        careType: class_enums_1.CareType.FULL_DAY,
        months: [18, 36],
        capacity: 15,
        staff: 3,
        startsOn: '2024-02-01',
        endsOn: '2026-12-31',
        window: SUMMER_2025,
        weekdays: demo_class_helpers_1.MON_FRI,
        hours: ['08:00', '17:30'],
        feeFen: 5_000,
        topic: (0, demo_class_helpers_1.rotate)(class_enums_1.SessionKind.LESSON, '', [
            '科学实验',
            '奇妙音乐',
            '运动感统',
            '创意涂鸦',
            '手工制作',
            '绘本阅读',
            '运动大循环',
            '农耕实践',
        ]),
        who: (0, demo_class_helpers_1.kids)('sm'),
        enrolled: 12,
    },
    // The last eight weeks of the spring term 2025 (after school; no class in the summer holidays);
    // 6月2日 is the 端午 holiday.
    {
        key: 'lc-after',
        project: 'lc-children',
        venue: 'nadeng-home',
        name: '娜登社区留守儿童课后关爱班',
        careType: class_enums_1.CareType.AFTER_SCHOOL,
        months: [72, 167],
        capacity: 40,
        staff: 4,
        startsOn: '2025-05-06',
        endsOn: '2025-06-27',
        weekdays: demo_class_helpers_1.MON_FRI,
        hours: ['16:30', '18:30'],
        feeFen: 0,
        skip: ['2025-06-02'],
        topic: (d) => d === '2025-06-13'
            ? ['“小葫芦”法治课堂', class_enums_1.SessionKind.LECTURE]
            : (0, demo_dates_1.isoWeekday)(d) === 5
                ? ['亲情陪护与谈心', class_enums_1.SessionKind.ACTIVITY]
                : ['课后作业辅导', class_enums_1.SessionKind.LESSON],
        who: (0, demo_class_helpers_1.kids)('lc-nadeng'),
        enrolled: 32,
    },
    {
        key: 'lc-day',
        project: 'lc-daycare',
        venue: 'longquanhu-daycare',
        name: '日间照料',
        careType: class_enums_1.CareType.FULL_DAY,
        months: [720, 1199],
        capacity: 30,
        staff: 4,
        startsOn: '2024-01-01',
        endsOn: '2025-12-31',
        window: SUMMER_2025,
        weekdays: demo_class_helpers_1.MON_FRI,
        hours: ['08:30', '17:00'],
        feeFen: 1_000,
        topic: () => ['日间照料：午餐、午休、文体活动', class_enums_1.SessionKind.ACTIVITY],
        who: (p) => p.tag === 'lc-elderly',
        enrolled: 22,
    },
];
//# sourceMappingURL=demo-classes-rural.js.map