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
exports.ApprovalStep = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const user_entity_1 = require("../account/user.entity");
const organization_entity_1 = require("../organization/organization.entity");
const project_enums_1 = require("./project.enums");
const service_project_entity_1 = require("./service-project.entity");
/**
 * One approver's step in a project's approval; written only by the project actions. The database
 * keeps at most one PENDING step per project (a second submission racing the first fails), and a
 * step carries a decision time exactly when it is decided.
 */
let ApprovalStep = class ApprovalStep extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.decision = project_enums_1.ApprovalDecision.PENDING;
    }
};
exports.ApprovalStep = ApprovalStep;
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApprovalStep.prototype, "project", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApprovalStep.prototype, "approverOrganization", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(project_enums_1.ApprovalDecision), default: project_enums_1.ApprovalDecision.PENDING }),
    __metadata("design:type", String)
], ApprovalStep.prototype, "decision", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApprovalStep.prototype, "decidedBy", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ApprovalStep.prototype, "decidedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], ApprovalStep.prototype, "dueOn", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], ApprovalStep.prototype, "comment", void 0);
exports.ApprovalStep = ApprovalStep = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Unique)({
        name: 'approval_step_project_id_pending_unique',
        expression: 'create unique index "approval_step_project_id_pending_unique" on "approval_step" ("project_id") where "decision" = \'PENDING\' and "deleted_at" is null',
    })
    // The approver's queue (pendingApprovals): its pending steps, oldest due first.
    ,
    (0, core_1.Index)({
        name: 'approval_step_pending_queue_index',
        expression: 'create index "approval_step_pending_queue_index" on "approval_step" ("approver_organization_id", "due_on", "id") where "decision" = \'PENDING\' and "deleted_at" is null',
    }),
    (0, core_1.Check)({ name: 'approval_step_decided_at_check', expression: "(decision = 'PENDING') = (decided_at is null)" })
], ApprovalStep);
//# sourceMappingURL=approval-step.entity.js.map