"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionStatus = exports.SessionKind = exports.ClassStatus = exports.CareType = void 0;
const enums_1 = require("../../common/enums");
exports.CareType = (0, enums_1.defineEnum)('CareType', {
    FULL_DAY: ['全日托', 'Full day'],
    HALF_DAY: ['半日托', 'Half day'],
    HOURLY: ['计时托', 'Hourly'],
    TEMPORARY: ['临时托', 'Temporary'],
    HOLIDAY: ['假期托', 'Holiday'],
    AFTER_SCHOOL: ['课后托', 'After school'],
    EVENING: ['晚间班', 'Evening class'],
    ACTIVITY: ['活动', 'Activity'],
});
exports.ClassStatus = (0, enums_1.defineEnum)('ClassStatus', {
    OPEN: ['招生中', 'Open'],
    CLOSED: ['已截止', 'Closed'],
    CANCELLED: ['已取消', 'Cancelled'],
});
exports.SessionKind = (0, enums_1.defineEnum)('SessionKind', {
    LESSON: ['课程', 'Lesson'],
    ACTIVITY: ['活动', 'Activity'],
    FIELD_TRIP: ['研学参观', 'Field trip'],
    LECTURE: ['讲座', 'Lecture'],
});
exports.SessionStatus = (0, enums_1.defineEnum)('SessionStatus', {
    SCHEDULED: ['已排课', 'Scheduled'],
    HELD: ['已开展', 'Held'],
    CANCELLED: ['已取消', 'Cancelled'],
});
//# sourceMappingURL=class.enums.js.map