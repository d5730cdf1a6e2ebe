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
exports.NeedRequest = void 0;
const core_1 = require("@mikro-orm/core");
const base_entity_1 = require("../../common/base.entity");
const enums_1 = require("../../common/enums");
const beneficiary_entity_1 = require("../beneficiary/beneficiary.entity");
const organization_entity_1 = require("../organization/organization.entity");
const project_enums_1 = require("../project/project.enums");
const service_project_entity_1 = require("../project/service-project.entity");
const need_enums_1 = require("./need.enums");
/**
 * A need raised by an organization (需求清单, "职工点菜"), matched to a project that serves it. Its
 * status moves only through need-request.service.ts: OPEN → MATCHED → IN_PROGRESS → FULFILLED, or
 * CLOSED from any open state; a trigger refuses any other change of status.
 */
let NeedRequest = class NeedRequest extends base_entity_1.BaseEntity {
    constructor() {
        super(...arguments);
        this.peopleAffected = 0;
        this.status = need_enums_1.NeedStatus.OPEN;
    }
};
exports.NeedRequest = NeedRequest;
__decorate([
    (0, core_1.ManyToOne)(() => organization_entity_1.Organization, { deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "raisedBy", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => beneficiary_entity_1.Beneficiary, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "beneficiary", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(project_enums_1.ProjectCategory) }),
    __metadata("design:type", String)
], NeedRequest.prototype, "category", void 0);
__decorate([
    (0, core_1.Property)({ length: 200 }),
    __metadata("design:type", String)
], NeedRequest.prototype, "title", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "description", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], NeedRequest.prototype, "peopleAffected", void 0);
__decorate([
    (0, core_1.Enum)({ items: (0, enums_1.enumValues)(need_enums_1.NeedStatus), default: need_enums_1.NeedStatus.OPEN }),
    __metadata("design:type", String)
], NeedRequest.prototype, "status", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => service_project_entity_1.ServiceProject, { nullable: true, deleteRule: 'restrict' }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "matchedProject", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "matchedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "resolvedAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], NeedRequest.prototype, "resolutionNote", void 0);
exports.NeedRequest = NeedRequest = __decorate([
    (0, core_1.Entity)(),
    (0, core_1.Index)({ properties: ['status'] }),
    (0, core_1.Index)({ properties: ['category'] })
    // The reports count the needs raised in a period's edge days (the days outside its whole months) by creation
    // time; without it that read scanned every need. The included columns are what the read needs (an
    // index-only scan; report.queries.ts needs).
    ,
    (0, core_1.Index)({
        name: 'need_request_created_at_index',
        expression: 'create index "need_request_created_at_index" on "need_request" ("created_at") ' +
            'include ("raised_by_id", "category", "status", "deleted_at", "matched_project_id")',
    }),
    (0, core_1.Check)({ name: 'need_request_people_affected_check', expression: 'people_affected >= 0' }),
    (0, core_1.Check)({
        name: 'need_request_matched_project_id_check',
        expression: "status <> all (array['MATCHED', 'IN_PROGRESS', 'FULFILLED']) or matched_project_id is not null",
    })
], NeedRequest);
//# sourceMappingURL=need-request.entity.js.map