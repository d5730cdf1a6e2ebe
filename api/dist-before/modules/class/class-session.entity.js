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
exports.ClassSession = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const service_class_entity_1 = require("./service-class.entity");
const class_enums_1 = require("./class.enums");
const attendance_entity_1 = require("../attendance/attendance.entity");
const user_entity_1 = require("../account/user.entity");
/** One meeting (课次) of a class; at most one live session per class, date and start time. */
let ClassSession = class ClassSession extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.kind = class_enums_1.SessionKind.LESSON;
        this.status = class_enums_1.SessionStatus.SCHEDULED;
        // Inverse sides: used by the some / every / none relation filters.
        this.attendanceRecords = new core_1.Collection(this);
    }
};
exports.ClassSession = ClassSession;
__decorate([
    (0, core_1.ManyToOne)(() => service_class_entity_1.ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ClassSession.prototype, "serviceClass", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ClassSession.prototype, "date", void 0);
__decorate([
    (0, core_1.Property)({ type: 'time' }),
    __metadata("design:type", String)
], ClassSession.prototype, "startsAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'time' }),
    __metadata("design:type", String)
], ClassSession.prototype, "endsAt", void 0);
__decorate([
    (0, core_1.Property)({ length: 200, nullable: true }),
    __metadata("design:type", Object)
], ClassSession.prototype, "topic", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(class_enums_1.SessionKind), default: class_enums_1.SessionKind.LESSON }),
    __metadata("design:type", String)
], ClassSession.prototype, "kind", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(class_enums_1.SessionStatus), default: class_enums_1.SessionStatus.SCHEDULED }),
    __metadata("design:type", String)
], ClassSession.prototype, "status", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ClassSession.prototype, "attendanceVerifiedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ClassSession.prototype, "attendanceVerifiedBy", void 0);
__decorate([
    (0, core_1.Property)({ length: 500, nullable: true }),
    __metadata("design:type", Object)
], ClassSession.prototype, "cancelReason", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ClassSession.prototype, "cancelledAt", void 0);
__decorate([
    (0, core_1.OneToMany)(() => attendance_entity_1.Attendance, (x) => x.session),
    __metadata("design:type", Object)
], ClassSession.prototype, "attendanceRecords", void 0);
exports.ClassSession = ClassSession = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['date'] }),
    (0, core_1.Unique)({
        name: 'class_session_starts_at_live_unique',
        expression: 'create unique index "class_session_starts_at_live_unique" on "class_session" ("class_id", "date", "starts_at") where "deleted_at" is null',
    }),
    (0, core_1.Check)({ name: 'class_session_ends_at_check', expression: 'ends_at > starts_at' })
], ClassSession);
//# sourceMappingURL=class-session.entity.js.map