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
exports.ProjectPartner = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const project_enums_1 = require("./project.enums");
const service_project_entity_1 = require("./service-project.entity");
/** Another party taking part in a project: exactly one of an organization or a social organization. */
let ProjectPartner = class ProjectPartner extends base_entity_1.BaseEntity {
};
exports.ProjectPartner = ProjectPartner;
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ProjectPartner.prototype, "project", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ProjectPartner.prototype, "organization", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ProjectPartner.prototype, "socialGroup", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(project_enums_1.PartnerRole) }),
    __metadata("design:type", String)
], ProjectPartner.prototype, "role", void 0);
__decorate([
    (0, core_1.Property)({ length: 500, nullable: true }),
    __metadata("design:type", Object)
], ProjectPartner.prototype, "note", void 0);
exports.ProjectPartner = ProjectPartner = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({
        name: 'project_partner_one_party_check',
        expression: 'num_nonnulls(organization_id, social_group_id) = 1',
    })
], ProjectPartner);
//# sourceMappingURL=project-partner.entity.js.map