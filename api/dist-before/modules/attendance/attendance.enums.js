"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AttendanceStatus = void 0;
const enums_1 = require("../../common/enums");
exports.AttendanceStatus = (0, enums_1.defineEnum)('AttendanceStatus', {
    PRESENT: ['出勤', 'Present'],
    LATE: ['迟到', 'Late'],
    ABSENT: ['缺勤', 'Absent'],
    EXCUSED: ['请假', 'Excused'],
});
//# sourceMappingURL=attendance.enums.js.map