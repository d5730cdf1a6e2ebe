"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.entities = void 0;
const api_key_entity_1 = require("./account/api-key.entity");
const refresh_token_entity_1 = require("./account/refresh-token.entity");
const user_entity_1 = require("./account/user.entity");
const attendance_entity_1 = require("./attendance/attendance.entity");
const audit_event_entity_1 = require("./audit/audit-event.entity");
const beneficiary_entity_1 = require("./beneficiary/beneficiary.entity");
const consent_entity_1 = require("./beneficiary/consent.entity");
const guardianship_entity_1 = require("./beneficiary/guardianship.entity");
const class_session_entity_1 = require("./class/class-session.entity");
const service_class_entity_1 = require("./class/service-class.entity");
const enrollment_entity_1 = require("./enrollment/enrollment.entity");
const evaluation_entity_1 = require("./evaluation/evaluation.entity");
const need_request_entity_1 = require("./need/need-request.entity");
const organization_entity_1 = require("./organization/organization.entity");
const partnership_entity_1 = require("./partnership/partnership.entity");
const approval_step_entity_1 = require("./project/approval-step.entity");
const project_partner_entity_1 = require("./project/project-partner.entity");
const service_project_entity_1 = require("./project/service-project.entity");
const subsidy_policy_entity_1 = require("./project/subsidy-policy.entity");
const service_record_entity_1 = require("./service-record/service-record.entity");
const social_group_entity_1 = require("./social-group/social-group.entity");
const venue_entity_1 = require("./venue/venue.entity");
/** Every entity class, for MikroORM discovery (db/mikro-orm.config.ts). */
exports.entities = [
    organization_entity_1.Organization,
    social_group_entity_1.SocialGroup,
    partnership_entity_1.Partnership,
    venue_entity_1.Venue,
    service_project_entity_1.ServiceProject,
    project_partner_entity_1.ProjectPartner,
    approval_step_entity_1.ApprovalStep,
    subsidy_policy_entity_1.SubsidyPolicy,
    service_class_entity_1.ServiceClass,
    class_session_entity_1.ClassSession,
    beneficiary_entity_1.Beneficiary,
    guardianship_entity_1.Guardianship,
    consent_entity_1.Consent,
    enrollment_entity_1.Enrollment,
    attendance_entity_1.Attendance,
    service_record_entity_1.ServiceRecord,
    need_request_entity_1.NeedRequest,
    evaluation_entity_1.Evaluation,
    user_entity_1.User,
    refresh_token_entity_1.RefreshToken,
    api_key_entity_1.ApiKey,
    audit_event_entity_1.AuditEvent,
];
//# sourceMappingURL=entities.js.map