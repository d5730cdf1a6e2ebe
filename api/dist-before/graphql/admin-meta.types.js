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
exports.AdminResource = exports.AdminSort = exports.AdminPermissions = exports.AdminOperations = exports.AdminRelation = exports.AdminField = exports.AdminEnumValue = exports.AdminLabel = void 0;
const type_graphql_1 = require("type-graphql");
/** What the console needs to build its screens from the schema (DESIGN §4, `_adminMeta`). */
let AdminLabel = class AdminLabel {
};
exports.AdminLabel = AdminLabel;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminLabel.prototype, "zh", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminLabel.prototype, "en", void 0);
exports.AdminLabel = AdminLabel = __decorate([
    (0, type_graphql_1.ObjectType)('AdminLabel')
], AdminLabel);
let AdminEnumValue = class AdminEnumValue {
};
exports.AdminEnumValue = AdminEnumValue;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminEnumValue.prototype, "value", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminLabel),
    __metadata("design:type", AdminLabel)
], AdminEnumValue.prototype, "label", void 0);
exports.AdminEnumValue = AdminEnumValue = __decorate([
    (0, type_graphql_1.ObjectType)('AdminEnumValue')
], AdminEnumValue);
let AdminField = class AdminField {
};
exports.AdminField = AdminField;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminField.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminLabel),
    __metadata("design:type", AdminLabel)
], AdminField.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)({
        description: 'string, text, int, money (fen), bp (basis points), boolean, date, time, datetime, enum, enumList, intList, ref',
    }),
    __metadata("design:type", String)
], AdminField.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminField.prototype, "required", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminField.prototype, "readOnly", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminField.prototype, "createOnly", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminField.prototype, "filterable", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminField.prototype, "sortable", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Personal data: shown masked' }),
    __metadata("design:type", Boolean)
], AdminField.prototype, "personal", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'kind ref: the target resource' }),
    __metadata("design:type", Object)
], AdminField.prototype, "target", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'kind ref: the relation field holding the object' }),
    __metadata("design:type", Object)
], AdminField.prototype, "relation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "enumName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AdminEnumValue], { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "enumValues", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "min", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "max", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "maxLength", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "format", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminField.prototype, "description", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Whether the current user may read this field (analysts: no personal fields)' }),
    __metadata("design:type", Boolean)
], AdminField.prototype, "readable", void 0);
exports.AdminField = AdminField = __decorate([
    (0, type_graphql_1.ObjectType)('AdminField')
], AdminField);
let AdminRelation = class AdminRelation {
};
exports.AdminRelation = AdminRelation;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminRelation.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminRelation.prototype, "target", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'The foreign key on the target pointing back here' }),
    __metadata("design:type", String)
], AdminRelation.prototype, "inverse", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminLabel),
    __metadata("design:type", AdminLabel)
], AdminRelation.prototype, "label", void 0);
exports.AdminRelation = AdminRelation = __decorate([
    (0, type_graphql_1.ObjectType)('AdminRelation')
], AdminRelation);
let AdminOperations = class AdminOperations {
};
exports.AdminOperations = AdminOperations;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminOperations.prototype, "one", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminOperations.prototype, "list", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminOperations.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminOperations.prototype, "connection", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "create", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "createMany", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "update", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "updateMany", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "delete", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "deleteMany", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AdminOperations.prototype, "restore", void 0);
exports.AdminOperations = AdminOperations = __decorate([
    (0, type_graphql_1.ObjectType)('AdminOperations', { description: 'GraphQL field names of the operations; null when not offered' })
], AdminOperations);
let AdminPermissions = class AdminPermissions {
};
exports.AdminPermissions = AdminPermissions;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminPermissions.prototype, "read", void 0);
__decorate([
    (0, type_graphql_1.Field)({
        description: 'Whether the console offers the list and menu entry (analysts: no lists of people; partners: no organization management)',
    }),
    __metadata("design:type", Boolean)
], AdminPermissions.prototype, "list", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminPermissions.prototype, "create", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminPermissions.prototype, "update", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AdminPermissions.prototype, "delete", void 0);
exports.AdminPermissions = AdminPermissions = __decorate([
    (0, type_graphql_1.ObjectType)('AdminPermissions', { description: 'What the current user may do with the resource' })
], AdminPermissions);
let AdminSort = class AdminSort {
};
exports.AdminSort = AdminSort;
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], AdminSort.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'ASC or DESC' }),
    __metadata("design:type", String)
], AdminSort.prototype, "order", void 0);
exports.AdminSort = AdminSort = __decorate([
    (0, type_graphql_1.ObjectType)('AdminSort', { description: 'The order lists have when the caller gives none (id breaks ties)' })
], AdminSort);
let AdminResource = class AdminResource {
};
exports.AdminResource = AdminResource;
__decorate([
    (0, type_graphql_1.Field)(() => AdminPermissions),
    __metadata("design:type", AdminPermissions)
], AdminResource.prototype, "permissions", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'GraphQL type name' }),
    __metadata("design:type", String)
], AdminResource.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminLabel),
    __metadata("design:type", AdminLabel)
], AdminResource.prototype, "label", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminOperations),
    __metadata("design:type", AdminOperations)
], AdminResource.prototype, "operations", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'Fields the search argument looks in' }),
    __metadata("design:type", Array)
], AdminResource.prototype, "searchFields", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => AdminSort, { nullable: true }),
    __metadata("design:type", Object)
], AdminResource.prototype, "defaultSort", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AdminField]),
    __metadata("design:type", Array)
], AdminResource.prototype, "fields", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [AdminRelation]),
    __metadata("design:type", Array)
], AdminResource.prototype, "relations", void 0);
exports.AdminResource = AdminResource = __decorate([
    (0, type_graphql_1.ObjectType)('AdminResource')
], AdminResource);
//# sourceMappingURL=admin-meta.types.js.map