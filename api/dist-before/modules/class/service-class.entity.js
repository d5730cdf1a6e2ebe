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
exports.ServiceClass = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const service_project_entity_1 = require("../project/service-project.entity");
const venue_entity_1 = require("../venue/venue.entity");
const class_enums_1 = require("./class.enums");
const class_session_entity_1 = require("./class-session.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
/**
 * A class (班级) of a project: a group with a capacity, a date range, weekdays and daily hours.
 * `enrolledCount` is kept by a database trigger on enrollment and never exceeds `capacity`.
 */
let ServiceClass = class ServiceClass extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        /** Kept by the enrollment trigger. */
        this.enrolledCount = 0;
        this.staffCount = 0;
        this.feePerDayFen = 0;
        this.status = class_enums_1.ClassStatus.OPEN;
        // Inverse sides: used by the some / every / none relation filters.
        this.sessions = new core_1.Collection(this);
        this.enrollments = new core_1.Collection(this);
    }
};
exports.ServiceClass = ServiceClass;
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceClass.prototype, "project", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => venue_entity_1.Venue, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceClass.prototype, "venue", void 0);
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], ServiceClass.prototype, "name", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(class_enums_1.CareType) }),
    __metadata("design:type", String)
], ServiceClass.prototype, "careType", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ServiceClass.prototype, "minAgeMonths", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ServiceClass.prototype, "maxAgeMonths", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], ServiceClass.prototype, "capacity", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], ServiceClass.prototype, "enrolledCount", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], ServiceClass.prototype, "staffCount", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ServiceClass.prototype, "startsOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ServiceClass.prototype, "endsOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'number[]', columnType: 'int[]' }),
    __metadata("design:type", Array)
], ServiceClass.prototype, "weekdays", void 0);
__decorate([
    (0, core_1.Property)({ type: 'time' }),
    __metadata("design:type", String)
], ServiceClass.prototype, "dailyStart", void 0);
__decorate([
    (0, core_1.Property)({ type: 'time' }),
    __metadata("design:type", String)
], ServiceClass.prototype, "dailyEnd", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], ServiceClass.prototype, "feePerDayFen", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(class_enums_1.ClassStatus), default: class_enums_1.ClassStatus.OPEN }),
    __metadata("design:type", String)
], ServiceClass.prototype, "status", void 0);
__decorate([
    (0, core_1.OneToMany)(() => class_session_entity_1.ClassSession, (x) => x.serviceClass),
    __metadata("design:type", Object)
], ServiceClass.prototype, "sessions", void 0);
__decorate([
    (0, core_1.OneToMany)(() => enrollment_entity_1.Enrollment, (x) => x.serviceClass),
    __metadata("design:type", Object)
], ServiceClass.prototype, "enrollments", void 0);
exports.ServiceClass = ServiceClass = __decorate([
    (0, core_1.Entity)({ tableName: 'service_class' }),
    (0, core_1.Index)({ properties: ['name'] }),
    (0, core_1.Index)({ properties: ['startsOn'] }),
    (0, core_1.Index)({ properties: ['status'] }),
    (0, core_1.Check)({ name: 'service_class_min_age_months_check', expression: 'min_age_months >= 0' }),
    (0, core_1.Check)({ name: 'service_class_max_age_months_check', expression: 'max_age_months >= min_age_months' }),
    (0, core_1.Check)({ name: 'service_class_capacity_check', expression: 'capacity > 0' }),
    (0, core_1.Check)({ name: 'service_class_enrolled_count_check', expression: 'enrolled_count >= 0 and enrolled_count <= capacity' }),
    (0, core_1.Check)({ name: 'service_class_staff_count_check', expression: 'staff_count >= 0' }),
    (0, core_1.Check)({ name: 'service_class_ends_on_check', expression: 'ends_on >= starts_on' }),
    (0, core_1.Check)({ name: 'service_class_weekdays_check', expression: 'weekdays <@ array[1, 2, 3, 4, 5, 6, 7]' }),
    (0, core_1.Check)({ name: 'service_class_daily_end_check', expression: 'daily_end > daily_start' }),
    (0, core_1.Check)({ name: 'service_class_fee_per_day_fen_check', expression: 'fee_per_day_fen >= 0' })
], ServiceClass);
//# sourceMappingURL=service-class.entity.js.map