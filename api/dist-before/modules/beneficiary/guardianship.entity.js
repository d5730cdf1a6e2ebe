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
exports.Guardianship = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_entity_1 = require("./beneficiary.entity");
const beneficiary_enums_1 = require("./beneficiary.enums");
/** A guardian (监护人) of a ward, both of them beneficiaries; one live row per pair. */
let Guardianship = class Guardianship extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.isPrimary = false;
        this.mayPickUp = true;
    }
};
exports.Guardianship = Guardianship;
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Guardianship.prototype, "guardian", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Guardianship.prototype, "ward", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.GuardianRelation) }),
    __metadata("design:type", String)
], Guardianship.prototype, "relation", void 0);
__decorate([
    (0, core_1.Property)({ default: false }),
    __metadata("design:type", Boolean)
], Guardianship.prototype, "isPrimary", void 0);
__decorate([
    (0, core_1.Property)({ default: true }),
    __metadata("design:type", Boolean)
], Guardianship.prototype, "mayPickUp", void 0);
exports.Guardianship = Guardianship = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Unique)({
        name: 'guardianship_ward_id_live_unique',
        expression: 'create unique index "guardianship_ward_id_live_unique" on "guardianship" ("guardian_id", "ward_id") where "deleted_at" is null',
    }),
    (0, core_1.Check)({ name: 'guardianship_ward_id_check', expression: 'guardian_id <> ward_id' })
], Guardianship);
//# sourceMappingURL=guardianship.entity.js.map