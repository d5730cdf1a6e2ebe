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
exports.ClassAttendanceType = exports.EnrollmentAttendanceType = void 0;
const type_graphql_1 = require("type-graphql");
let EnrollmentAttendanceType = class EnrollmentAttendanceType {
};
exports.EnrollmentAttendanceType = EnrollmentAttendanceType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Sessions that count (应出勤课次)' }),
    __metadata("design:type", Number)
], EnrollmentAttendanceType.prototype, "counted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'PRESENT or LATE (出勤)' }),
    __metadata("design:type", Number)
], EnrollmentAttendanceType.prototype, "attended", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], EnrollmentAttendanceType.prototype, "late", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'ABSENT, or a counted session without a row' }),
    __metadata("design:type", Number)
], EnrollmentAttendanceType.prototype, "absent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], EnrollmentAttendanceType.prototype, "excused", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Basis points, rounded down; null when nothing counts' }),
    __metadata("design:type", Object)
], EnrollmentAttendanceType.prototype, "rateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Under thresholdBp (70%): some unions bar such an enrolment from the next period' }),
    __metadata("design:type", Boolean)
], EnrollmentAttendanceType.prototype, "belowThreshold", void 0);
exports.EnrollmentAttendanceType = EnrollmentAttendanceType = __decorate([
    (0, type_graphql_1.ObjectType)('EnrollmentAttendance', {
        description: '出勤情况: counted = HELD sessions of the class from enrolment to withdrawal, plus any HELD session with a row; ' +
            'rate = (PRESENT + LATE) / (counted − EXCUSED)',
    })
], EnrollmentAttendanceType);
let ClassAttendanceType = class ClassAttendanceType {
};
exports.ClassAttendanceType = ClassAttendanceType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'HELD sessions (场次)' }),
    __metadata("design:type", Number)
], ClassAttendanceType.prototype, "heldSessions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'PRESENT or LATE rows on HELD sessions (人次)' }),
    __metadata("design:type", Number)
], ClassAttendanceType.prototype, "personTimes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Σ attended / Σ (counted − excused) over the enrolments' }),
    __metadata("design:type", Object)
], ClassAttendanceType.prototype, "rateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Enrolments under the threshold' }),
    __metadata("design:type", Number)
], ClassAttendanceType.prototype, "belowThresholdCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], ClassAttendanceType.prototype, "thresholdBp", void 0);
exports.ClassAttendanceType = ClassAttendanceType = __decorate([
    (0, type_graphql_1.ObjectType)('ClassAttendance', { description: '班级出勤情况' })
], ClassAttendanceType);
//# sourceMappingURL=attendance-summary.types.js.map