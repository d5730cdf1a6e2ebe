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
exports.Partnership = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const partnership_enums_1 = require("./partnership.enums");
/** A standing relationship between an organization (union, federation, community) and a social organization. */
let Partnership = class Partnership extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.status = partnership_enums_1.PartnershipStatus.ACTIVE;
    }
};
exports.Partnership = Partnership;
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Partnership.prototype, "organization", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Partnership.prototype, "socialGroup", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(partnership_enums_1.PartnershipKind) }),
    __metadata("design:type", String)
], Partnership.prototype, "kind", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], Partnership.prototype, "since", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Partnership.prototype, "until", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Partnership.prototype, "discountBp", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(partnership_enums_1.PartnershipStatus), default: partnership_enums_1.PartnershipStatus.ACTIVE }),
    __metadata("design:type", String)
], Partnership.prototype, "status", void 0);
__decorate([
    (0, core_1.Property)({ length: 500, nullable: true }),
    __metadata("design:type", Object)
], Partnership.prototype, "note", void 0);
exports.Partnership = Partnership = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['since'] }),
    (0, core_1.Check)({ name: 'partnership_until_check', expression: 'until >= since' }),
    (0, core_1.Check)({ name: 'partnership_discount_bp_check', expression: 'discount_bp >= 0 and discount_bp <= 10000' })
], Partnership);
//# sourceMappingURL=partnership.entity.js.map