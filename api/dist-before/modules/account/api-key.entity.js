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
exports.ApiKey = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const user_entity_1 = require("./user.entity");
/**
 * A key for machine access, owned by exactly one organization or social organization. Only a hash
 * of the secret is stored; `prefix` is the non-secret start shown to users to tell keys apart.
 */
let ApiKey = class ApiKey extends base_entity_1.BaseEntity {
};
exports.ApiKey = ApiKey;
__decorate([
    (0, core_1.Property)({ length: 100 }),
    __metadata("design:type", String)
], ApiKey.prototype, "name", void 0);
__decorate([
    (0, core_1.Property)({ length: 12 }),
    __metadata("design:type", String)
], ApiKey.prototype, "prefix", void 0);
__decorate([
    (0, core_1.Property)({ length: 128, unique: 'api_key_key_hash_unique' }),
    __metadata("design:type", String)
], ApiKey.prototype, "keyHash", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApiKey.prototype, "organization", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApiKey.prototype, "socialGroup", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], ApiKey.prototype, "createdBy", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ApiKey.prototype, "expiresAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ApiKey.prototype, "revokedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], ApiKey.prototype, "lastUsedAt", void 0);
exports.ApiKey = ApiKey = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({ name: 'api_key_one_owner_check', expression: 'num_nonnulls(organization_id, social_group_id) = 1' })
], ApiKey);
//# sourceMappingURL=api-key.entity.js.map