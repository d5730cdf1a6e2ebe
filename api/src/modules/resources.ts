import { apiKeyResource } from './account/api-key.resource';
import { userResource } from './account/user.resource';
import { attendanceResource } from './attendance/attendance.resource';
import { auditEventResource } from './audit/audit-event.resource';
import { beneficiaryResource } from './beneficiary/beneficiary.resource';
import { consentResource } from './beneficiary/consent.resource';
import { guardianshipResource } from './beneficiary/guardianship.resource';
import { classSessionResource } from './class/class-session.resource';
import { serviceClassResource } from './class/service-class.resource';
import { enrollmentResource } from './enrollment/enrollment.resource';
import { evaluationResource } from './evaluation/evaluation.resource';
import { needRequestResource } from './need/need-request.resource';
import { organizationResource } from './organization/organization.resource';
import { partnershipResource } from './partnership/partnership.resource';
import { approvalStepResource } from './project/approval-step.resource';
import { projectPartnerResource } from './project/project-partner.resource';
import { serviceProjectResource } from './project/service-project.resource';
import { subsidyPolicyResource } from './project/subsidy-policy.resource';
import { serviceRecordResource } from './service-record/service-record.resource';
import { socialGroupResource } from './social-group/social-group.resource';
import { venueResource } from './venue/venue.resource';
import { applicationRoundResource } from './lottery/application-round.resource';
import { applicationResource } from './lottery/application.resource';
import { roundObjectionResource } from './lottery/round-objection.resource';

/** Every resource the CRUD factory exposes (crud/), by GraphQL name. */
export const resources = [
  organizationResource,
  socialGroupResource,
  partnershipResource,
  venueResource,
  serviceProjectResource,
  projectPartnerResource,
  approvalStepResource,
  subsidyPolicyResource,
  serviceClassResource,
  classSessionResource,
  beneficiaryResource,
  guardianshipResource,
  consentResource,
  enrollmentResource,
  applicationRoundResource,
  applicationResource,
  roundObjectionResource,
  attendanceResource,
  serviceRecordResource,
  needRequestResource,
  evaluationResource,
  userResource,
  apiKeyResource,
  auditEventResource,
];
