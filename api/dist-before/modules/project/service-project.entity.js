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
exports.ServiceProject = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const project_enums_1 = require("./project.enums");
const approval_step_entity_1 = require("./approval-step.entity");
const evaluation_entity_1 = require("../evaluation/evaluation.entity");
const project_partner_entity_1 = require("./project-partner.entity");
const service_class_entity_1 = require("../class/service-class.entity");
const service_record_entity_1 = require("../service-record/service-record.entity");
const subsidy_policy_entity_1 = require("./subsidy-policy.entity");
/**
 * A service project (服务项目): sponsored by an organization (主办单位), usually run by a social
 * organization (承办方), possibly part of a larger programme (上级项目). Its status changes only
 * through the approval workflow and other domain actions.
 */
let ServiceProject = class ServiceProject extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.targetCategories = [];
        this.status = project_enums_1.ProjectStatus.DRAFT;
        // Inverse sides: used by the some / every / none relation filters.
        this.subProjects = new core_1.Collection(this);
        this.classes = new core_1.Collection(this);
        this.partners = new core_1.Collection(this);
        this.approvalSteps = new core_1.Collection(this);
        this.subsidyPolicies = new core_1.Collection(this);
        this.evaluations = new core_1.Collection(this);
        this.serviceRecords = new core_1.Collection(this);
    }
};
exports.ServiceProject = ServiceProject;
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], ServiceProject.prototype, "name", void 0);
__decorate([
    (0, core_1.Property)({ length: 100, nullable: true }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "brand", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "edition", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(project_enums_1.ProjectCategory) }),
    __metadata("design:type", String)
], ServiceProject.prototype, "category", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "sponsor", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "operator", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => ServiceProject, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "parent", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ServiceProject.prototype, "startsOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ServiceProject.prototype, "endsOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "budgetFen", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.BeneficiaryCategory), array: true, default: [] }),
    __metadata("design:type", Array)
], ServiceProject.prototype, "targetCategories", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(project_enums_1.ProjectStatus), default: project_enums_1.ProjectStatus.DRAFT }),
    __metadata("design:type", String)
], ServiceProject.prototype, "status", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "description", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ServiceProject.prototype, "cancelReason", void 0);
__decorate([
    (0, core_1.OneToMany)(() => ServiceProject, (x) => x.parent),
    __metadata("design:type", Object)
], ServiceProject.prototype, "subProjects", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_class_entity_1.ServiceClass, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "classes", void 0);
__decorate([
    (0, core_1.OneToMany)(() => project_partner_entity_1.ProjectPartner, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "partners", void 0);
__decorate([
    (0, core_1.OneToMany)(() => approval_step_entity_1.ApprovalStep, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "approvalSteps", void 0);
__decorate([
    (0, core_1.OneToMany)(() => subsidy_policy_entity_1.SubsidyPolicy, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "subsidyPolicies", void 0);
__decorate([
    (0, core_1.OneToMany)(() => evaluation_entity_1.Evaluation, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "evaluations", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_record_entity_1.ServiceRecord, (x) => x.project),
    __metadata("design:type", Object)
], ServiceProject.prototype, "serviceRecords", void 0);
exports.ServiceProject = ServiceProject = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({ name: 'service_project_target_categories_check', expression: (0, beneficiary_enums_1.beneficiaryCategoriesCheck)('target_categories') }),
    (0, core_1.Index)({ properties: ['name'] }),
    (0, core_1.Index)({ properties: ['startsOn'] }),
    (0, core_1.Index)({ properties: ['status'] }),
    (0, core_1.Check)({ name: 'service_project_ends_on_check', expression: 'ends_on >= starts_on' }),
    (0, core_1.Check)({ name: 'service_project_budget_fen_check', expression: 'budget_fen >= 0' }),
    (0, core_1.Check)({ name: 'service_project_edition_check', expression: 'edition >= 1' })
], ServiceProject);
//# sourceMappingURL=service-project.entity.js.map