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
exports.Organization = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_enums_1 = require("./organization.enums");
const partnership_entity_1 = require("../partnership/partnership.entity");
const service_project_entity_1 = require("../project/service-project.entity");
const venue_entity_1 = require("../venue/venue.entity");
/**
 * A node of the organization tree (city union → district → street → community …).
 * `path` is `/rootId/…/ownId/` and is kept by database triggers (see the migration), which also
 * refuse a parent that is the node itself or one of its descendants and move a subtree with its node.
 */
let Organization = class Organization extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        // Filled by the trigger; the default only satisfies NOT NULL before it runs.
        this.path = '';
        // Inverse sides: used by the some / every / none relation filters.
        this.children = new core_1.Collection(this);
        this.sponsoredProjects = new core_1.Collection(this);
        this.venues = new core_1.Collection(this);
        this.partnerships = new core_1.Collection(this);
    }
};
exports.Organization = Organization;
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], Organization.prototype, "name", void 0);
__decorate([
    (0, core_1.Property)({ length: 100, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "shortName", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(organization_enums_1.OrganizationKind) }),
    __metadata("design:type", String)
], Organization.prototype, "kind", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(organization_enums_1.OrganizationLevel) }),
    __metadata("design:type", String)
], Organization.prototype, "level", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Organization.prototype, "parent", void 0);
__decorate([
    (0, core_1.Index)({
        name: 'organization_path_index',
        expression: 'create index "organization_path_index" on "organization" ("path" text_pattern_ops)',
    }),
    (0, core_1.Property)({ type: 'text', defaultRaw: `''` }),
    __metadata("design:type", String)
], Organization.prototype, "path", void 0);
__decorate([
    (0, core_1.Property)({ length: 6, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "regionCode", void 0);
__decorate([
    (0, core_1.Property)({ length: 18, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "creditCode", void 0);
__decorate([
    (0, core_1.Property)({ length: 300, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "address", void 0);
__decorate([
    (0, core_1.Property)({ length: 50, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "contactName", void 0);
__decorate([
    (0, core_1.Property)({ length: 20, nullable: true }),
    __metadata("design:type", Object)
], Organization.prototype, "contactPhone", void 0);
__decorate([
    (0, core_1.OneToMany)(() => Organization, (x) => x.parent),
    __metadata("design:type", Object)
], Organization.prototype, "children", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_project_entity_1.ServiceProject, (x) => x.sponsor),
    __metadata("design:type", Object)
], Organization.prototype, "sponsoredProjects", void 0);
__decorate([
    (0, core_1.OneToMany)(() => venue_entity_1.Venue, (x) => x.owner),
    __metadata("design:type", Object)
], Organization.prototype, "venues", void 0);
__decorate([
    (0, core_1.OneToMany)(() => partnership_entity_1.Partnership, (x) => x.organization),
    __metadata("design:type", Object)
], Organization.prototype, "partnerships", void 0);
exports.Organization = Organization = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['name'] })
], Organization);
//# sourceMappingURL=organization.entity.js.map