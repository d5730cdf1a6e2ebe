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
exports.AuthResolver = exports.AuthPayload = exports.Me = void 0;
const type_graphql_1 = require("type-graphql");
const account_enums_1 = require("./account.enums");
const user_entity_1 = require("./user.entity");
let Me = class Me {
};
exports.Me = Me;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], Me.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], Me.prototype, "username", void 0);
__decorate([
    (0, type_graphql_1.Field)(),
    __metadata("design:type", String)
], Me.prototype, "displayName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => account_enums_1.UserRole),
    __metadata("design:type", String)
], Me.prototype, "role", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], Me.prototype, "organizationId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], Me.prototype, "socialGroupId", void 0);
exports.Me = Me = __decorate([
    (0, type_graphql_1.ObjectType)('Me', { description: 'The signed-in caller' })
], Me);
let AuthPayload = class AuthPayload {
};
exports.AuthPayload = AuthPayload;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Send as `Authorization: Bearer …`; short-lived' }),
    __metadata("design:type", String)
], AuthPayload.prototype, "accessToken", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'Exchange for a new pair with `refresh`; each refresh token works once' }),
    __metadata("design:type", String)
], AuthPayload.prototype, "refreshToken", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Seconds until the access token expires' }),
    __metadata("design:type", Number)
], AuthPayload.prototype, "expiresIn", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Me),
    __metadata("design:type", Me)
], AuthPayload.prototype, "user", void 0);
exports.AuthPayload = AuthPayload = __decorate([
    (0, type_graphql_1.ObjectType)('AuthPayload')
], AuthPayload);
const toMe = (u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    organizationId: u.organization?.id ?? null,
    socialGroupId: u.socialGroup?.id ?? null,
});
let AuthResolver = class AuthResolver {
    async login(username, password, ctx) {
        const s = await ctx.auth.login(ctx.systemEm(), username, password);
        return { ...s, user: toMe(s.user) };
    }
    async refresh(refreshToken, ctx) {
        const s = await ctx.auth.refresh(ctx.systemEm(), refreshToken);
        return { ...s, user: toMe(s.user) };
    }
    logout(refreshToken, ctx) {
        return ctx.auth.logout(ctx.systemEm(), refreshToken);
    }
    async me(ctx) {
        if (!ctx.principal?.userId || ctx.principal.kind !== 'user')
            return null;
        const user = await ctx.systemEm().findOne(user_entity_1.User, { id: ctx.principal.userId });
        return user ? toMe(user) : null;
    }
};
exports.AuthResolver = AuthResolver;
__decorate([
    (0, type_graphql_1.Mutation)(() => AuthPayload, { description: 'Sign in with a username and password' }),
    __param(0, (0, type_graphql_1.Arg)('username')),
    __param(1, (0, type_graphql_1.Arg)('password')),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], AuthResolver.prototype, "login", null);
__decorate([
    (0, type_graphql_1.Mutation)(() => AuthPayload, { description: 'A new access token and a new refresh token; the old one stops working' }),
    __param(0, (0, type_graphql_1.Arg)('refreshToken')),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], AuthResolver.prototype, "refresh", null);
__decorate([
    (0, type_graphql_1.Mutation)(() => Boolean, { description: 'Ends the session: the refresh token and all rotated from it stop working' }),
    __param(0, (0, type_graphql_1.Arg)('refreshToken')),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], AuthResolver.prototype, "logout", null);
__decorate([
    (0, type_graphql_1.Query)(() => Me, { nullable: true, description: 'The caller, or null when not signed in' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], AuthResolver.prototype, "me", null);
exports.AuthResolver = AuthResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], AuthResolver);
//# sourceMappingURL=auth.resolver.js.map