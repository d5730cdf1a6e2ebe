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
exports.Venue = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const venue_enums_1 = require("./venue.enums");
const service_class_entity_1 = require("../class/service-class.entity");
/** A place where services are held (a school campus, a community centre, a shared union space …). */
let Venue = class Venue extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        /** A school-safety post (护学岗) guards the entrance. */
        this.hasSafetyPost = false;
        this.hasFoodLicence = false;
        // Inverse sides: used by the some / every / none relation filters.
        this.classes = new core_1.Collection(this);
    }
};
exports.Venue = Venue;
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], Venue.prototype, "name", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(venue_enums_1.VenueKind) }),
    __metadata("design:type", String)
], Venue.prototype, "kind", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Venue.prototype, "owner", void 0);
__decorate([
    (0, core_1.Property)({ length: 300, nullable: true }),
    __metadata("design:type", Object)
], Venue.prototype, "address", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Venue.prototype, "areaSqm", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Venue.prototype, "capacity", void 0);
__decorate([
    (0, core_1.Property)({ default: false }),
    __metadata("design:type", Boolean)
], Venue.prototype, "hasSafetyPost", void 0);
__decorate([
    (0, core_1.Property)({ default: false }),
    __metadata("design:type", Boolean)
], Venue.prototype, "hasFoodLicence", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Venue.prototype, "facilities", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_class_entity_1.ServiceClass, (x) => x.venue),
    __metadata("design:type", Object)
], Venue.prototype, "classes", void 0);
exports.Venue = Venue = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['name'] }),
    (0, core_1.Check)({ name: 'venue_area_sqm_check', expression: 'area_sqm >= 0' }),
    (0, core_1.Check)({ name: 'venue_capacity_check', expression: 'capacity >= 0' })
], Venue);
//# sourceMappingURL=venue.entity.js.map