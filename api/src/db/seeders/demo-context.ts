import type { EntityData } from '@mikro-orm/core';
import type { PiiCipher } from '../../common/crypto/pii';
import type { User } from '../../modules/account/user.entity';
import type { Attendance } from '../../modules/attendance/attendance.entity';
import type { Beneficiary } from '../../modules/beneficiary/beneficiary.entity';
import type { Consent } from '../../modules/beneficiary/consent.entity';
import type { Guardianship } from '../../modules/beneficiary/guardianship.entity';
import type { ClassSession } from '../../modules/class/class-session.entity';
import type { ServiceClass } from '../../modules/class/service-class.entity';
import type { Enrollment } from '../../modules/enrollment/enrollment.entity';
import type { ApplicationRound } from '../../modules/lottery/application-round.entity';
import type { Application } from '../../modules/lottery/application.entity';
import type { RoundClass } from '../../modules/lottery/round-class.entity';
import type { Evaluation } from '../../modules/evaluation/evaluation.entity';
import type { NeedRequest } from '../../modules/need/need-request.entity';
import type { Organization } from '../../modules/organization/organization.entity';
import type { Partnership } from '../../modules/partnership/partnership.entity';
import type { ApprovalStep } from '../../modules/project/approval-step.entity';
import type { ProjectPartner } from '../../modules/project/project-partner.entity';
import type { ServiceProject } from '../../modules/project/service-project.entity';
import type { SubsidyPolicy } from '../../modules/project/subsidy-policy.entity';
import type { ServiceRecord } from '../../modules/service-record/service-record.entity';
import type { SocialGroup } from '../../modules/social-group/social-group.entity';
import type { Venue } from '../../modules/venue/venue.entity';
import type { DemoCalendar } from './demo-calendar';
import { createIdFactory, type IdFactory } from './demo-ids';
import { DemoRandom } from './demo-random';

/** A row as handed to `em.insertMany`: property names, relations as ids, an explicit id. */
export type Row<T> = EntityData<T> & { id: string };

/** Every table the demo fills, in insertion order (parents before children). */
export interface DemoRows {
  organization: Row<Organization>[];
  socialGroup: Row<SocialGroup>[];
  partnership: Row<Partnership>[];
  venue: Row<Venue>[];
  user: Row<User>[];
  serviceProject: Row<ServiceProject>[];
  projectPartner: Row<ProjectPartner>[];
  approvalStep: Row<ApprovalStep>[];
  subsidyPolicy: Row<SubsidyPolicy>[];
  serviceClass: Row<ServiceClass>[];
  classSession: Row<ClassSession>[];
  beneficiary: Row<Beneficiary>[];
  guardianship: Row<Guardianship>[];
  consent: Row<Consent>[];
  enrollment: Row<Enrollment>[];
  attendance: Row<Attendance>[];
  serviceRecord: Row<ServiceRecord>[];
  needRequest: Row<NeedRequest>[];
  evaluation: Row<Evaluation>[];
  applicationRound: Row<ApplicationRound>[];
  roundClass: Row<RoundClass>[];
  application: Row<Application>[];
}

/**
 * Everything one seeding run shares: the id and random streams, the rows built so far, and look-ups by
 * short keys ('xishan', 'xiaocao' …). A fresh context per run: nothing is module-level state, so two
 * seedings in one process (the determinism test) produce identical rows.
 */
export class DemoContext {
  readonly id: IdFactory;
  readonly rng: DemoRandom;
  readonly rows: DemoRows = {
    organization: [],
    socialGroup: [],
    partnership: [],
    venue: [],
    user: [],
    serviceProject: [],
    projectPartner: [],
    approvalStep: [],
    subsidyPolicy: [],
    serviceClass: [],
    classSession: [],
    beneficiary: [],
    guardianship: [],
    consent: [],
    enrollment: [],
    attendance: [],
    serviceRecord: [],
    needRequest: [],
    evaluation: [],
    applicationRound: [],
    roundClass: [],
    application: [],
  };

  /**
   * 考勤核验 of held sessions, applied after the attendance rows are in (a verified session's
   * attendance is frozen by a trigger, so it cannot be inserted into one).
   */
  readonly verifications: { session: string; at: Date; by: string }[] = [];

  /** Parent of each organization, for subtree checks (subsidy eligibility) and insertion by depth. */
  readonly orgParent = new Map<string, string | null>();

  private readonly keys = new Map<string, string>();
  private readonly keyOfId = new Map<string, string>();

  /** The story's day this run tells it as of (calendar.today): sessions before it are held. */
  readonly today: string;

  constructor(
    readonly pii: PiiCipher,
    readonly calendar: DemoCalendar,
    seed = 20250714,
  ) {
    this.today = calendar.today;
    this.id = createIdFactory();
    this.rng = new DemoRandom(seed);
  }

  /** Remembers the id of a row under `kind:key`. */
  register(kind: string, key: string, id: string): string {
    const k = `${kind}:${key}`;
    if (this.keys.has(k)) throw new Error(`demo data: duplicate key ${k}`);
    this.keys.set(k, id);
    this.keyOfId.set(id, key);
    return id;
  }

  ref(kind: string, key: string): string {
    const id = this.keys.get(`${kind}:${key}`);
    if (!id) throw new Error(`demo data: unknown ${kind} "${key}"`);
    return id;
  }

  /** The short key a row was registered under. */
  keyOf(id: string): string | undefined {
    return this.keyOfId.get(id);
  }

  org = (key: string): string => this.ref('org', key);
  group = (key: string): string => this.ref('group', key);
  venue = (key: string): string => this.ref('venue', key);
  project = (key: string): string => this.ref('project', key);
  klass = (key: string): string => this.ref('class', key);
  user = (key: string): string => this.ref('user', key);

  /** createdAt/updatedAt fixed to a moment of the story rather than to the time of seeding. */
  static stamp(at: Date): { createdAt: Date; updatedAt: Date } {
    return { createdAt: at, updatedAt: at };
  }
}
