"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AttendanceResolver = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const scalars_1 = require("../../common/crud/scalars");
const attendance_inputs_1 = require("./attendance.inputs");
const attendance_resource_1 = require("./attendance.resource");
const attendance_service_1 = require("./attendance.service");
const session_verification_service_1 = require("./session-verification.service");
const class_session_resource_1 = require("../class/class-session.resource");
const AttendanceType = () => (0, object_type_1.objectTypeOf)(attendance_resource_1.attendanceResource);
const SessionType = () => (0, object_type_1.objectTypeOf)(class_session_resource_1.classSessionResource);
/** 点名, 签到 and 签退: thin mappings onto attendance.service.ts. */
let AttendanceResolver = class AttendanceResolver {
    recordAttendance(sessionId, rows, ctx) {
        return (0, attendance_service_1.recordAttendance)(ctx, sessionId, rows);
    }
    checkIn(sessionId, enrollmentId, at, ctx) {
        return (0, attendance_service_1.checkIn)(ctx, { sessionId, enrollmentId, at });
    }
    checkOut(sessionId, enrollmentId, pickedUpById, at, ctx) {
        return (0, attendance_service_1.checkOut)(ctx, { sessionId, enrollmentId, pickedUpById, at });
    }
    verifySessionAttendance(sessionId, ctx) {
        return (0, session_verification_service_1.verifySessionAttendance)(ctx, sessionId);
    }
};
exports.AttendanceResolver = AttendanceResolver;
__decorate([
    (0, type_graphql_1.Mutation)(() => [AttendanceType()], {
        description: "Saves a session's roster in one transaction: one row per listed enrolment, created or updated " +
            '(an omitted optional field keeps its value, null clears it). All rows or none; errors keyed `index.field`.',
    }),
    __param(0, (0, type_graphql_1.Arg)('sessionId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('rows', () => [attendance_inputs_1.AttendanceRowInput])),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Array, Object]),
    __metadata("design:returntype", void 0)
], AttendanceResolver.prototype, "recordAttendance", null);
__decorate([
    (0, type_graphql_1.Mutation)(AttendanceType, {
        description: 'Checks a person in (签到): PRESENT, or LATE more than 15 minutes after the session starts',
    }),
    __param(0, (0, type_graphql_1.Arg)('sessionId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('enrollmentId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('at', () => scalars_1.DateTime, { nullable: true, description: 'Default: now; on the session date' })),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object]),
    __metadata("design:returntype", void 0)
], AttendanceResolver.prototype, "checkIn", null);
__decorate([
    (0, type_graphql_1.Mutation)(AttendanceType, {
        description: 'Checks a person out (签退). A child under 14 must be picked up by a registered guardian with mayPickUp; ' +
            'anyone else is refused with BAD_USER_INPUT on pickedUpById saying why',
    }),
    __param(0, (0, type_graphql_1.Arg)('sessionId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('enrollmentId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('pickedUpById', () => type_graphql_1.ID, { nullable: true })),
    __param(3, (0, type_graphql_1.Arg)('at', () => scalars_1.DateTime, { nullable: true, description: 'Default: now; on the session date' })),
    __param(4, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object, Object]),
    __metadata("design:returntype", void 0)
], AttendanceResolver.prototype, "checkOut", null);
__decorate([
    (0, type_graphql_1.Mutation)(SessionType, {
        description: "Verifies a HELD session's roster (考勤核验), by the sponsor's staff only; its attendance is then frozen " +
            'and settlement counts it',
    }),
    __param(0, (0, type_graphql_1.Arg)('sessionId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], AttendanceResolver.prototype, "verifySessionAttendance", null);
exports.AttendanceResolver = AttendanceResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], AttendanceResolver);
//# sourceMappingURL=attendance.resolver.js.map