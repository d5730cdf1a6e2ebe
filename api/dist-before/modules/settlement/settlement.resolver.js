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
exports.SettlementResolver = void 0;
const type_graphql_1 = require("type-graphql");
const settlement_service_1 = require("./settlement.service");
const settlement_types_1 = require("./settlement.types");
let SettlementResolver = class SettlementResolver {
    settlement(projectId, month, ctx) {
        return (0, settlement_service_1.settlement)(ctx, projectId, month);
    }
};
exports.SettlementResolver = SettlementResolver;
__decorate([
    (0, type_graphql_1.Query)(() => settlement_types_1.Settlement, {
        description: 'Monthly settlement of a project with its operator: verified attendance days × fee, split into the ' +
            "sponsor's and the families' shares. Also as .xlsx: GET /exports/settlement.xlsx?projectId=…&month=YYYY-MM",
    }),
    __param(0, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('month')),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", void 0)
], SettlementResolver.prototype, "settlement", null);
exports.SettlementResolver = SettlementResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], SettlementResolver);
//# sourceMappingURL=settlement.resolver.js.map