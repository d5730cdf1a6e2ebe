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
exports.ReportResolver = void 0;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../common/crud/scalars");
const report_enums_1 = require("./report.enums");
const report_service_1 = require("./report.service");
const report_types_1 = require("./report.types");
let ReportResolver = class ReportResolver {
    report(from, to, scopeId, filter, groupBy, ctx) {
        return (0, report_service_1.buildReport)(ctx, { from, to, scopeId, filter, groupBy });
    }
};
exports.ReportResolver = ReportResolver;
__decorate([
    (0, type_graphql_1.Query)(() => report_types_1.Report, {
        description: 'Service statistics for an organization subtree (default: your own) and a period (both days included, ' +
            'China dates): people served, enrolments, person-times, sessions, hours, money, rates, waitlist, needs, ' +
            'evaluations; totals plus one row set per grouping. Analysts get small cells (1–4 people) suppressed.',
    }),
    __param(0, (0, type_graphql_1.Arg)('from', () => scalars_1.LocalDate)),
    __param(1, (0, type_graphql_1.Arg)('to', () => scalars_1.LocalDate)),
    __param(2, (0, type_graphql_1.Arg)('scopeId', () => type_graphql_1.ID, { nullable: true, description: 'An organization inside your scope (drill-down)' })),
    __param(3, (0, type_graphql_1.Arg)('filter', () => report_types_1.ReportFilterInput, { nullable: true })),
    __param(4, (0, type_graphql_1.Arg)('groupBy', () => [report_enums_1.ReportGrouping], { nullable: true })),
    __param(5, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object, Object, Object]),
    __metadata("design:returntype", void 0)
], ReportResolver.prototype, "report", null);
exports.ReportResolver = ReportResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], ReportResolver);
//# sourceMappingURL=report.resolver.js.map