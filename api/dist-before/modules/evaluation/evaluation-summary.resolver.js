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
exports.ProjectEvaluationResolver = exports.SocialGroupEvaluationResolver = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const service_project_resource_1 = require("../project/service-project.resource");
const social_group_resource_1 = require("../social-group/social-group.resource");
const evaluation_summary_1 = require("./evaluation-summary");
let SocialGroupEvaluationResolver = class SocialGroupEvaluationResolver {
    evaluationSummary(root, ctx) {
        return ctx.loaders.computed('groupEvaluations', evaluation_summary_1.groupEvaluationSummaries).load(root.id);
    }
};
exports.SocialGroupEvaluationResolver = SocialGroupEvaluationResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => evaluation_summary_1.EvaluationSummary, {
        description: 'Average score and count of the evaluations of the projects this group operates (承办项目评估)',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], SocialGroupEvaluationResolver.prototype, "evaluationSummary", null);
exports.SocialGroupEvaluationResolver = SocialGroupEvaluationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => (0, object_type_1.objectTypeOf)(social_group_resource_1.socialGroupResource))
], SocialGroupEvaluationResolver);
let ProjectEvaluationResolver = class ProjectEvaluationResolver {
    evaluationSummary(root, ctx) {
        return ctx.loaders.computed('projectEvaluations', evaluation_summary_1.projectEvaluationSummaries).load(root.id);
    }
};
exports.ProjectEvaluationResolver = ProjectEvaluationResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => evaluation_summary_1.EvaluationSummary, { description: 'Average score and count of this project’s evaluations' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], ProjectEvaluationResolver.prototype, "evaluationSummary", null);
exports.ProjectEvaluationResolver = ProjectEvaluationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => (0, object_type_1.objectTypeOf)(service_project_resource_1.serviceProjectResource))
], ProjectEvaluationResolver);
//# sourceMappingURL=evaluation-summary.resolver.js.map