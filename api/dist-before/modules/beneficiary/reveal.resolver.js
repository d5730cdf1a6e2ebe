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
exports.RevealResolver = exports.RevealableField = void 0;
const type_graphql_1 = require("type-graphql");
const reveal_service_1 = require("./reveal.service");
var RevealableField;
(function (RevealableField) {
    RevealableField["idNumber"] = "idNumber";
    RevealableField["phone"] = "phone";
})(RevealableField || (exports.RevealableField = RevealableField = {}));
(0, type_graphql_1.registerEnumType)(RevealableField, { name: 'RevealableField' });
let RevealResolver = class RevealResolver {
    revealPersonalInfo(beneficiaryId, field, reason, ctx) {
        return (0, reveal_service_1.revealPersonalInfo)(ctx.em, ctx, beneficiaryId, field, reason);
    }
};
exports.RevealResolver = RevealResolver;
__decorate([
    (0, type_graphql_1.Mutation)(() => String, {
        nullable: true,
        description: 'The clear value of a masked personal field, for a stated reason; every reveal is audited',
    }),
    __param(0, (0, type_graphql_1.Arg)('beneficiaryId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('field', () => RevealableField)),
    __param(2, (0, type_graphql_1.Arg)('reason')),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, String, Object]),
    __metadata("design:returntype", Promise)
], RevealResolver.prototype, "revealPersonalInfo", null);
exports.RevealResolver = RevealResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], RevealResolver);
//# sourceMappingURL=reveal.resolver.js.map