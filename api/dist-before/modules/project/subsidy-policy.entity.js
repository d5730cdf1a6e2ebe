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
exports.SubsidyPolicy = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const organization_entity_1 = require("../organization/organization.entity");
const service_project_entity_1 = require("./service-project.entity");
/**
 * How much of a participant's fee the sponsor pays (at most half), for whom, and up to what amount
 * per person. At most one live policy per project.
 */
let SubsidyPolicy = class SubsidyPolicy extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.eligibleCategories = [];
    }
};
exports.SubsidyPolicy = SubsidyPolicy;
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], SubsidyPolicy.prototype, "project", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], SubsidyPolicy.prototype, "rateBp", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], SubsidyPolicy.prototype, "capPerPersonFen", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.BeneficiaryCategory), array: true, default: [] }),
    __metadata("design:type", Array)
], SubsidyPolicy.prototype, "eligibleCategories", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], SubsidyPolicy.prototype, "membershipOrganization", void 0);
__decorate([
    (0, core_1.Property)({ length: 500, nullable: true }),
    __metadata("design:type", Object)
], SubsidyPolicy.prototype, "note", void 0);
exports.SubsidyPolicy = SubsidyPolicy = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({
        name: 'subsidy_policy_eligible_categories_check',
        expression: (0, beneficiary_enums_1.beneficiaryCategoriesCheck)('eligible_categories'),
    }),
    (0, core_1.Unique)({
        name: 'subsidy_policy_project_id_live_unique',
        expression: 'create unique index "subsidy_policy_project_id_live_unique" on "subsidy_policy" ("project_id") where "deleted_at" is null',
    }),
    (0, core_1.Check)({ name: 'subsidy_policy_rate_bp_check', expression: 'rate_bp >= 0 and rate_bp <= 5000' }),
    (0, core_1.Check)({ name: 'subsidy_policy_cap_per_person_fen_check', expression: 'cap_per_person_fen >= 0' })
], SubsidyPolicy);
//# sourceMappingURL=subsidy-policy.entity.js.map