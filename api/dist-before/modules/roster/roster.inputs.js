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
exports.RosterImportResult = exports.RosterRowResult = exports.RosterFieldError = exports.RosterRowInput = void 0;
const type_graphql_1 = require("type-graphql");
/**
 * One line of a roster file (名单), as the console reads it from .xlsx or .csv. Values stay text the
 * way people type them (性别 "女", 类别 "职工子女、留守儿童", 关系 "母亲"); the server parses and checks
 * them (roster-rows.ts), so the rules live in one place.
 */
let RosterRowInput = class RosterRowInput {
};
exports.RosterRowInput = RosterRowInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '姓名' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '性别: 男/女 (MALE/FEMALE); from the ID number if empty' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "gender", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD; from the ID number if empty' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "birthDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '身份证号 (GB 11643 checksum)' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "idNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '手机号码' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "phone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '人员类别, labels or codes separated by 、 , ;' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "categories", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: '预约天数; default: every day the class meets' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "days", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '监护人姓名' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '监护人身份证号' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianIdNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '监护人手机号码' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianPhone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '监护人性别 (when neither relation nor ID number tells)' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianGender", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '与儿童关系: 父亲/母亲/祖父母/外祖父母/其他亲属/其他' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianRelation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: '监护人已书面同意: records a Consent given by the guardian' }),
    __metadata("design:type", Object)
], RosterRowInput.prototype, "guardianConsent", void 0);
exports.RosterRowInput = RosterRowInput = __decorate([
    (0, type_graphql_1.InputType)('RosterRowInput')
], RosterRowInput);
let RosterFieldError = class RosterFieldError {
};
exports.RosterFieldError = RosterFieldError;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], RosterFieldError.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], RosterFieldError.prototype, "message", void 0);
exports.RosterFieldError = RosterFieldError = __decorate([
    (0, type_graphql_1.ObjectType)('RosterFieldError')
], RosterFieldError);
let RosterRowResult = class RosterRowResult {
};
exports.RosterRowResult = RosterRowResult;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Position in the rows sent, from 0' }),
    __metadata("design:type", Number)
], RosterRowResult.prototype, "index", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [RosterFieldError]),
    __metadata("design:type", Array)
], RosterRowResult.prototype, "errors", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'The person is already registered (same ID number) and is enrolled as is' }),
    __metadata("design:type", Boolean)
], RosterRowResult.prototype, "existing", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, {
        nullable: true,
        description: 'ENROLLED or WAITLISTED: what the row got (committed) or would get (dry run)',
    }),
    __metadata("design:type", Object)
], RosterRowResult.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The person, once imported' }),
    __metadata("design:type", Object)
], RosterRowResult.prototype, "beneficiaryId", void 0);
exports.RosterRowResult = RosterRowResult = __decorate([
    (0, type_graphql_1.ObjectType)('RosterRowResult')
], RosterRowResult);
let RosterImportResult = class RosterImportResult {
};
exports.RosterImportResult = RosterImportResult;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], RosterImportResult.prototype, "dryRun", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RosterImportResult.prototype, "total", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Rows without errors' }),
    __metadata("design:type", Number)
], RosterImportResult.prototype, "valid", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'People registered by this import (children and guardians)' }),
    __metadata("design:type", Number)
], RosterImportResult.prototype, "created", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RosterImportResult.prototype, "enrolled", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RosterImportResult.prototype, "waitlisted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [RosterRowResult]),
    __metadata("design:type", Array)
], RosterImportResult.prototype, "rows", void 0);
exports.RosterImportResult = RosterImportResult = __decorate([
    (0, type_graphql_1.ObjectType)('RosterImportResult')
], RosterImportResult);
//# sourceMappingURL=roster.inputs.js.map