"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resources = void 0;
const api_key_resource_1 = require("./account/api-key.resource");
const user_resource_1 = require("./account/user.resource");
const attendance_resource_1 = require("./attendance/attendance.resource");
const audit_event_resource_1 = require("./audit/audit-event.resource");
const beneficiary_resource_1 = require("./beneficiary/beneficiary.resource");
const consent_resource_1 = require("./beneficiary/consent.resource");
const guardianship_resource_1 = require("./beneficiary/guardianship.resource");
const class_session_resource_1 = require("./class/class-session.resource");
const service_class_resource_1 = require("./class/service-class.resource");
const enrollment_resource_1 = require("./enrollment/enrollment.resource");
const evaluation_resource_1 = require("./evaluation/evaluation.resource");
const need_request_resource_1 = require("./need/need-request.resource");
const organization_resource_1 = require("./organization/organization.resource");
const partnership_resource_1 = require("./partnership/partnership.resource");
const approval_step_resource_1 = require("./project/approval-step.resource");
const project_partner_resource_1 = require("./project/project-partner.resource");
const service_project_resource_1 = require("./project/service-project.resource");
const subsidy_policy_resource_1 = require("./project/subsidy-policy.resource");
const service_record_resource_1 = require("./service-record/service-record.resource");
const social_group_resource_1 = require("./social-group/social-group.resource");
const venue_resource_1 = require("./venue/venue.resource");
/** Every resource the CRUD factory exposes (crud/), by GraphQL name. */
exports.resources = [
    organization_resource_1.organizationResource,
    social_group_resource_1.socialGroupResource,
    partnership_resource_1.partnershipResource,
    venue_resource_1.venueResource,
    service_project_resource_1.serviceProjectResource,
    project_partner_resource_1.projectPartnerResource,
    approval_step_resource_1.approvalStepResource,
    subsidy_policy_resource_1.subsidyPolicyResource,
    service_class_resource_1.serviceClassResource,
    class_session_resource_1.classSessionResource,
    beneficiary_resource_1.beneficiaryResource,
    guardianship_resource_1.guardianshipResource,
    consent_resource_1.consentResource,
    enrollment_resource_1.enrollmentResource,
    attendance_resource_1.attendanceResource,
    service_record_resource_1.serviceRecordResource,
    need_request_resource_1.needRequestResource,
    evaluation_resource_1.evaluationResource,
    user_resource_1.userResource,
    api_key_resource_1.apiKeyResource,
    audit_event_resource_1.auditEventResource,
];
//# sourceMappingURL=resources.js.map