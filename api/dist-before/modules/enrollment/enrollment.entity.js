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
exports.Enrollment = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const service_class_entity_1 = require("../class/service-class.entity");
const enrollment_enums_1 = require("./enrollment.enums");
const attendance_entity_1 = require("../attendance/attendance.entity");
/**
 * A beneficiary's place (or waiting-list place) in a class. Fees are computed by the enrollment
 * service: `feeFen = subsidyFen + payableFen`. One live (enrolled or waitlisted) row per class and person.
 */
let Enrollment = class Enrollment extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.status = enrollment_enums_1.EnrollmentStatus.ENROLLED;
        this.daysBooked = 0;
        this.feeFen = 0;
        this.subsidyFen = 0;
        this.payableFen = 0;
        // Inverse sides: used by the some / every / none relation filters.
        this.attendanceRecords = new core_1.Collection(this);
    }
};
exports.Enrollment = Enrollment;
__decorate([
    (0, core_1.ManyToOne)(() => service_class_entity_1.ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Enrollment.prototype, "serviceClass", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Enrollment.prototype, "beneficiary", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Enrollment.prototype, "applicant", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(enrollment_enums_1.EnrollmentStatus), default: enrollment_enums_1.EnrollmentStatus.ENROLLED }),
    __metadata("design:type", String)
], Enrollment.prototype, "status", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Enrollment.prototype, "waitlistPosition", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Enrollment.prototype, "daysBooked", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Enrollment.prototype, "feeFen", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Enrollment.prototype, "subsidyFen", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Enrollment.prototype, "payableFen", void 0);
__decorate([
    (0, core_1.Property)({ length: 100, nullable: true, unique: 'enrollment_idempotency_key_unique' }),
    __metadata("design:type", Object)
], Enrollment.prototype, "idempotencyKey", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Enrollment.prototype, "enrolledAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Enrollment.prototype, "withdrawnAt", void 0);
__decorate([
    (0, core_1.OneToMany)(() => attendance_entity_1.Attendance, (x) => x.enrollment),
    __metadata("design:type", Object)
], Enrollment.prototype, "attendanceRecords", void 0);
exports.Enrollment = Enrollment = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['status'] }),
    (0, core_1.Index)({ properties: ['createdAt'] }),
    (0, core_1.Unique)({
        name: 'enrollment_live_unique',
        expression: 'create unique index "enrollment_live_unique" on "enrollment" ("class_id", "beneficiary_id") where "deleted_at" is null and "status" in (\'ENROLLED\', \'WAITLISTED\')',
    }),
    (0, core_1.Check)({ name: 'enrollment_waitlist_position_check', expression: 'waitlist_position >= 1' }),
    (0, core_1.Check)({ name: 'enrollment_days_booked_check', expression: 'days_booked >= 0' }),
    (0, core_1.Check)({ name: 'enrollment_fee_fen_check', expression: 'fee_fen >= 0' }),
    (0, core_1.Check)({ name: 'enrollment_subsidy_fen_check', expression: 'subsidy_fen >= 0' }),
    (0, core_1.Check)({ name: 'enrollment_payable_fen_check', expression: 'payable_fen >= 0' }),
    (0, core_1.Check)({ name: 'enrollment_fee_fen_split_check', expression: 'fee_fen = subsidy_fen + payable_fen' })
], Enrollment);
//# sourceMappingURL=enrollment.entity.js.map