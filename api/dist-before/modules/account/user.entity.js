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
exports.User = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const account_enums_1 = require("./account.enums");
/**
 * A person who signs in. Partner users belong to a social organization, organization admins and
 * staff to an organization. (`user` is reserved in PostgreSQL, hence the table name.)
 */
let User = class User extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.active = true;
    }
};
exports.User = User;
__decorate([
    (0, core_1.Property)({ length: 50, unique: 'app_user_username_unique' }),
    __metadata("design:type", String)
], User.prototype, "username", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "passwordHash", void 0);
__decorate([
    (0, core_1.Property)({ length: 100 }),
    __metadata("design:type", String)
], User.prototype, "displayName", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(account_enums_1.UserRole) }),
    __metadata("design:type", String)
], User.prototype, "role", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], User.prototype, "organization", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], User.prototype, "socialGroup", void 0);
__decorate([
    (0, core_1.Property)({ default: true }),
    __metadata("design:type", Object)
], User.prototype, "active", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "lastLoginAt", void 0);
exports.User = User = __decorate([
    (0, core_1.Entity)({ tableName: 'app_user' }),
    (0, core_1.Check)({ name: 'app_user_social_group_id_check', expression: `role <> 'PARTNER' or social_group_id is not null` }),
    (0, core_1.Check)({
        name: 'app_user_organization_id_check',
        expression: `role <> all (array['ORG_ADMIN', 'ORG_STAFF']) or organization_id is not null`,
    })
], User);
//# sourceMappingURL=user.entity.js.map