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
exports.ClassSessionResolver = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const scalars_1 = require("../../common/crud/scalars");
const class_session_resource_1 = require("./class-session.resource");
const class_session_service_1 = require("./class-session.service");
const session_generation_service_1 = require("./session-generation.service");
const session_generation_types_1 = require("./session-generation.types");
const SessionType = () => (0, object_type_1.objectTypeOf)(class_session_resource_1.classSessionResource);
/** 生成课次 and 停课: thin mappings onto session-generation.service.ts and class-session.service.ts. */
let ClassSessionResolver = class ClassSessionResolver {
    generateClassSessions(classId, preview, skipDates, ctx) {
        return (0, session_generation_service_1.generateClassSessions)(ctx, classId, preview, skipDates);
    }
    cancelClassSession(id, reason, ctx) {
        return (0, class_session_service_1.cancelClassSession)(ctx, id, reason);
    }
};
exports.ClassSessionResolver = ClassSessionResolver;
__decorate([
    (0, type_graphql_1.Mutation)(() => session_generation_types_1.SessionGeneration, {
        description: 'Turns the class schedule (startsOn..endsOn, weekdays, dailyStart–dailyEnd) into sessions, skipping skipDates. ' +
            'preview: true writes nothing. Never duplicates; sessions no longer on the schedule are soft-deleted unless ' +
            'they have attendance. At most 1000 sessions; a cancelled class is refused.',
    }),
    __param(0, (0, type_graphql_1.Arg)('classId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('preview')),
    __param(2, (0, type_graphql_1.Arg)('skipDates', () => [scalars_1.LocalDate], { nullable: true, description: 'Dates without a meeting (holidays)' })),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Boolean, Object, Object]),
    __metadata("design:returntype", void 0)
], ClassSessionResolver.prototype, "generateClassSessions", null);
__decorate([
    (0, type_graphql_1.Mutation)(SessionType, {
        description: 'A session → CANCELLED with a reason; its attendance is kept. Twice, or once its attendance is verified → CONFLICT',
    }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('reason', () => String, { nullable: true })),
    __param(2, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", void 0)
], ClassSessionResolver.prototype, "cancelClassSession", null);
exports.ClassSessionResolver = ClassSessionResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], ClassSessionResolver);
//# sourceMappingURL=class-session.resolver.js.map