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
exports.AuditEvent = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const user_entity_1 = require("../account/user.entity");
/**
 * An append-only audit record: who did what to which record. It extends BaseEntity only so that
 * every resource has the same columns; it is never updated or soft-deleted (the database refuses).
 * `detail` never holds personal values, only field names and non-personal context.
 */
let AuditEvent = class AuditEvent extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.occurredAt = new Date();
        this.changedFields = [];
    }
};
exports.AuditEvent = AuditEvent;
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', defaultRaw: 'now()' }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "occurredAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actor", void 0);
__decorate([
    (0, core_1.Property)({ length: 100, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actorLabel", void 0);
__decorate([
    (0, core_1.Property)({ length: 40 }),
    __metadata("design:type", String)
], AuditEvent.prototype, "action", void 0);
__decorate([
    (0, core_1.Property)({ length: 60 }),
    __metadata("design:type", String)
], AuditEvent.prototype, "entityType", void 0);
__decorate([
    (0, core_1.Property)({ length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "entityId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string[]', columnType: 'text[]', default: [] }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "changedFields", void 0);
__decorate([
    (0, core_1.Property)({ length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "requestId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "detail", void 0);
exports.AuditEvent = AuditEvent = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['entityType', 'entityId'] }),
    (0, core_1.Index)({ properties: ['occurredAt'] })
], AuditEvent);
//# sourceMappingURL=audit-event.entity.js.map