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
exports.ServiceRecord = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const service_project_entity_1 = require("../project/service-project.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const service_record_enums_1 = require("./service-record.enums");
/** An individual service given to a beneficiary (counselling, a home visit …) within a project. */
let ServiceRecord = class ServiceRecord extends base_entity_1.BaseEntity {
};
exports.ServiceRecord = ServiceRecord;
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceRecord.prototype, "beneficiary", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceRecord.prototype, "project", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceRecord.prototype, "socialGroup", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz' }),
    __metadata("design:type", Date)
], ServiceRecord.prototype, "occurredAt", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(service_record_enums_1.ServiceRecordKind) }),
    __metadata("design:type", String)
], ServiceRecord.prototype, "kind", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], ServiceRecord.prototype, "minutes", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ServiceRecord.prototype, "summary", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ServiceRecord.prototype, "outcome", void 0);
exports.ServiceRecord = ServiceRecord = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['occurredAt'] }),
    (0, core_1.Check)({ name: 'service_record_minutes_check', expression: 'minutes >= 0' })
], ServiceRecord);
//# sourceMappingURL=service-record.entity.js.map