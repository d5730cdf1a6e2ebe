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
exports.RefreshToken = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const user_entity_1 = require("./user.entity");
/**
 * A refresh token, stored as a hash. Tokens rotate on every refresh; all tokens descending from one
 * sign-in share a family. Presenting a token that was already rotated means it was copied: the whole
 * family is revoked.
 */
let RefreshToken = class RefreshToken extends base_entity_1.BaseEntity {
};
exports.RefreshToken = RefreshToken;
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], RefreshToken.prototype, "user", void 0);
__decorate([
    (0, core_1.Property)({ type: 'uuid' }),
    __metadata("design:type", String)
], RefreshToken.prototype, "family", void 0);
__decorate([
    (0, core_1.Property)({ length: 64, unique: 'refresh_token_token_hash_unique' }),
    __metadata("design:type", String)
], RefreshToken.prototype, "tokenHash", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz' }),
    __metadata("design:type", Date)
], RefreshToken.prototype, "expiresAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], RefreshToken.prototype, "rotatedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], RefreshToken.prototype, "revokedAt", void 0);
exports.RefreshToken = RefreshToken = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['family'] })
], RefreshToken);
//# sourceMappingURL=refresh-token.entity.js.map