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
exports.BaseEntity = void 0;
const core_1 = require("@mikro-orm/core");
const uuidv7_1 = require("uuidv7");
/**
 * Columns every entity has. Ids are UUID v7 made in the application (time-ordered, so inserts stay
 * local in the primary-key index); `version` drives optimistic locking; `deletedAt` is the soft delete
 * that the global `notDeleted` filter (db/mikro-orm.config.ts) hides from every read path.
 */
class BaseEntity {
    constructor() {
        this.id = (0, uuidv7_1.uuidv7)();
        this.createdAt = new Date();
        this.updatedAt = new Date();
        this.deletedAt = null;
    }
}
exports.BaseEntity = BaseEntity;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'uuid' }),
    __metadata("design:type", Object)
], BaseEntity.prototype, "id", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', defaultRaw: 'now()' }),
    __metadata("design:type", Object)
], BaseEntity.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }),
    __metadata("design:type", Object)
], BaseEntity.prototype, "updatedAt", void 0);
__decorate([
    (0, core_1.Property)({ version: true, default: 1 }),
    __metadata("design:type", Object)
], BaseEntity.prototype, "version", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], BaseEntity.prototype, "deletedAt", void 0);
//# sourceMappingURL=base.entity.js.map