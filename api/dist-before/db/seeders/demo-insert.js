"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.insertDemoRows = insertDemoRows;
const user_entity_1 = require("../../modules/account/user.entity");
const attendance_entity_1 = require("../../modules/attendance/attendance.entity");
const beneficiary_entity_1 = require("../../modules/beneficiary/beneficiary.entity");
const consent_entity_1 = require("../../modules/beneficiary/consent.entity");
const guardianship_entity_1 = require("../../modules/beneficiary/guardianship.entity");
const class_session_entity_1 = require("../../modules/class/class-session.entity");
const service_class_entity_1 = require("../../modules/class/service-class.entity");
const enrollment_entity_1 = require("../../modules/enrollment/enrollment.entity");
const evaluation_entity_1 = require("../../modules/evaluation/evaluation.entity");
const need_request_entity_1 = require("../../modules/need/need-request.entity");
const organization_entity_1 = require("../../modules/organization/organization.entity");
const partnership_entity_1 = require("../../modules/partnership/partnership.entity");
const approval_step_entity_1 = require("../../modules/project/approval-step.entity");
const project_partner_entity_1 = require("../../modules/project/project-partner.entity");
const service_project_entity_1 = require("../../modules/project/service-project.entity");
const subsidy_policy_entity_1 = require("../../modules/project/subsidy-policy.entity");
const service_record_entity_1 = require("../../modules/service-record/service-record.entity");
const social_group_entity_1 = require("../../modules/social-group/social-group.entity");
const venue_entity_1 = require("../../modules/venue/venue.entity");
const demo_organizations_1 = require("./demo-organizations");
/**
 * Writes the built rows with multi-row INSERTs (em.insertMany), bypassing the unit of work: thousands of
 * attendance rows go in a few statements instead of one per entity. Chunks stay well below PostgreSQL's
 * 65535 bind parameters per statement.
 */
const CHUNK = 1000;
/** Table order: every foreign key points at rows inserted earlier. */
const ORDER = {
    organization: organization_entity_1.Organization,
    socialGroup: social_group_entity_1.SocialGroup,
    partnership: partnership_entity_1.Partnership,
    venue: venue_entity_1.Venue,
    user: user_entity_1.User,
    serviceProject: service_project_entity_1.ServiceProject,
    projectPartner: project_partner_entity_1.ProjectPartner,
    approvalStep: approval_step_entity_1.ApprovalStep,
    subsidyPolicy: subsidy_policy_entity_1.SubsidyPolicy,
    serviceClass: service_class_entity_1.ServiceClass,
    classSession: class_session_entity_1.ClassSession,
    beneficiary: beneficiary_entity_1.Beneficiary,
    guardianship: guardianship_entity_1.Guardianship,
    consent: consent_entity_1.Consent,
    enrollment: enrollment_entity_1.Enrollment,
    attendance: attendance_entity_1.Attendance,
    serviceRecord: service_record_entity_1.ServiceRecord,
    needRequest: need_request_entity_1.NeedRequest,
    evaluation: evaluation_entity_1.Evaluation,
};
async function insertChunked(em, entity, rows) {
    for (let i = 0; i < rows.length; i += CHUNK)
        await em.insertMany(entity, rows.slice(i, i + CHUNK));
}
/** Inserts everything and returns the number of rows per table. */
async function insertDemoRows(em, ctx) {
    const counts = {};
    for (const [key, entity] of Object.entries(ORDER)) {
        const rows = ctx.rows[key];
        if (key === 'organization') {
            // The path trigger reads the parent's path: insert the tree one depth at a time.
            const depth = (0, demo_organizations_1.organizationDepths)(ctx);
            const max = Math.max(...depth.values());
            for (let d = 0; d <= max; d++) {
                await insertChunked(em, entity, ctx.rows.organization.filter((r) => depth.get(r.id) === d));
            }
        }
        else {
            await insertChunked(em, entity, rows);
        }
        counts[key] = rows.length;
    }
    for (let i = 0; i < ctx.verifications.length; i += CHUNK) {
        const chunk = ctx.verifications.slice(i, i + CHUNK);
        await em.execute(`update class_session s set attendance_verified_at = v.at, attendance_verified_by_id = v.by
         from unnest(?::uuid[], ?::timestamptz[], ?::uuid[]) as v(id, at, by) where s.id = v.id`, [
            `{${chunk.map((v) => v.session).join(',')}}`,
            `{${chunk.map((v) => v.at.toISOString()).join(',')}}`,
            `{${chunk.map((v) => v.by).join(',')}}`,
        ]);
    }
    counts.verifiedSessions = ctx.verifications.length;
    // The report summaries, built from what was just inserted (one pass instead of folding thousands of
    // dirty keys on the first dashboard read).
    await em.execute('select report_rebuild()');
    return counts;
}
//# sourceMappingURL=demo-insert.js.map