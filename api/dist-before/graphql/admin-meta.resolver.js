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
exports.AdminMetaResolver = void 0;
const type_graphql_1 = require("type-graphql");
const access_1 = require("../common/scope/access");
const registry_1 = require("../common/crud/registry");
const admin_meta_describe_1 = require("./admin-meta.describe");
const admin_meta_types_1 = require("./admin-meta.types");
let AdminMetaResolver = class AdminMetaResolver {
    adminMeta(ctx) {
        (0, access_1.assertCanRead)(ctx);
        return (0, registry_1.allResources)().map((spec) => (0, admin_meta_describe_1.describeFor)(spec, ctx.principal));
    }
};
exports.AdminMetaResolver = AdminMetaResolver;
__decorate([
    (0, type_graphql_1.Query)(() => [admin_meta_types_1.AdminResource], {
        name: '_adminMeta',
        description: 'Every resource as the admin console builds it: labels (zh-CN, en), operations, fields, relations, and what the current user may do',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Array)
], AdminMetaResolver.prototype, "adminMeta", null);
exports.AdminMetaResolver = AdminMetaResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], AdminMetaResolver);
//# sourceMappingURL=admin-meta.resolver.js.map