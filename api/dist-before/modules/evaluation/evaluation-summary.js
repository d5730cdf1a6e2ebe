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
exports.projectEvaluationSummaries = exports.groupEvaluationSummaries = exports.EvaluationSummary = void 0;
const core_1 = require("@mikro-orm/core");
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../common/crud/scalars");
const evaluation_entity_1 = require("./evaluation.entity");
/**
 * Evaluation figures (评估) of a project, or of a social group over the projects it operates. Only
 * evaluations the caller may see count: the query is the Evaluation scope filter's (applyFilters).
 */
let EvaluationSummary = class EvaluationSummary {
};
exports.EvaluationSummary = EvaluationSummary;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Number of evaluations (评估次数)' }),
    __metadata("design:type", Number)
], EvaluationSummary.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: 'Mean score 0–100, to one decimal; null when none' }),
    __metadata("design:type", Object)
], EvaluationSummary.prototype, "averageScore", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'Mean satisfaction in basis points, rounded down' }),
    __metadata("design:type", Object)
], EvaluationSummary.prototype, "averageSatisfactionBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate, { nullable: true }),
    __metadata("design:type", Object)
], EvaluationSummary.prototype, "lastEvaluatedOn", void 0);
exports.EvaluationSummary = EvaluationSummary = __decorate([
    (0, type_graphql_1.ObjectType)('EvaluationSummary', { description: '评估汇总: over the evaluations the caller may see' })
], EvaluationSummary);
async function summaries(em, by, ids) {
    const qb = em
        .createQueryBuilder(evaluation_entity_1.Evaluation, 'e')
        .join('e.project', 'p')
        .select([
        (0, core_1.raw)(`${by} as key`),
        (0, core_1.raw)('count(*)::int as n'),
        (0, core_1.raw)('round(avg(e.score), 1)::float as avg'),
        (0, core_1.raw)('floor(avg(e.satisfaction_bp))::int as sat'),
        (0, core_1.raw)(`to_char(max(e.evaluated_on), 'YYYY-MM-DD') as last`),
    ])
        .where({ [by === 'p.operator_id' ? 'p.operator' : 'e.project']: { $in: [...ids] } })
        .groupBy((0, core_1.raw)(by));
    await qb.applyFilters();
    const rows = (await qb.execute('all', false));
    const byKey = new Map(rows.map((r) => [String(r.key), r]));
    return ids.map((id) => {
        const r = byKey.get(id);
        return {
            count: r?.n ?? 0,
            averageScore: r?.avg ?? null,
            averageSatisfactionBp: r?.sat ?? null,
            lastEvaluatedOn: r?.last ?? null,
        };
    });
}
const groupEvaluationSummaries = (em, groupIds) => summaries(em, 'p.operator_id', groupIds);
exports.groupEvaluationSummaries = groupEvaluationSummaries;
const projectEvaluationSummaries = (em, projectIds) => summaries(em, 'e.project_id', projectIds);
exports.projectEvaluationSummaries = projectEvaluationSummaries;
//# sourceMappingURL=evaluation-summary.js.map