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
Object.defineProperty(exports, "__esModule", { value: true });
exports.Attendance = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const user_entity_1 = require("../account/user.entity");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const class_session_entity_1 = require("../class/class-session.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const attendance_enums_1 = require("./attendance.enums");
/** Attendance (考勤) of one enrolled person at one session; one live row per session and enrollment. */
let Attendance = class Attendance extends base_entity_1.BaseEntity {
};
exports.Attendance = Attendance;
__decorate([
    (0, core_1.ManyToOne)(() => class_session_entity_1.ClassSession, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Attendance.prototype, "session", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => enrollment_entity_1.Enrollment, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Attendance.prototype, "enrollment", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(attendance_enums_1.AttendanceStatus) }),
    __metadata("design:type", String)
], Attendance.prototype, "status", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Attendance.prototype, "checkInAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Attendance.prototype, "checkOutAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Attendance.prototype, "pickedUpBy", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Attendance.prototype, "recordedBy", void 0);
__decorate([
    (0, core_1.Property)({ length: 500, nullable: true }),
    __metadata("design:type", Object)
], Attendance.prototype, "note", void 0);
exports.Attendance = Attendance = __decorate([
    (0, core_1.Entity)({ tableName: 'attendance' }),
    (0, core_1.Index)({ properties: ['status'] }),
    (0, core_1.Unique)({
        name: 'attendance_enrollment_id_live_unique',
        expression: 'create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id") where "deleted_at" is null',
    }),
    (0, core_1.Check)({ name: 'attendance_check_out_at_check', expression: 'check_out_at >= check_in_at' })
], Attendance);
//# sourceMappingURL=attendance.entity.js.map