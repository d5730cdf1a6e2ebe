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
exports.Report = exports.ReportScopeInfo = exports.ReportGroup = exports.ReportRow = exports.ReportCell = exports.ReportFilterInput = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const scalars_1 = require("../../common/crud/scalars");
const beneficiary_enums_1 = require("../beneficiary/beneficiary.enums");
const project_enums_1 = require("../project/project.enums");
const report_enums_1 = require("./report.enums");
let ReportFilterInput = class ReportFilterInput {
};
exports.ReportFilterInput = ReportFilterInput;
__decorate([
    (0, type_graphql_1.Field)(() => [project_enums_1.ProjectCategory], { nullable: true, description: 'Project categories' }),
    __metadata("design:type", Object)
], ReportFilterInput.prototype, "categories", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'Operating social groups (承办)' }),
    __metadata("design:type", Object)
], ReportFilterInput.prototype, "socialGroupIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true }),
    __metadata("design:type", Object)
], ReportFilterInput.prototype, "projectIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [beneficiary_enums_1.BeneficiaryCategory], {
        nullable: true,
        description: "The person's report category (the most specific category they hold, see README)",
    }),
    __metadata("design:type", Object)
], ReportFilterInput.prototype, "beneficiaryCategories", void 0);
exports.ReportFilterInput = ReportFilterInput = __decorate([
    (0, type_graphql_1.InputType)({ description: 'Optional filters; each list means "any of these"' })
], ReportFilterInput);
const d = (description) => ({ nullable: true, description });
let ReportCell = class ReportCell {
};
exports.ReportCell = ReportCell;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Withheld as a small cell (1–4 people, or to protect one): shown as "<5"' }),
    __metadata("design:type", Boolean)
], ReportCell.prototype, "suppressed", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('服务人数: distinct people with at least one person-time in the period. Not additive')),
    __metadata("design:type", Object)
], ReportCell.prototype, "peopleServed", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('报名数: live ENROLLED/COMPLETED enrolments whose enrolment day (enrolledAt, China date) is in the period')),
    __metadata("design:type", Object)
], ReportCell.prototype, "enrollments", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('服务人次: attendancePersonTimes + serviceRecordPersonTimes')),
    __metadata("design:type", Object)
], ReportCell.prototype, "personTimes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Attendance rows PRESENT or LATE on sessions (not cancelled) dated in the period')),
    __metadata("design:type", Object)
], ReportCell.prototype, "attendancePersonTimes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Service records (one-to-one work) that occurred in the period')),
    __metadata("design:type", Object)
], ReportCell.prototype, "serviceRecordPersonTimes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('场次: sessions with status HELD dated in the period. Null in person groupings')),
    __metadata("design:type", Object)
], ReportCell.prototype, "sessionsHeld", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.SafeIntResolver, d('服务时长 (person-minutes): session length per attended person-time + service record minutes')),
    __metadata("design:type", Object)
], ReportCell.prototype, "serviceMinutes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.SafeIntResolver, d('费用合计 (fen) of the counted enrolments')),
    __metadata("design:type", Object)
], ReportCell.prototype, "feeTotalFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.SafeIntResolver, d('补贴合计 (fen) of the counted enrolments')),
    __metadata("design:type", Object)
], ReportCell.prototype, "subsidyTotalFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.SafeIntResolver, d('家庭自付 (fen) of the counted enrolments')),
    __metadata("design:type", Object)
], ReportCell.prototype, "familyPaidFen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.SafeIntResolver, d('Places of live, not cancelled classes starting in the period. Null in person groupings')),
    __metadata("design:type", Object)
], ReportCell.prototype, "capacity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Current live ENROLLED/COMPLETED enrolments of those classes')),
    __metadata("design:type", Object)
], ReportCell.prototype, "enrolledInClasses", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('满班率 (bp): enrolledInClasses / capacity')),
    __metadata("design:type", Object)
], ReportCell.prototype, "fillRateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Attendance rows of any status (the base of the attendance rate)')),
    __metadata("design:type", Object)
], ReportCell.prototype, "attendanceRows", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('出勤率 (bp): attendancePersonTimes / attendanceRows')),
    __metadata("design:type", Object)
], ReportCell.prototype, "attendanceRateBp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('候补: enrolments now WAITLISTED that were requested in the period')),
    __metadata("design:type", Object)
], ReportCell.prototype, "waitlisted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Needs raised in the period that are OPEN, MATCHED or IN_PROGRESS. Null in person groupings')),
    __metadata("design:type", Object)
], ReportCell.prototype, "needsOpen", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Needs raised in the period that are FULFILLED')),
    __metadata("design:type", Object)
], ReportCell.prototype, "needsFulfilled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, d('Evaluations dated in the period')),
    __metadata("design:type", Object)
], ReportCell.prototype, "evaluations", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, d('Average evaluation score (0–100, two decimals)')),
    __metadata("design:type", Object)
], ReportCell.prototype, "averageScore", void 0);
exports.ReportCell = ReportCell = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'The figures of one cell. Null: suppressed, or not applicable to this grouping.' })
], ReportCell);
let ReportRow = class ReportRow {
};
exports.ReportRow = ReportRow;
__decorate([
    (0, type_graphql_1.Field)({ description: "Group key: 'YYYY-MM', 'YYYY-Qn', an id, 'SELF', 'NONE' or an enum value" }),
    __metadata("design:type", String)
], ReportRow.prototype, "key", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], ReportRow.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ReportCell),
    __metadata("design:type", ReportCell)
], ReportRow.prototype, "cell", void 0);
exports.ReportRow = ReportRow = __decorate([
    (0, type_graphql_1.ObjectType)()
], ReportRow);
let ReportGroup = class ReportGroup {
};
exports.ReportGroup = ReportGroup;
__decorate([
    (0, type_graphql_1.Field)(() => report_enums_1.ReportGrouping),
    __metadata("design:type", String)
], ReportGroup.prototype, "by", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ReportRow]),
    __metadata("design:type", Array)
], ReportGroup.prototype, "rows", void 0);
exports.ReportGroup = ReportGroup = __decorate([
    (0, type_graphql_1.ObjectType)()
], ReportGroup);
let ReportScopeInfo = class ReportScopeInfo {
};
exports.ReportScopeInfo = ReportScopeInfo;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'The organization; null for everything or a partner' }),
    __metadata("design:type", Object)
], ReportScopeInfo.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], ReportScopeInfo.prototype, "name", void 0);
exports.ReportScopeInfo = ReportScopeInfo = __decorate([
    (0, type_graphql_1.ObjectType)()
], ReportScopeInfo);
let Report = class Report {
};
exports.Report = Report;
__decorate([
    (0, type_graphql_1.Field)(() => ReportScopeInfo),
    __metadata("design:type", ReportScopeInfo)
], Report.prototype, "scope", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], Report.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.LocalDate),
    __metadata("design:type", String)
], Report.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.DateTime),
    __metadata("design:type", Date)
], Report.prototype, "generatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => ReportCell),
    __metadata("design:type", ReportCell)
], Report.prototype, "totals", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [ReportGroup]),
    __metadata("design:type", Array)
], Report.prototype, "groupings", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Small-cell suppression was applied (analysts)' }),
    __metadata("design:type", Boolean)
], Report.prototype, "smallCellsSuppressed", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => report_enums_1.PeopleSource),
    __metadata("design:type", String)
], Report.prototype, "peopleSource", void 0);
exports.Report = Report = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Aggregates only: no personal data' })
], Report);
//# sourceMappingURL=report.types.js.map