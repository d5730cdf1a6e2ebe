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
exports.SocialGroup = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const social_group_enums_1 = require("./social-group.enums");
const partnership_entity_1 = require("../partnership/partnership.entity");
const service_project_entity_1 = require("../project/service-project.entity");
/** A social organization (社会组织) that runs services for unions and federations. */
let SocialGroup = class SocialGroup extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.certifiedSocialWorkers = 0;
        this.volunteers = 0;
        /** Guided to set up its own trade union (引导建会). */
        this.hasOwnUnion = false;
        // Inverse sides: used by the some / every / none relation filters.
        this.operatedProjects = new core_1.Collection(this);
        this.partnerships = new core_1.Collection(this);
    }
};
exports.SocialGroup = SocialGroup;
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], SocialGroup.prototype, "name", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(social_group_enums_1.SocialGroupKind) }),
    __metadata("design:type", String)
], SocialGroup.prototype, "kind", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(social_group_enums_1.RegistrationStatus) }),
    __metadata("design:type", String)
], SocialGroup.prototype, "registrationStatus", void 0);
__decorate([
    (0, core_1.Property)({ length: 18, nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "creditCode", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(social_group_enums_1.SocialGroupGrade), nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "grade", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SocialGroup.prototype, "certifiedSocialWorkers", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SocialGroup.prototype, "volunteers", void 0);
__decorate([
    (0, core_1.Property)({ default: false }),
    __metadata("design:type", Boolean)
], SocialGroup.prototype, "hasOwnUnion", void 0);
__decorate([
    (0, core_1.Property)({ length: 200, nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "serviceArea", void 0);
__decorate([
    (0, core_1.Property)({ length: 300, nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "address", void 0);
__decorate([
    (0, core_1.Property)({ length: 50, nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "contactName", void 0);
__decorate([
    (0, core_1.Property)({ length: 20, nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "contactPhone", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], SocialGroup.prototype, "description", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_project_entity_1.ServiceProject, (x) => x.operator),
    __metadata("design:type", Object)
], SocialGroup.prototype, "operatedProjects", void 0);
__decorate([
    (0, core_1.OneToMany)(() => partnership_entity_1.Partnership, (x) => x.socialGroup),
    __metadata("design:type", Object)
], SocialGroup.prototype, "partnerships", void 0);
exports.SocialGroup = SocialGroup = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['name'] }),
    (0, core_1.Check)({
        name: 'social_group_credit_code_check',
        expression: `registration_status <> 'REGISTERED' or credit_code is not null`,
    }),
    (0, core_1.Check)({ name: 'social_group_certified_social_workers_check', expression: 'certified_social_workers >= 0' }),
    (0, core_1.Check)({ name: 'social_group_volunteers_check', expression: 'volunteers >= 0' })
], SocialGroup);
//# sourceMappingURL=social-group.entity.js.map