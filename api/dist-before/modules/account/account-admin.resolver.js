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
exports.createAccountAdminResolver = createAccountAdminResolver;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const registry_1 = require("../../common/crud/registry");
const scalars_1 = require("../../common/crud/scalars");
const api_key_service_1 = require("./api-key.service");
const user_password_service_1 = require("./user-password.service");
let ApiKeyCreateInput = class ApiKeyCreateInput {
};
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], ApiKeyCreateInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ApiKeyCreateInput.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], ApiKeyCreateInput.prototype, "socialGroupId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => scalars_1.DateTime, { nullable: true }),
    __metadata("design:type", Object)
], ApiKeyCreateInput.prototype, "expiresAt", void 0);
ApiKeyCreateInput = __decorate([
    (0, type_graphql_1.InputType)('ApiKeyCreateInput')
], ApiKeyCreateInput);
/** Accounts work for staff: API keys for partners and organizations, and passwords. */
function createAccountAdminResolver() {
    const ApiKeyType = (0, object_type_1.objectTypeOf)((0, registry_1.getResource)('ApiKey'));
    let ApiKeyWithSecret = class ApiKeyWithSecret {
    };
    __decorate([
        (0, type_graphql_1.Field)(() => ApiKeyType),
        __metadata("design:type", Object)
    ], ApiKeyWithSecret.prototype, "key", void 0);
    __decorate([
        (0, type_graphql_1.Field)({ description: 'The key itself: shown once, stored only as a hash' }),
        __metadata("design:type", String)
    ], ApiKeyWithSecret.prototype, "secret", void 0);
    ApiKeyWithSecret = __decorate([
        (0, type_graphql_1.ObjectType)('ApiKeyWithSecret')
    ], ApiKeyWithSecret);
    let AccountAdminResolver = class AccountAdminResolver {
        createApiKey(data, ctx) {
            return (0, api_key_service_1.createApiKey)(ctx.em, ctx, data);
        }
        revokeApiKey(id, ctx) {
            return (0, api_key_service_1.revokeApiKey)(ctx.em, ctx, id);
        }
        setUserPassword(userId, password, ctx) {
            return (0, user_password_service_1.setUserPassword)(ctx.em, ctx, userId, password);
        }
    };
    __decorate([
        (0, type_graphql_1.Mutation)(() => ApiKeyWithSecret, { description: 'A key for a social organization or an organization' }),
        __param(0, (0, type_graphql_1.Arg)('data', () => ApiKeyCreateInput)),
        __param(1, (0, type_graphql_1.Ctx)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [ApiKeyCreateInput, Object]),
        __metadata("design:returntype", void 0)
    ], AccountAdminResolver.prototype, "createApiKey", null);
    __decorate([
        (0, type_graphql_1.Mutation)(() => ApiKeyType, { description: 'The key stops working at once' }),
        __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
        __param(1, (0, type_graphql_1.Ctx)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [String, Object]),
        __metadata("design:returntype", void 0)
    ], AccountAdminResolver.prototype, "revokeApiKey", null);
    __decorate([
        (0, type_graphql_1.Mutation)(() => Boolean, { description: "Sets a user's password; their sessions end" }),
        __param(0, (0, type_graphql_1.Arg)('userId', () => type_graphql_1.ID)),
        __param(1, (0, type_graphql_1.Arg)('password')),
        __param(2, (0, type_graphql_1.Ctx)()),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [String, String, Object]),
        __metadata("design:returntype", void 0)
    ], AccountAdminResolver.prototype, "setUserPassword", null);
    AccountAdminResolver = __decorate([
        (0, type_graphql_1.Resolver)()
    ], AccountAdminResolver);
    return AccountAdminResolver;
}
//# sourceMappingURL=account-admin.resolver.js.map