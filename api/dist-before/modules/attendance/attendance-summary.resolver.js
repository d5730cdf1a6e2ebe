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
exports.ClassAttendanceResolver = exports.EnrollmentAttendanceResolver = void 0;
const type_graphql_1 = require("type-graphql");
const crud_service_1 = require("../../common/crud/crud-service");
const object_type_1 = require("../../common/crud/object-type");
const errors_1 = require("../../graphql/errors");
const service_class_resource_1 = require("../class/service-class.resource");
const enrollment_entity_1 = require("../enrollment/enrollment.entity");
const enrollment_resource_1 = require("../enrollment/enrollment.resource");
const attendance_summary_1 = require("./attendance-summary");
const attendance_summary_types_1 = require("./attendance-summary.types");
const enrollmentSpec = enrollment_resource_1.enrollmentResource;
const classSpec = service_class_resource_1.serviceClassResource;
const classes = new crud_service_1.CrudService(classSpec);
let EnrollmentAttendanceResolver = class EnrollmentAttendanceResolver {
    attendanceSummary(root, ctx) {
        return ctx.loaders.computed('enrollmentAttendance', attendance_summary_1.enrollmentAttendance).load(root.id);
    }
};
exports.EnrollmentAttendanceResolver = EnrollmentAttendanceResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => attendance_summary_types_1.EnrollmentAttendanceType, { description: '出勤情况 (one statement per page)' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], EnrollmentAttendanceResolver.prototype, "attendanceSummary", null);
exports.EnrollmentAttendanceResolver = EnrollmentAttendanceResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => (0, object_type_1.objectTypeOf)(enrollmentSpec))
], EnrollmentAttendanceResolver);
let ClassAttendanceResolver = class ClassAttendanceResolver {
    attendanceSummary(root, ctx) {
        return ctx.loaders.computed('classAttendance', attendance_summary_1.classAttendance).load(root.id);
    }
    async lowAttendanceEnrollments(classId, ctx) {
        if (!(await classes.findOne(ctx, classId)))
            throw (0, errors_1.notFound)('ServiceClass', classId);
        const ids = await (0, attendance_summary_1.lowAttendanceIds)(ctx.em, classId);
        const rows = await ctx.em.find(enrollment_entity_1.Enrollment, { id: { $in: ids } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id)).filter(Boolean);
    }
};
exports.ClassAttendanceResolver = ClassAttendanceResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => attendance_summary_types_1.ClassAttendanceType, { description: '班级出勤情况 (one statement per page)' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], ClassAttendanceResolver.prototype, "attendanceSummary", null);
__decorate([
    (0, type_graphql_1.Query)(() => [(0, object_type_1.objectTypeOf)(enrollmentSpec)], {
        description: 'Enrolments of a class whose attendance rate is under 70%, lowest first (出勤率不足)',
    }),
    __param(0, (0, type_graphql_1.Arg)('classId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ClassAttendanceResolver.prototype, "lowAttendanceEnrollments", null);
exports.ClassAttendanceResolver = ClassAttendanceResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => (0, object_type_1.objectTypeOf)(classSpec))
], ClassAttendanceResolver);
//# sourceMappingURL=attendance-summary.resolver.js.map