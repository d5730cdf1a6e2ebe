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
exports.Settlement = exports.SettlementLine = void 0;
const type_graphql_1 = require("type-graphql");
const scalars_1 = require("../../common/crud/scalars");
let SettlementLine = class SettlementLine {
};
exports.SettlementLine = SettlementLine;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], SettlementLine.prototype, "classId", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], SettlementLine.prototype, "className", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '每日收费 (fen) of the class' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "feePerDayFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Verified sessions in the month (已核验场次)' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "verifiedSessions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'HELD sessions in the month not yet verified: not paid until verified' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "pendingSessions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'People with at least one attended day (服务人数)' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "people", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'PRESENT or LATE rows on verified sessions (核验出勤人天)' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "attendanceDays", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.SafeInt, { description: 'attendance days × each enrolment’s daily price (fen)' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "feeFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.SafeInt, { description: '主办单位承担 (fen): pro rata of each enrolment’s granted subsidy' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "sponsorFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.SafeInt, { description: '家庭承担 (fen) = fee − sponsor' }),
    __metadata("design:type", Number)
], SettlementLine.prototype, "familyFen", void 0);
exports.SettlementLine = SettlementLine = __decorate([
    (0, type_graphql_1.ObjectType)('SettlementLine', { description: '结算明细: one class of the project in the month' })
], SettlementLine);
let Settlement = class Settlement {
};
exports.Settlement = Settlement;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], Settlement.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], Settlement.prototype, "projectName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], Settlement.prototype, "sponsorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Settlement.prototype, "sponsorName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: '承办方: the social group paid' }),
    __metadata("design:type", Object)
], Settlement.prototype, "operatorId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], Settlement.prototype, "operatorName", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'YYYY-MM' }),
    __metadata("design:type", String)
], Settlement.prototype, "month", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], Settlement.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], Settlement.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [SettlementLine]),
    __metadata("design:type", Array)
], Settlement.prototype, "lines", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => SettlementLine, { description: 'The sum of the lines (classId and className are the project’s)' }),
    __metadata("design:type", SettlementLine)
], Settlement.prototype, "total", void 0);
exports.Settlement = Settlement = __decorate([
    (0, type_graphql_1.ObjectType)('Settlement', {
        description: '结算 (职工点菜、工会买单): what the sponsor owes the operator for a month of verified attendance, ' +
            'and what families pay',
    })
], Settlement);
//# sourceMappingURL=settlement.types.js.map