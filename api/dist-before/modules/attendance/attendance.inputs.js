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
exports.AttendanceRowInput = void 0;
const class_validator_1 = require("class-validator");
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../common/crud/scalars");
const attendance_enums_1 = require("./attendance.enums");
/** One line of a session's roster (点名表): an omitted optional field keeps its value, null clears it. */
let AttendanceRowInput = class AttendanceRowInput {
};
exports.AttendanceRowInput = AttendanceRowInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], AttendanceRowInput.prototype, "enrollmentId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => attendance_enums_1.AttendanceStatus),
    __metadata("design:type", String)
], AttendanceRowInput.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.DateTime, { nullable: true, description: '签到时间: on the session date' }),
    __metadata("design:type", Object)
], AttendanceRowInput.prototype, "checkInAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.DateTime, { nullable: true, description: '签退时间: after check-in, on the session date' }),
    __metadata("design:type", Object)
], AttendanceRowInput.prototype, "checkOutAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: '接送人: a guardian of the person with mayPickUp' }),
    __metadata("design:type", Object)
], AttendanceRowInput.prototype, "pickedUpById", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(500, { message: '不能超过500个字符' }),
    __metadata("design:type", Object)
], AttendanceRowInput.prototype, "note", void 0);
exports.AttendanceRowInput = AttendanceRowInput = __decorate([
    (0, type_graphql_1.InputType)('AttendanceRowInput')
], AttendanceRowInput);
//# sourceMappingURL=attendance.inputs.js.map