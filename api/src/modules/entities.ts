import { ApiKey } from './account/api-key.entity';
import { AuthThrottle } from './account/auth-throttle.entity';
import { RefreshToken } from './account/refresh-token.entity';
import { User } from './account/user.entity';
import { Attendance } from './attendance/attendance.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { Beneficiary } from './beneficiary/beneficiary.entity';
import { Consent } from './beneficiary/consent.entity';
import { Guardianship } from './beneficiary/guardianship.entity';
import { ClassSession } from './class/class-session.entity';
import { ServiceClass } from './class/service-class.entity';
import { Enrollment } from './enrollment/enrollment.entity';
import { Evaluation } from './evaluation/evaluation.entity';
import { NeedRequest } from './need/need-request.entity';
import { Organization } from './organization/organization.entity';
import { Partnership } from './partnership/partnership.entity';
import { ApprovalStep } from './project/approval-step.entity';
import { ProjectPartner } from './project/project-partner.entity';
import { ServiceProject } from './project/service-project.entity';
import { SubsidyPolicy } from './project/subsidy-policy.entity';
import { ServiceRecord } from './service-record/service-record.entity';
import { SocialGroup } from './social-group/social-group.entity';
import { Venue } from './venue/venue.entity';
import { WorkProgress } from './progress/work-progress.entity';
import { ApplicationRound } from './lottery/application-round.entity';
import { Application } from './lottery/application.entity';
import { NotificationOutbox } from './lottery/notification-outbox.entity';
import { RoundClass } from './lottery/round-class.entity';
import { RoundCorrection } from './lottery/round-correction.entity';
import { RoundObjection } from './lottery/round-objection.entity';

/** Every entity class, for MikroORM discovery (db/mikro-orm.config.ts). */
export const entities = [
  AuthThrottle,
  WorkProgress,
  Organization,
  SocialGroup,
  Partnership,
  Venue,
  ServiceProject,
  ProjectPartner,
  ApprovalStep,
  SubsidyPolicy,
  ServiceClass,
  ClassSession,
  Beneficiary,
  Guardianship,
  Consent,
  Enrollment,
  ApplicationRound,
  Application,
  RoundObjection,
  NotificationOutbox,
  RoundCorrection,
  RoundClass,
  Attendance,
  ServiceRecord,
  NeedRequest,
  Evaluation,
  User,
  RefreshToken,
  ApiKey,
  AuditEvent,
];
