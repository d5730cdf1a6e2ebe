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
exports.Beneficiary = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const organization_entity_1 = require("../organization/organization.entity");
const social_group_entity_1 = require("../social-group/social-group.entity");
const beneficiary_enums_1 = require("./beneficiary.enums");
const consent_entity_1 = require("./consent.entity");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const guardianship_entity_1 = require("./guardianship.entity");
const service_record_entity_1 = require("../service-record/service-record.entity");
/**
 * A person served (服务对象): a worker, a child, a mother, an elderly person …
 * The ID number is never stored in clear: `idNumberCipher` holds it encrypted, `idNumberHash` (a keyed
 * hash) finds duplicates, `idNumberLast4` shows the masked value. None of the three is exposed.
 */
let Beneficiary = class Beneficiary extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.categories = [];
        // Inverse sides: used by the some / every / none relation filters.
        this.enrollments = new core_1.Collection(this);
        this.guardians = new core_1.Collection(this);
        this.wards = new core_1.Collection(this);
        this.consents = new core_1.Collection(this);
        this.serviceRecords = new core_1.Collection(this);
    }
};
exports.Beneficiary = Beneficiary;
__decorate([
    (0, core_1.Property)({ length: 50 }),
    __metadata("design:type", String)
], Beneficiary.prototype, "name", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.Gender) }),
    __metadata("design:type", String)
], Beneficiary.prototype, "gender", void 0);
__decorate([
    (0, core_1.Property)({ type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "birthDate", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "idNumberCipher", void 0);
__decorate([
    (0, core_1.Property)({ length: 64, nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "idNumberHash", void 0);
__decorate([
    (0, core_1.Property)({ length: 4, nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "idNumberLast4", void 0);
__decorate([
    (0, core_1.Property)({ length: 20, nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "phone", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(beneficiary_enums_1.BeneficiaryCategory), array: true, default: [] }),
    __metadata("design:type", Array)
], Beneficiary.prototype, "categories", void 0);
__decorate([
    (0, core_1.Property)({ length: 200, nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "employer", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "unionOrganization", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "homeCommunity", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "registeredBy", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => social_group_entity_1.SocialGroup, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "registeredByGroup", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Beneficiary.prototype, "notes", void 0);
__decorate([
    (0, core_1.OneToMany)(() => enrollment_entity_1.Enrollment, (x) => x.beneficiary),
    __metadata("design:type", Object)
], Beneficiary.prototype, "enrollments", void 0);
__decorate([
    (0, core_1.OneToMany)(() => guardianship_entity_1.Guardianship, (x) => x.ward),
    __metadata("design:type", Object)
], Beneficiary.prototype, "guardians", void 0);
__decorate([
    (0, core_1.OneToMany)(() => guardianship_entity_1.Guardianship, (x) => x.guardian),
    __metadata("design:type", Object)
], Beneficiary.prototype, "wards", void 0);
__decorate([
    (0, core_1.OneToMany)(() => consent_entity_1.Consent, (x) => x.beneficiary),
    __metadata("design:type", Object)
], Beneficiary.prototype, "consents", void 0);
__decorate([
    (0, core_1.OneToMany)(() => service_record_entity_1.ServiceRecord, (x) => x.beneficiary),
    __metadata("design:type", Object)
], Beneficiary.prototype, "serviceRecords", void 0);
exports.Beneficiary = Beneficiary = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Check)({ name: 'beneficiary_categories_check', expression: (0, beneficiary_enums_1.beneficiaryCategoriesCheck)('categories') }),
    (0, core_1.Index)({ properties: ['name'] }),
    (0, core_1.Unique)({
        name: 'beneficiary_id_number_hash_live_unique',
        expression: 'create unique index "beneficiary_id_number_hash_live_unique" on "beneficiary" ("id_number_hash") where "deleted_at" is null and "id_number_hash" is not null',
    })
], Beneficiary);
//# sourceMappingURL=beneficiary.entity.js.map