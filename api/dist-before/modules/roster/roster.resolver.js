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
exports.RosterResolver = void 0;
const type_graphql_1 = require("type-graphql");
const roster_inputs_1 = require("./roster.inputs");
const roster_import_service_1 = require("./roster-import.service");
let RosterResolver = class RosterResolver {
    importRoster(classId, rows, dryRun, ctx) {
        return (0, roster_import_service_1.importRoster)(ctx, classId, rows, dryRun);
    }
};
exports.RosterResolver = RosterResolver;
__decorate([
    (0, type_graphql_1.Mutation)(() => roster_inputs_1.RosterImportResult, {
        description: `Imports a roster into a class: checks every row (ID checksum, phone, duplicates in the file and against registered people, ` +
            `required fields, age range, guardian consent under 14). dryRun: reports every row's errors and writes nothing. ` +
            `Otherwise registers and enrols every row in one transaction, or nothing when any row is wrong (BAD_USER_INPUT with ` +
            `fieldErrors keyed rows.<index>.<field>). At most ${roster_import_service_1.MAX_ROSTER_ROWS} rows.`,
    }),
    __param(0, (0, type_graphql_1.Arg)('classId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('rows', () => [roster_inputs_1.RosterRowInput])),
    __param(2, (0, type_graphql_1.Arg)('dryRun', () => Boolean, { defaultValue: true })),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Array, Boolean, Object]),
    __metadata("design:returntype", Promise)
], RosterResolver.prototype, "importRoster", null);
exports.RosterResolver = RosterResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], RosterResolver);
//# sourceMappingURL=roster.resolver.js.map