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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProjectLifecycleResolver = exports.ProjectRollupType = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const scalars_1 = require("../../common/crud/scalars");
const approval_step_resource_1 = require("./approval-step.resource");
const project_approval_service_1 = require("./project-approval.service");
const project_lifecycle_service_1 = require("./project-lifecycle.service");
const project_rollup_1 = require("./project-rollup");
const project_enums_1 = require("./project.enums");
const ProjectType = () => (0, object_type_1.objectTypeOf)(project_lifecycle_service_1.projectSpec);
const StepType = () => (0, object_type_1.objectTypeOf)(approval_step_resource_1.approvalStepResource);
let ProjectRollupType = class ProjectRollupType {
};
exports.ProjectRollupType = ProjectRollupType;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '子项目数（各级） / Sub-projects at any depth' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "subProjects", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '班级数（不含已取消） / Classes, not cancelled' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "classes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '招收名额合计 / Total capacity' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "capacity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '已报名人数合计 / Enrolled' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "enrolled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '候补人数合计 / Waitlisted' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "waitlisted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.SafeInt, { description: '预算合计（分） / Budgets summed, in fen' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "budgetFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '已开展课次 / Sessions held' }),
    __metadata("design:type", Number)
], ProjectRollupType.prototype, "sessionsHeld", void 0);
exports.ProjectRollupType = ProjectRollupType = __decorate([
    (0, type_graphql_1.ObjectType)('ProjectRollup', { description: '项目及其全部子项目汇总 / A project and all its sub-projects, summed' })
], ProjectRollupType);
/** 项目状态流转 and 审批: thin mappings onto project-lifecycle.service.ts and project-approval.service.ts. */
let ProjectLifecycleResolver = class ProjectLifecycleResolver {
    submitServiceProject(id, expectedVersion, ctx) {
        return (0, project_lifecycle_service_1.submitProject)(ctx, id, expectedVersion);
    }
    approveServiceProject(id, comment, ctx) {
        return (0, project_approval_service_1.decideProject)(ctx, id, project_enums_1.ApprovalDecision.APPROVED, comment);
    }
    rejectServiceProject(id, comment, ctx) {
        return (0, project_approval_service_1.decideProject)(ctx, id, project_enums_1.ApprovalDecision.REJECTED, comment);
    }
    reviseServiceProject(id, ctx) {
        return (0, project_lifecycle_service_1.moveProject)(ctx, id, project_enums_1.ProjectStatus.DRAFT, 'revise');
    }
    activateServiceProject(id, ctx) {
        return (0, project_lifecycle_service_1.moveProject)(ctx, id, project_enums_1.ProjectStatus.ACTIVE, 'activate');
    }
    completeServiceProject(id, ctx) {
        return (0, project_lifecycle_service_1.moveProject)(ctx, id, project_enums_1.ProjectStatus.COMPLETED, 'complete');
    }
    cancelServiceProject(id, comment, ctx) {
        return (0, project_lifecycle_service_1.cancelProject)(ctx, id, comment);
    }
    pendingApprovals(skip, take, ctx) {
        return (0, project_approval_service_1.pendingApprovals)(ctx, skip, take);
    }
    pendingApprovalsCount(ctx) {
        return (0, project_approval_service_1.pendingApprovalsCount)(ctx);
    }
    rollup(project, ctx) {
        return ctx.loaders.custom('projectRollup', (ids) => (0, project_rollup_1.loadRollups)(ctx.em, ids)).load(project.id);
    }
};
exports.ProjectLifecycleResolver = ProjectLifecycleResolver;
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, {
        description: 'DRAFT → SUBMITTED; creates a PENDING approval step for the sponsor’s parent organization (the sponsor itself ' +
            'at the top of the tree), due 7 days after submission. A stale expectedVersion → CONFLICT.',
    }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('expectedVersion', () => type_graphql_1.Int, { nullable: true })),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "submitServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, {
        description: 'SUBMITTED → APPROVED, by staff of the approver organization or a platform admin (else FORBIDDEN). ' +
            'Records decider, time and comment on the step.',
    }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('comment', () => String, { nullable: true })),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "approveServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, { description: 'SUBMITTED → REJECTED, by the same deciders; the comment is required' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('comment')),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "rejectServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, { description: 'REJECTED → DRAFT, to be revised and submitted again' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "reviseServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, { description: 'APPROVED → ACTIVE' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "activateServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, { description: 'ACTIVE → COMPLETED' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "completeServiceProject", null);
__decorate([
    (0, type_graphql_1.Mutation)(ProjectType, {
        description: 'Any state but COMPLETED or CANCELLED → CANCELLED; a pending approval step is closed as WITHDRAWN',
    }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('comment', () => String, { nullable: true })),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "cancelServiceProject", null);
__decorate([
    (0, type_graphql_1.Query)(() => [StepType()], {
        description: 'The PENDING approval steps the caller may decide, oldest due first (then id)',
    }),
    __param(0, (0, type_graphql_1.Arg)('skip', () => type_graphql_1.Int, { nullable: true })),
    __param(1, (0, type_graphql_1.Arg)('take', () => type_graphql_1.Int, { nullable: true, description: 'Default 25, at most 100' })),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "pendingApprovals", null);
__decorate([
    (0, type_graphql_1.Query)(() => type_graphql_1.Int, { description: 'How many approval steps the caller may decide' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], ProjectLifecycleResolver.prototype, "pendingApprovalsCount", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => ProjectRollupType, {
        description: 'The project and all its sub-projects (any depth) the caller may see, summed; one SQL per page',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Function, Object]),
    __metadata("design:returntype", Promise)
], ProjectLifecycleResolver.prototype, "rollup", null);
exports.ProjectLifecycleResolver = ProjectLifecycleResolver = __decorate([
    (0, type_graphql_1.Resolver)(ProjectType)
], ProjectLifecycleResolver);
//# sourceMappingURL=project-lifecycle.resolver.js.map