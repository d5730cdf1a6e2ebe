"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classSessionResource = void 0;
const resource_1 = require("../../common/resource");
const errors_1 = require("../../graphql/errors");
const class_session_entity_1 = require("./class-session.entity");
const class_enums_1 = require("./class.enums");
exports.classSessionResource = (0, resource_1.defineResource)({
    name: 'ClassSession',
    entity: class_session_entity_1.ClassSession,
    single: 'classSession',
    plural: 'classSessions',
    label: ['课次', 'Class session'],
    search: ['topic'],
    defaultOrder: { date: 'ASC', startsAt: 'ASC' },
    // A verified roster is what settlement paid on, and a cancelled session is history: neither is edited
    // (the console hides 编辑 for them; this is the rule).
    validate: async (_tx, rows, _ctx, mode) => {
        if (mode !== 'update')
            return;
        if (rows.some((r) => r.attendanceVerifiedAt))
            throw (0, errors_1.conflict)('已核验的课次不能修改');
        if (rows.some((r) => r.status === 'CANCELLED'))
            throw (0, errors_1.conflict)('已取消的课次不能修改');
    },
    fields: {
        classId: resource_1.f.ref('ServiceClass', 'serviceClass', '班级', 'Class', { required: true, filter: true }),
        date: resource_1.f.date('日期', 'Date', { required: true, filter: true, sort: true }),
        startsAt: resource_1.f.time('开始时间', 'Starts at', { required: true, sort: true }),
        endsAt: resource_1.f.time('结束时间', 'Ends at', { required: true, sort: true, description: 'After the start time' }),
        topic: resource_1.f.string('主题', 'Topic', { filter: true, maxLength: 200, description: 'e.g. 参观劳模工匠馆' }),
        kind: resource_1.f.enum(class_enums_1.SessionKind, 'SessionKind', '形式', 'Kind', { filter: true, sort: true }),
        status: resource_1.f.enum(class_enums_1.SessionStatus, 'SessionStatus', '状态', 'Status', {
            readOnly: true,
            filter: true,
            sort: true,
            description: 'SCHEDULED when created; HELD set by the database with the first attendance row; CANCELLED by cancelClassSession',
        }),
        attendanceVerifiedAt: resource_1.f.datetime('考勤核验时间', 'Attendance verified at', {
            readOnly: true,
            filter: true,
            sort: true,
            description: 'Set by verifySessionAttendance; settlement counts verified sessions only',
        }),
        attendanceVerifiedById: resource_1.f.ref('User', 'attendanceVerifiedBy', '核验人', 'Verified by', {
            readOnly: true,
            filter: true,
        }),
        cancelReason: resource_1.f.string('取消原因', 'Cancel reason', { readOnly: true, description: 'Set by cancelClassSession' }),
        cancelledAt: resource_1.f.datetime('取消时间', 'Cancelled at', { readOnly: true, filter: true, sort: true }),
    },
    toMany: {
        attendanceRecords: { target: 'Attendance', inverse: 'session', label: ['考勤', 'Attendance records'] },
    },
});
//# sourceMappingURL=class-session.resource.js.map