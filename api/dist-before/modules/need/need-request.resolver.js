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
exports.NeedRequestResolver = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const need_request_resource_1 = require("./need-request.resource");
const need_request_service_1 = require("./need-request.service");
const NeedType = () => (0, object_type_1.objectTypeOf)(need_request_resource_1.needRequestResource);
const version = () => (0, type_graphql_1.Arg)('expectedVersion', () => type_graphql_1.Int, { nullable: true });
/** The moves of a need (需求清单); a move from the wrong status is a CONFLICT that names the status. */
let NeedRequestResolver = class NeedRequestResolver {
    matchNeedRequest(id, projectId, expectedVersion, ctx) {
        return (0, need_request_service_1.moveNeedRequest)(ctx, id, 'match', { projectId, expectedVersion });
    }
    startNeedRequest(id, expectedVersion, ctx) {
        return (0, need_request_service_1.moveNeedRequest)(ctx, id, 'start', { expectedVersion });
    }
    fulfillNeedRequest(id, note, expectedVersion, ctx) {
        return (0, need_request_service_1.moveNeedRequest)(ctx, id, 'fulfill', { note, expectedVersion });
    }
    closeNeedRequest(id, note, expectedVersion, ctx) {
        return (0, need_request_service_1.moveNeedRequest)(ctx, id, 'close', { note, expectedVersion });
    }
};
exports.NeedRequestResolver = NeedRequestResolver;
__decorate([
    (0, type_graphql_1.Mutation)(NeedType, { description: 'OPEN (or MATCHED, to change the project) → MATCHED to a project in scope' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(2, version()),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object]),
    __metadata("design:returntype", void 0)
], NeedRequestResolver.prototype, "matchNeedRequest", null);
__decorate([
    (0, type_graphql_1.Mutation)(NeedType, { description: 'MATCHED → IN_PROGRESS' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, version()),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", void 0)
], NeedRequestResolver.prototype, "startNeedRequest", null);
__decorate([
    (0, type_graphql_1.Mutation)(NeedType, { description: 'IN_PROGRESS → FULFILLED, with an optional note on how it was met' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('note', () => String, { nullable: true })),
    __param(2, version()),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object, Object]),
    __metadata("design:returntype", void 0)
], NeedRequestResolver.prototype, "fulfillNeedRequest", null);
__decorate([
    (0, type_graphql_1.Mutation)(NeedType, { description: 'OPEN, MATCHED or IN_PROGRESS → CLOSED; the reason is required' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('note', () => String)),
    __param(2, version()),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Object]),
    __metadata("design:returntype", void 0)
], NeedRequestResolver.prototype, "closeNeedRequest", null);
exports.NeedRequestResolver = NeedRequestResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], NeedRequestResolver);
//# sourceMappingURL=need-request.resolver.js.map