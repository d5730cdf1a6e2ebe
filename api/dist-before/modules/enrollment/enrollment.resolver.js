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
exports.EnrollmentResolver = void 0;
const type_graphql_1 = require("type-graphql");
const object_type_1 = require("../../common/crud/object-type");
const enrollment_resource_1 = require("./enrollment.resource");
const enrollment_service_1 = require("./enrollment.service");
const EnrollmentType = () => (0, object_type_1.objectTypeOf)(enrollment_resource_1.enrollmentResource);
/** 报名 and 退出: the only ways into and out of a class (the generic createEnrollment is not offered). */
let EnrollmentResolver = class EnrollmentResolver {
    enroll(classId, beneficiaryId, applicantId, days, idempotencyKey, ctx) {
        return (0, enrollment_service_1.enroll)(ctx, { classId, beneficiaryId, applicantId, days, idempotencyKey });
    }
    withdrawEnrollment(id, ctx) {
        return (0, enrollment_service_1.withdrawEnrollment)(ctx, id);
    }
};
exports.EnrollmentResolver = EnrollmentResolver;
__decorate([
    (0, type_graphql_1.Mutation)(EnrollmentType, {
        description: 'Enrols a person in an open class, or puts them on its waitlist when it is full (first come, first served). ' +
            'Checks age on the start date, a guardian consent under 14, the applicant, and one live enrolment per person; ' +
            'fee = days × feePerDayFen, subsidy from the project policy rounded down to the fen. ' +
            'The same idempotencyKey returns the first result; with other data it is a CONFLICT.',
    }),
    __param(0, (0, type_graphql_1.Arg)('classId', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Arg)('beneficiaryId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('applicantId', () => type_graphql_1.ID, { nullable: true, description: 'Who applies: a guardian for a child' })),
    __param(3, (0, type_graphql_1.Arg)('days', () => type_graphql_1.Int, { description: 'Days booked: at least 1, at most the days the class meets' })),
    __param(4, (0, type_graphql_1.Arg)('idempotencyKey', { description: 'Chosen by the client, 1–100 characters; send it again when retrying' })),
    __param(5, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object, Number, String, Object]),
    __metadata("design:returntype", void 0)
], EnrollmentResolver.prototype, "enroll", null);
__decorate([
    (0, type_graphql_1.Mutation)(EnrollmentType, {
        description: 'Withdraws an enrolment and gives its place to the head of the waitlist, in one transaction',
    }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], EnrollmentResolver.prototype, "withdrawEnrollment", null);
exports.EnrollmentResolver = EnrollmentResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], EnrollmentResolver);
//# sourceMappingURL=enrollment.resolver.js.map