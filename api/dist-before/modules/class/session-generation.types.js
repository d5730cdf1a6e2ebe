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
exports.SessionGeneration = exports.GeneratedSession = exports.GeneratedSessionState = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("../../common/enums");
const scalars_1 = require("../../common/crud/scalars");
const class_enums_1 = require("./class.enums");
/** What generation does (or, in a preview, would do) with one session. */
exports.GeneratedSessionState = (0, enums_1.defineEnum)('GeneratedSessionState', {
    NEW: ['新增', 'New: on the schedule, created'],
    EXISTING: ['已有', 'Existing: on the schedule, kept as it is'],
    UPDATED: ['调整', 'Updated: on the schedule, end time changed to the class’s'],
    REMOVED: ['删除', 'Removed: no longer on the schedule and without attendance (soft delete)'],
    KEPT: ['保留', 'Kept: no longer on the schedule but has attendance'],
});
let GeneratedSession = class GeneratedSession {
};
exports.GeneratedSession = GeneratedSession;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'Null for a new session in a preview' }),
    __metadata("design:type", Object)
], GeneratedSession.prototype, "sessionId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], GeneratedSession.prototype, "date", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalTime),
    __metadata("design:type", String)
], GeneratedSession.prototype, "startsAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalTime),
    __metadata("design:type", String)
], GeneratedSession.prototype, "endsAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => exports.GeneratedSessionState),
    __metadata("design:type", String)
], GeneratedSession.prototype, "state", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => class_enums_1.SessionStatus, { nullable: true, description: 'The session’s status; null for a new one in a preview' }),
    __metadata("design:type", Object)
], GeneratedSession.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Live attendance records of the session' }),
    __metadata("design:type", Number)
], GeneratedSession.prototype, "attendanceCount", void 0);
exports.GeneratedSession = GeneratedSession = __decorate([
    (0, type_graphql_1.ObjectType)('GeneratedSession', { description: '生成课次的一行 / One session of a generation' })
], GeneratedSession);
let SessionGeneration = class SessionGeneration {
};
exports.SessionGeneration = SessionGeneration;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], SessionGeneration.prototype, "classId", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'True: nothing was written' }),
    __metadata("design:type", Boolean)
], SessionGeneration.prototype, "preview", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'New sessions (created, or to be created in a preview)' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "created", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Sessions on the schedule that already existed and were kept' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "existing", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Scheduled sessions whose end time was set to the class’s daily end' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "updated", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Meeting dates left out because they were in skipDates' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "skipped", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Sessions no longer on the schedule, without attendance: soft-deleted' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "removed", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Sessions no longer on the schedule but with attendance: kept' }),
    __metadata("design:type", Number)
], SessionGeneration.prototype, "kept", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [scalars_1.LocalDate]),
    __metadata("design:type", Array)
], SessionGeneration.prototype, "skippedDates", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [GeneratedSession], { description: 'Every session concerned, by date and start time' }),
    __metadata("design:type", Array)
], SessionGeneration.prototype, "sessions", void 0);
exports.SessionGeneration = SessionGeneration = __decorate([
    (0, type_graphql_1.ObjectType)('SessionGeneration', { description: '按班级排期生成课次的结果 / Sessions generated from a class schedule' })
], SessionGeneration);
//# sourceMappingURL=session-generation.types.js.map