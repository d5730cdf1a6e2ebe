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
exports.Consent = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_entity_1 = require("./beneficiary.entity");
const beneficiary_enums_1 = require("./beneficiary.enums");
/**
 * A consent to processing personal information for one purpose; for a child under 14 it is given
 * by a guardian (`givenBy`, `relation`). Withdrawal keeps the row and sets `withdrawnAt`.
 */
let Consent = class Consent extends base_entity_1.BaseEntity {
};
exports.Consent = Consent;
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Consent.prototype, "beneficiary", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Consent.prototype, "givenBy", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.GuardianRelation), nullable: true }),
    __metadata("design:type", Object)
], Consent.prototype, "relation", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.ConsentPurpose) }),
    __metadata("design:type", String)
], Consent.prototype, "purpose", void 0);
__decorate([
    (0, core_1.Property)({ length: 20 }),
    __metadata("design:type", String)
], Consent.prototype, "noticeVersion", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz' }),
    __metadata("design:type", Date)
], Consent.prototype, "givenAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], Consent.prototype, "withdrawnAt", void 0);
exports.Consent = Consent = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({ name: 'consent_withdrawn_at_check', expression: 'withdrawn_at >= given_at' })
], Consent);
//# sourceMappingURL=consent.entity.js.map