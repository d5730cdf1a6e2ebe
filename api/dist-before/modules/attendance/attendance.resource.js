"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attendanceResource = void 0;
const access_1 = require("../../common/scope/access");
const resource_1 = require("../../common/resource");
const attendance_entity_1 = require("./attendance.entity");
const attendance_enums_1 = require("./attendance.enums");
const attendance_rules_1 = require("./attendance.rules");
exports.attendanceResource = (0, resource_1.defineResource)({
    name: 'Attendance',
    entity: attendance_entity_1.Attendance,
    single: 'attendance',
    plural: 'attendanceRecords',
    label: ['考勤', 'Attendance'],
    // Lists of people are not for analysts (aggregates only).
    listRoles: access_1.PEOPLE_VIEWERS,
    search: ['note'],
    defaultOrder: { createdAt: 'DESC' },
    // The same rules as recordAttendance / checkIn / checkOut (attendance.rules.ts).
    validate: attendance_rules_1.attendanceRules,
    fields: {
        sessionId: resource_1.f.ref('ClassSession', 'session', '课次', 'Session', { required: true, filter: true }),
        enrollmentId: resource_1.f.ref('Enrollment', 'enrollment', '报名', 'Enrollment', {
            required: true,
            filter: true,
            description: 'One attendance record per session and enrollment',
        }),
        status: resource_1.f.enum(attendance_enums_1.AttendanceStatus, 'AttendanceStatus', '考勤状态', 'Status', {
            required: true,
            filter: true,
            sort: true,
        }),
        checkInAt: resource_1.f.datetime('签到时间', 'Checked in at', { filter: true, sort: true }),
        checkOutAt: resource_1.f.datetime('签退时间', 'Checked out at', {
            filter: true,
            sort: true,
            description: 'Not before check-in',
        }),
        pickedUpById: resource_1.f.ref('Beneficiary', 'pickedUpBy', '接送人', 'Picked up by', {
            filter: true,
            description: 'A registered guardian of the person with mayPickUp; required at check-out for a child under 14',
        }),
        recordedById: resource_1.f.ref('User', 'recordedBy', '记录人', 'Recorded by', { readOnly: true, filter: true }),
        note: resource_1.f.string('备注', 'Note', { maxLength: 500 }),
    },
});
//# sourceMappingURL=attendance.resource.js.map