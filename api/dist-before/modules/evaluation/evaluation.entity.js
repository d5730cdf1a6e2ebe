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
exports.Evaluation = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const service_project_entity_1 = require("../project/service-project.entity");
const evaluation_enums_1 = require("./evaluation.enums");
/** An evaluation (评估) of a project: midterm, final or periodic. */
let Evaluation = class Evaluation extends base_entity_1.BaseEntity {
};
exports.Evaluation = Evaluation;
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Evaluation.prototype, "project", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Evaluation.prototype, "evaluatorOrganization", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(evaluation_enums_1.EvaluationKind) }),
    __metadata("design:type", String)
], Evaluation.prototype, "kind", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], Evaluation.prototype, "evaluatedOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Evaluation.prototype, "score", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Evaluation.prototype, "satisfactionBp", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Evaluation.prototype, "comment", void 0);
exports.Evaluation = Evaluation = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['evaluatedOn'] }),
    (0, core_1.Check)({ name: 'evaluation_score_check', expression: 'score >= 0 and score <= 100' }),
    (0, core_1.Check)({ name: 'evaluation_satisfaction_bp_check', expression: 'satisfaction_bp >= 0 and satisfaction_bp <= 10000' })
], Evaluation);
//# sourceMappingURL=evaluation.entity.js.map