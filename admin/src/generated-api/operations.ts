/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApplicationStatus =
  /** 已申请 (Applied) */
  | 'APPLIED'
  /** 取消资格 (Disqualified) */
  | 'DISQUALIFIED'
  /** 候补 (Waitlisted) */
  | 'WAITLISTED'
  /** 已撤回 (Withdrawn) */
  | 'WITHDRAWN'
  /** 中签 (Won) */
  | 'WON';

export type ApprovalDecision =
  /** 已同意 (Approved) */
  | 'APPROVED'
  /** 待审批 (Pending) */
  | 'PENDING'
  /** 已驳回 (Rejected) */
  | 'REJECTED'
  /** 已撤回 (Withdrawn) */
  | 'WITHDRAWN';

export type ApprovalDecisionFilter = {
  equals?: ApprovalDecision | null | undefined;
  in?: Array<ApprovalDecision> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ApprovalDecision> | null | undefined;
};

export type ApprovalStepListRelationFilter = {
  every?: ApprovalStepWhere | null | undefined;
  none?: ApprovalStepWhere | null | undefined;
  some?: ApprovalStepWhere | null | undefined;
};

export type ApprovalStepWhere = {
  AND?: Array<ApprovalStepWhere> | null | undefined;
  NOT?: ApprovalStepWhere | null | undefined;
  OR?: Array<ApprovalStepWhere> | null | undefined;
  /** Filter on approverOrganization */
  approverOrganization?: OrganizationWhere | null | undefined;
  approverOrganizationId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  decidedAt?: DateTimeFilter | null | undefined;
  /** Filter on decidedBy */
  decidedBy?: UserWhere | null | undefined;
  decidedById?: IdFilter | null | undefined;
  decision?: ApprovalDecisionFilter | null | undefined;
  dueOn?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type AttendanceListRelationFilter = {
  every?: AttendanceWhere | null | undefined;
  none?: AttendanceWhere | null | undefined;
  some?: AttendanceWhere | null | undefined;
};

export type AttendanceRowInput = {
  /** 签到时间: on the session date */
  checkInAt?: string | null | undefined;
  /** 签退时间: after check-in, on the session date */
  checkOutAt?: string | null | undefined;
  enrollmentId: string | number;
  note?: string | null | undefined;
  /** 接送人: a guardian of the person with mayPickUp */
  pickedUpById?: string | number | null | undefined;
  status: AttendanceStatus;
};

export type AttendanceStatus =
  /** 缺勤 (Absent) */
  | 'ABSENT'
  /** 请假 (Excused) */
  | 'EXCUSED'
  /** 迟到 (Late) */
  | 'LATE'
  /** 出勤 (Present) */
  | 'PRESENT';

export type AttendanceStatusFilter = {
  equals?: AttendanceStatus | null | undefined;
  in?: Array<AttendanceStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<AttendanceStatus> | null | undefined;
};

export type AttendanceWhere = {
  AND?: Array<AttendanceWhere> | null | undefined;
  NOT?: AttendanceWhere | null | undefined;
  OR?: Array<AttendanceWhere> | null | undefined;
  checkInAt?: DateTimeFilter | null | undefined;
  checkOutAt?: DateTimeFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Filter on enrollment */
  enrollment?: EnrollmentWhere | null | undefined;
  enrollmentId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  leftEarly?: BooleanFilter | null | undefined;
  /** Filter on pickedUpBy */
  pickedUpBy?: BeneficiaryWhere | null | undefined;
  pickedUpById?: IdFilter | null | undefined;
  /** Filter on recordedBy */
  recordedBy?: UserWhere | null | undefined;
  recordedById?: IdFilter | null | undefined;
  /** Filter on session */
  session?: ClassSessionWhere | null | undefined;
  sessionId?: IdFilter | null | undefined;
  status?: AttendanceStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type BeneficiaryCategory =
  /** 儿童 (Child) */
  | 'CHILD'
  /** 困境儿童 (Child in difficulty) */
  | 'CHILD_IN_DIFFICULTY'
  /** 困难职工 (Worker in difficulty) */
  | 'DIFFICULT_WORKER'
  /** 残疾人 (Person with disability) */
  | 'DISABLED'
  /** 双职工家庭 (Dual-earner family) */
  | 'DUAL_EARNER_FAMILY'
  /** 老年人 (Elderly) */
  | 'ELDERLY'
  /** 全职妈妈 (Full-time mother) */
  | 'FULL_TIME_MOTHER'
  /** 产业工人 (Industrial worker) */
  | 'INDUSTRIAL_WORKER'
  /** 婴幼儿 (Infant) */
  | 'INFANT'
  /** 留守儿童 (Left-behind child) */
  | 'LEFT_BEHIND_CHILD'
  /** 新就业形态劳动者 (New-employment-form worker) */
  | 'NEW_EMPLOYMENT_FORM_WORKER'
  /** 其他 (Other) */
  | 'OTHER'
  /** 妇女 (Woman) */
  | 'WOMAN'
  /** 职工 (Worker) */
  | 'WORKER';

export type BeneficiaryCategoryListFilter = {
  hasEvery?: Array<BeneficiaryCategory> | null | undefined;
  hasSome?: Array<BeneficiaryCategory> | null | undefined;
  isEmpty?: boolean | null | undefined;
};

export type BeneficiaryWhere = {
  AND?: Array<BeneficiaryWhere> | null | undefined;
  NOT?: BeneficiaryWhere | null | undefined;
  OR?: Array<BeneficiaryWhere> | null | undefined;
  birthDate?: DateFilter | null | undefined;
  categories?: BeneficiaryCategoryListFilter | null | undefined;
  consents?: ConsentListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  employer?: StringFilter | null | undefined;
  enrollments?: EnrollmentListRelationFilter | null | undefined;
  gender?: GenderFilter | null | undefined;
  guardians?: GuardianshipListRelationFilter | null | undefined;
  /** Filter on homeCommunity */
  homeCommunity?: OrganizationWhere | null | undefined;
  homeCommunityId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Filter on registeredBy */
  registeredBy?: OrganizationWhere | null | undefined;
  /** Filter on registeredByGroup */
  registeredByGroup?: SocialGroupWhere | null | undefined;
  registeredByGroupId?: IdFilter | null | undefined;
  registeredById?: IdFilter | null | undefined;
  serviceRecords?: ServiceRecordListRelationFilter | null | undefined;
  /** Filter on unionOrganization */
  unionOrganization?: OrganizationWhere | null | undefined;
  unionOrganizationId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  wards?: GuardianshipListRelationFilter | null | undefined;
};

export type BooleanFilter = {
  equals?: boolean | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
};

export type CareType =
  /** 活动 (Activity) */
  | 'ACTIVITY'
  /** 课后托 (After school) */
  | 'AFTER_SCHOOL'
  /** 晚间班 (Evening class) */
  | 'EVENING'
  /** 全日托 (Full day) */
  | 'FULL_DAY'
  /** 半日托 (Half day) */
  | 'HALF_DAY'
  /** 假期托 (Holiday) */
  | 'HOLIDAY'
  /** 计时托 (Hourly) */
  | 'HOURLY'
  /** 临时托 (Temporary) */
  | 'TEMPORARY';

export type CareTypeFilter = {
  equals?: CareType | null | undefined;
  in?: Array<CareType> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<CareType> | null | undefined;
};

export type ClassSessionListRelationFilter = {
  every?: ClassSessionWhere | null | undefined;
  none?: ClassSessionWhere | null | undefined;
  some?: ClassSessionWhere | null | undefined;
};

export type ClassSessionWhere = {
  AND?: Array<ClassSessionWhere> | null | undefined;
  NOT?: ClassSessionWhere | null | undefined;
  OR?: Array<ClassSessionWhere> | null | undefined;
  attendanceRecords?: AttendanceListRelationFilter | null | undefined;
  attendanceVerifiedAt?: DateTimeFilter | null | undefined;
  /** Filter on attendanceVerifiedBy */
  attendanceVerifiedBy?: UserWhere | null | undefined;
  attendanceVerifiedById?: IdFilter | null | undefined;
  cancelledAt?: DateTimeFilter | null | undefined;
  classId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  date?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: SessionKindFilter | null | undefined;
  /** Filter on serviceClass */
  serviceClass?: ServiceClassWhere | null | undefined;
  status?: SessionStatusFilter | null | undefined;
  topic?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type ClassStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已截止 (Closed) */
  | 'CLOSED'
  /** 招生中 (Open) */
  | 'OPEN';

export type ClassStatusFilter = {
  equals?: ClassStatus | null | undefined;
  in?: Array<ClassStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ClassStatus> | null | undefined;
};

export type ConsentListRelationFilter = {
  every?: ConsentWhere | null | undefined;
  none?: ConsentWhere | null | undefined;
  some?: ConsentWhere | null | undefined;
};

export type ConsentPurpose =
  /** 数据导出 (Data export) */
  | 'DATA_EXPORT'
  /** 照片宣传 (Photo publicity) */
  | 'PHOTO_PUBLICITY'
  /** 报名服务 (Service enrollment) */
  | 'SERVICE_ENROLLMENT'
  /** 补贴审核 (Subsidy audit) */
  | 'SUBSIDY_AUDIT';

export type ConsentPurposeFilter = {
  equals?: ConsentPurpose | null | undefined;
  in?: Array<ConsentPurpose> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ConsentPurpose> | null | undefined;
};

export type ConsentWhere = {
  AND?: Array<ConsentWhere> | null | undefined;
  NOT?: ConsentWhere | null | undefined;
  OR?: Array<ConsentWhere> | null | undefined;
  /** Filter on beneficiary */
  beneficiary?: BeneficiaryWhere | null | undefined;
  beneficiaryId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  givenAt?: DateTimeFilter | null | undefined;
  /** Filter on givenBy */
  givenBy?: BeneficiaryWhere | null | undefined;
  givenById?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  noticeVersion?: StringFilter | null | undefined;
  purpose?: ConsentPurposeFilter | null | undefined;
  relation?: GuardianRelationFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  withdrawnAt?: DateTimeFilter | null | undefined;
};

export type CorrectionAction =
  /** 取消资格 (Exclude) */
  | 'EXCLUDE'
  /** 恢复申请 (Reinstate) */
  | 'REINSTATE'
  /** 更正优先级 (Change tier) */
  | 'RETIER';

export type DateFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
};

export type DateTimeFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
};

export type EnrollmentListRelationFilter = {
  every?: EnrollmentWhere | null | undefined;
  none?: EnrollmentWhere | null | undefined;
  some?: EnrollmentWhere | null | undefined;
};

export type EnrollmentStatus =
  /** 已结业 (Completed) */
  | 'COMPLETED'
  /** 已报名 (Enrolled) */
  | 'ENROLLED'
  /** 未通过 (Rejected) */
  | 'REJECTED'
  /** 候补 (Waitlisted) */
  | 'WAITLISTED'
  /** 已退出 (Withdrawn) */
  | 'WITHDRAWN';

export type EnrollmentStatusFilter = {
  equals?: EnrollmentStatus | null | undefined;
  in?: Array<EnrollmentStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<EnrollmentStatus> | null | undefined;
};

export type EnrollmentWhere = {
  AND?: Array<EnrollmentWhere> | null | undefined;
  NOT?: EnrollmentWhere | null | undefined;
  OR?: Array<EnrollmentWhere> | null | undefined;
  /** Filter on applicant */
  applicant?: BeneficiaryWhere | null | undefined;
  applicantId?: IdFilter | null | undefined;
  attendanceRecords?: AttendanceListRelationFilter | null | undefined;
  /** Filter on beneficiary */
  beneficiary?: BeneficiaryWhere | null | undefined;
  beneficiaryId?: IdFilter | null | undefined;
  classId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  enrolledAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Filter on serviceClass */
  serviceClass?: ServiceClassWhere | null | undefined;
  status?: EnrollmentStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  withdrawnAt?: DateTimeFilter | null | undefined;
};

export type EvaluationKind =
  /** 结项评估 (Final) */
  | 'FINAL'
  /** 中期评估 (Midterm) */
  | 'MIDTERM'
  /** 定期评估 (Periodic) */
  | 'PERIODIC';

export type EvaluationKindFilter = {
  equals?: EvaluationKind | null | undefined;
  in?: Array<EvaluationKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<EvaluationKind> | null | undefined;
};

export type EvaluationListRelationFilter = {
  every?: EvaluationWhere | null | undefined;
  none?: EvaluationWhere | null | undefined;
  some?: EvaluationWhere | null | undefined;
};

export type EvaluationWhere = {
  AND?: Array<EvaluationWhere> | null | undefined;
  NOT?: EvaluationWhere | null | undefined;
  OR?: Array<EvaluationWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  evaluatedOn?: DateFilter | null | undefined;
  /** Filter on evaluatorOrganization */
  evaluatorOrganization?: OrganizationWhere | null | undefined;
  evaluatorOrganizationId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: EvaluationKindFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  satisfactionBp?: IntFilter | null | undefined;
  score?: IntFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type Gender =
  /** 女 (Female) */
  | 'FEMALE'
  /** 男 (Male) */
  | 'MALE';

export type GenderFilter = {
  equals?: Gender | null | undefined;
  in?: Array<Gender> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<Gender> | null | undefined;
};

export type GeneratedSessionState =
  /** 已有 (Existing: on the schedule, kept as it is) */
  | 'EXISTING'
  /** 保留 (Kept: no longer on the schedule but has attendance) */
  | 'KEPT'
  /** 新增 (New: on the schedule, created) */
  | 'NEW'
  /** 删除 (Removed: no longer on the schedule and without attendance (soft delete)) */
  | 'REMOVED'
  /** 调整 (Updated: on the schedule, end time changed to the class’s) */
  | 'UPDATED';

export type GuardianRelation =
  /** 父亲 (Father) */
  | 'FATHER'
  /** 祖父母/外祖父母 (Grandparent) */
  | 'GRANDPARENT'
  /** 母亲 (Mother) */
  | 'MOTHER'
  /** 其他 (Other) */
  | 'OTHER'
  /** 其他亲属 (Other relative) */
  | 'OTHER_RELATIVE';

export type GuardianRelationFilter = {
  equals?: GuardianRelation | null | undefined;
  in?: Array<GuardianRelation> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<GuardianRelation> | null | undefined;
};

export type GuardianshipListRelationFilter = {
  every?: GuardianshipWhere | null | undefined;
  none?: GuardianshipWhere | null | undefined;
  some?: GuardianshipWhere | null | undefined;
};

export type GuardianshipWhere = {
  AND?: Array<GuardianshipWhere> | null | undefined;
  NOT?: GuardianshipWhere | null | undefined;
  OR?: Array<GuardianshipWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  /** Filter on guardian */
  guardian?: BeneficiaryWhere | null | undefined;
  guardianId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isPrimary?: BooleanFilter | null | undefined;
  mayPickUp?: BooleanFilter | null | undefined;
  relation?: GuardianRelationFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  /** Filter on ward */
  ward?: BeneficiaryWhere | null | undefined;
  wardId?: IdFilter | null | undefined;
};

export type IdFilter = {
  equals?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<string | number> | null | undefined;
};

export type IntFilter = {
  equals?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  notIn?: Array<number> | null | undefined;
};

export type IntListFilter = {
  hasEvery?: Array<number> | null | undefined;
  hasSome?: Array<number> | null | undefined;
  isEmpty?: boolean | null | undefined;
};

export type NeedStatus =
  /** 已关闭 (Closed) */
  | 'CLOSED'
  /** 已满足 (Fulfilled) */
  | 'FULFILLED'
  /** 服务中 (In progress) */
  | 'IN_PROGRESS'
  /** 已匹配 (Matched) */
  | 'MATCHED'
  /** 待匹配 (Open) */
  | 'OPEN';

export type ObjectionStatus =
  /** 不成立 (Dismissed) */
  | 'DISMISSED'
  /** 待处理 (Open) */
  | 'OPEN'
  /** 成立 (Upheld) */
  | 'UPHELD';

export type OrganizationKind =
  /** 社区 (Community) */
  | 'COMMUNITY'
  /** 企业 (Enterprise) */
  | 'ENTERPRISE'
  /** 政府部门 (Government agency) */
  | 'GOVERNMENT_AGENCY'
  /** 其他 (Other) */
  | 'OTHER'
  /** 党委 (Party committee) */
  | 'PARTY_COMMITTEE'
  /** 学校 (School) */
  | 'SCHOOL'
  /** 街道办事处 (Street office) */
  | 'STREET_OFFICE'
  /** 工会 (Trade union) */
  | 'UNION'
  /** 村 (Village) */
  | 'VILLAGE'
  /** 妇联 (Women's federation) */
  | 'WOMENS_FEDERATION'
  /** 团委 (Youth league) */
  | 'YOUTH_LEAGUE';

export type OrganizationKindFilter = {
  equals?: OrganizationKind | null | undefined;
  in?: Array<OrganizationKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<OrganizationKind> | null | undefined;
};

export type OrganizationLevel =
  /** 市级 (City) */
  | 'CITY'
  /** 社区村级 (Community) */
  | 'COMMUNITY'
  /** 区县级 (District) */
  | 'DISTRICT'
  /** 基层 (Grassroots) */
  | 'GRASSROOTS'
  /** 省级 (Province) */
  | 'PROVINCE'
  /** 街道乡镇级 (Street) */
  | 'STREET';

export type OrganizationLevelFilter = {
  equals?: OrganizationLevel | null | undefined;
  in?: Array<OrganizationLevel> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<OrganizationLevel> | null | undefined;
};

export type OrganizationListRelationFilter = {
  every?: OrganizationWhere | null | undefined;
  none?: OrganizationWhere | null | undefined;
  some?: OrganizationWhere | null | undefined;
};

export type OrganizationWhere = {
  AND?: Array<OrganizationWhere> | null | undefined;
  NOT?: OrganizationWhere | null | undefined;
  OR?: Array<OrganizationWhere> | null | undefined;
  children?: OrganizationListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  creditCode?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: OrganizationKindFilter | null | undefined;
  level?: OrganizationLevelFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Filter on parent */
  parent?: OrganizationWhere | null | undefined;
  parentId?: IdFilter | null | undefined;
  partnerships?: PartnershipListRelationFilter | null | undefined;
  path?: StringFilter | null | undefined;
  regionCode?: StringFilter | null | undefined;
  shortName?: StringFilter | null | undefined;
  sponsoredProjects?: ServiceProjectListRelationFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  venues?: VenueListRelationFilter | null | undefined;
};

export type PartnerRole =
  /** 协办 (Co-organizer) */
  | 'CO_ORGANIZER'
  /** 企业支持 (Enterprise support) */
  | 'ENTERPRISE_SUPPORT'
  /** 专家指导 (Expert guidance) */
  | 'EXPERT'
  /** 出资 (Funder) */
  | 'FUNDER'
  /** 安全保障 (Safety guard) */
  | 'SAFETY_GUARD'
  /** 场地提供 (Venue provider) */
  | 'VENUE_PROVIDER';

export type PartnerRoleFilter = {
  equals?: PartnerRole | null | undefined;
  in?: Array<PartnerRole> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<PartnerRole> | null | undefined;
};

export type PartnershipKind =
  /** 共驻共建 (Co-building) */
  | 'CO_BUILDING'
  /** 联系引导 (Guidance) */
  | 'GUIDANCE'
  /** 购买服务 (Service purchase) */
  | 'SERVICE_PURCHASE'
  /** 以场地换服务 (Venue for service) */
  | 'VENUE_FOR_SERVICE';

export type PartnershipKindFilter = {
  equals?: PartnershipKind | null | undefined;
  in?: Array<PartnershipKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<PartnershipKind> | null | undefined;
};

export type PartnershipListRelationFilter = {
  every?: PartnershipWhere | null | undefined;
  none?: PartnershipWhere | null | undefined;
  some?: PartnershipWhere | null | undefined;
};

export type PartnershipStatus =
  /** 合作中 (Active) */
  | 'ACTIVE'
  /** 已终止 (Ended) */
  | 'ENDED'
  /** 已暂停 (Suspended) */
  | 'SUSPENDED';

export type PartnershipStatusFilter = {
  equals?: PartnershipStatus | null | undefined;
  in?: Array<PartnershipStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<PartnershipStatus> | null | undefined;
};

export type PartnershipWhere = {
  AND?: Array<PartnershipWhere> | null | undefined;
  NOT?: PartnershipWhere | null | undefined;
  OR?: Array<PartnershipWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: PartnershipKindFilter | null | undefined;
  /** Filter on organization */
  organization?: OrganizationWhere | null | undefined;
  organizationId?: IdFilter | null | undefined;
  since?: DateFilter | null | undefined;
  /** Filter on socialGroup */
  socialGroup?: SocialGroupWhere | null | undefined;
  socialGroupId?: IdFilter | null | undefined;
  status?: PartnershipStatusFilter | null | undefined;
  until?: DateFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type PeopleSource =
  /** 按人月汇总精确计算 (Exact count over person-month summary) */
  | 'PERSON_MONTHS'
  /** 预计算人数汇总 (Maintained distinct counts) */
  | 'SUMMARY_COUNTS';

export type ProjectCategory =
  /** 课后服务 (After-school service) */
  | 'AFTER_SCHOOL'
  /** 托育 (Childcare under 3) */
  | 'CHILDCARE_UNDER_3'
  /** 养老服务 (Elderly care) */
  | 'ELDERLY_CARE'
  /** 就业技能培训 (Employment skills training) */
  | 'EMPLOYMENT_TRAINING'
  /** 家庭教育 (Family education) */
  | 'FAMILY_EDUCATION'
  /** 兴趣班 (Interest class) */
  | 'INTEREST_CLASS'
  /** 留守儿童关爱 (Left-behind children care) */
  | 'LEFT_BEHIND_CHILDREN'
  /** 心理健康 (Mental health) */
  | 'MENTAL_HEALTH'
  /** 其他 (Other) */
  | 'OTHER'
  /** 安全培训 (Safety training) */
  | 'SAFETY_TRAINING'
  /** 暑期托管 (Summer care) */
  | 'SUMMER_CARE'
  /** 青少年宫 (Youth palace) */
  | 'YOUTH_PALACE';

export type ProjectCategoryFilter = {
  equals?: ProjectCategory | null | undefined;
  in?: Array<ProjectCategory> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ProjectCategory> | null | undefined;
};

export type ProjectPartnerListRelationFilter = {
  every?: ProjectPartnerWhere | null | undefined;
  none?: ProjectPartnerWhere | null | undefined;
  some?: ProjectPartnerWhere | null | undefined;
};

export type ProjectPartnerWhere = {
  AND?: Array<ProjectPartnerWhere> | null | undefined;
  NOT?: ProjectPartnerWhere | null | undefined;
  OR?: Array<ProjectPartnerWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Filter on organization */
  organization?: OrganizationWhere | null | undefined;
  organizationId?: IdFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  role?: PartnerRoleFilter | null | undefined;
  /** Filter on socialGroup */
  socialGroup?: SocialGroupWhere | null | undefined;
  socialGroupId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type ProjectStatus =
  /** 进行中 (Active) */
  | 'ACTIVE'
  /** 已批准 (Approved) */
  | 'APPROVED'
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已结项 (Completed) */
  | 'COMPLETED'
  /** 草稿 (Draft) */
  | 'DRAFT'
  /** 已驳回 (Rejected) */
  | 'REJECTED'
  /** 待审批 (Submitted) */
  | 'SUBMITTED';

export type ProjectStatusFilter = {
  equals?: ProjectStatus | null | undefined;
  in?: Array<ProjectStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ProjectStatus> | null | undefined;
};

export type RegistrationStatus =
  /** 已登记 (Registered) */
  | 'REGISTERED'
  /** 未登记 (Unregistered) */
  | 'UNREGISTERED';

export type RegistrationStatusFilter = {
  equals?: RegistrationStatus | null | undefined;
  in?: Array<RegistrationStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<RegistrationStatus> | null | undefined;
};

export type ReportGrouping =
  /** 按年龄段 (By age band) */
  | 'AGE_BAND'
  /** 按服务对象类别 (By beneficiary category) */
  | 'BENEFICIARY_CATEGORY'
  /** 按项目类别 (By project category) */
  | 'CATEGORY'
  /** 按性别 (By gender) */
  | 'GENDER'
  /** 按月 (By month) */
  | 'MONTH'
  /** 按下级组织 (By child organization) */
  | 'ORGANIZATION'
  /** 按季度 (By quarter) */
  | 'QUARTER'
  /** 按承办社会组织 (By operating social group) */
  | 'SOCIAL_GROUP';

export type RevealableField =
  | 'idNumber'
  | 'phone';

export type RosterRowInput = {
  /** 出生日期 YYYY-MM-DD; from the ID number if empty */
  birthDate?: string | null | undefined;
  /** 人员类别, labels or codes separated by 、 , ; */
  categories?: string | null | undefined;
  /** 预约天数; default: every day the class meets */
  days?: number | null | undefined;
  /** 性别: 男/女 (MALE/FEMALE); from the ID number if empty */
  gender?: string | null | undefined;
  /** 监护人已书面同意: records a Consent given by the guardian */
  guardianConsent?: boolean | null | undefined;
  /** 监护人性别 (when neither relation nor ID number tells) */
  guardianGender?: string | null | undefined;
  /** 监护人身份证号 */
  guardianIdNumber?: string | null | undefined;
  /** 监护人姓名 */
  guardianName?: string | null | undefined;
  /** 监护人手机号码 */
  guardianPhone?: string | null | undefined;
  /** 与儿童关系: 父亲/母亲/祖父母/外祖父母/其他亲属/其他 */
  guardianRelation?: string | null | undefined;
  /** 身份证号 (GB 11643 checksum) */
  idNumber?: string | null | undefined;
  /** 姓名 */
  name?: string | null | undefined;
  /** 手机号码 */
  phone?: string | null | undefined;
};

export type RoundCorrectionChangeInput = {
  action: CorrectionAction;
  applicationId: string | number;
  /** The corrected tier (RETIER only) */
  tier?: number | null | undefined;
};

/** By class, by area (the organization under the scope on the sponsor’s path), or by category */
export type RoundDemandGroup =
  | 'AREA'
  | 'CATEGORY'
  | 'CLASS';

export type RoundStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已确认 (Confirmed) */
  | 'CONFIRMED'
  /** 已摇号（公示中） (Drawn (on notice)) */
  | 'DRAWN'
  /** 报名中 (Open) */
  | 'OPEN';

export type ServiceClassListRelationFilter = {
  every?: ServiceClassWhere | null | undefined;
  none?: ServiceClassWhere | null | undefined;
  some?: ServiceClassWhere | null | undefined;
};

export type ServiceClassWhere = {
  AND?: Array<ServiceClassWhere> | null | undefined;
  NOT?: ServiceClassWhere | null | undefined;
  OR?: Array<ServiceClassWhere> | null | undefined;
  capacity?: IntFilter | null | undefined;
  careType?: CareTypeFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  endsOn?: DateFilter | null | undefined;
  enrolledCount?: IntFilter | null | undefined;
  enrollments?: EnrollmentListRelationFilter | null | undefined;
  id?: IdFilter | null | undefined;
  maxAgeMonths?: IntFilter | null | undefined;
  minAgeMonths?: IntFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  sessions?: ClassSessionListRelationFilter | null | undefined;
  startsOn?: DateFilter | null | undefined;
  status?: ClassStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  /** Filter on venue */
  venue?: VenueWhere | null | undefined;
  venueId?: IdFilter | null | undefined;
  weekdays?: IntListFilter | null | undefined;
};

export type ServiceProjectListRelationFilter = {
  every?: ServiceProjectWhere | null | undefined;
  none?: ServiceProjectWhere | null | undefined;
  some?: ServiceProjectWhere | null | undefined;
};

export type ServiceProjectWhere = {
  AND?: Array<ServiceProjectWhere> | null | undefined;
  NOT?: ServiceProjectWhere | null | undefined;
  OR?: Array<ServiceProjectWhere> | null | undefined;
  approvalSteps?: ApprovalStepListRelationFilter | null | undefined;
  brand?: StringFilter | null | undefined;
  category?: ProjectCategoryFilter | null | undefined;
  classes?: ServiceClassListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  edition?: IntFilter | null | undefined;
  endsOn?: DateFilter | null | undefined;
  evaluations?: EvaluationListRelationFilter | null | undefined;
  id?: IdFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Filter on operator */
  operator?: SocialGroupWhere | null | undefined;
  operatorId?: IdFilter | null | undefined;
  /** Filter on parent */
  parent?: ServiceProjectWhere | null | undefined;
  parentId?: IdFilter | null | undefined;
  partners?: ProjectPartnerListRelationFilter | null | undefined;
  serviceRecords?: ServiceRecordListRelationFilter | null | undefined;
  /** Filter on sponsor */
  sponsor?: OrganizationWhere | null | undefined;
  sponsorId?: IdFilter | null | undefined;
  startsOn?: DateFilter | null | undefined;
  status?: ProjectStatusFilter | null | undefined;
  subProjects?: ServiceProjectListRelationFilter | null | undefined;
  subsidyPolicies?: SubsidyPolicyListRelationFilter | null | undefined;
  targetCategories?: BeneficiaryCategoryListFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type ServiceRecordKind =
  /** 心理疏导 (Counselling) */
  | 'COUNSELING'
  /** 家庭调解 (Family mediation) */
  | 'FAMILY_MEDIATION'
  /** 入户走访 (Home visit) */
  | 'HOME_VISIT'
  /** 其他 (Other) */
  | 'OTHER'
  /** 转介 (Referral) */
  | 'REFERRAL'
  /** 培训 (Training) */
  | 'TRAINING';

export type ServiceRecordKindFilter = {
  equals?: ServiceRecordKind | null | undefined;
  in?: Array<ServiceRecordKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<ServiceRecordKind> | null | undefined;
};

export type ServiceRecordListRelationFilter = {
  every?: ServiceRecordWhere | null | undefined;
  none?: ServiceRecordWhere | null | undefined;
  some?: ServiceRecordWhere | null | undefined;
};

export type ServiceRecordWhere = {
  AND?: Array<ServiceRecordWhere> | null | undefined;
  NOT?: ServiceRecordWhere | null | undefined;
  OR?: Array<ServiceRecordWhere> | null | undefined;
  /** Filter on beneficiary */
  beneficiary?: BeneficiaryWhere | null | undefined;
  beneficiaryId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: ServiceRecordKindFilter | null | undefined;
  minutes?: IntFilter | null | undefined;
  occurredAt?: DateTimeFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  /** Filter on socialGroup */
  socialGroup?: SocialGroupWhere | null | undefined;
  socialGroupId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type SessionKind =
  /** 活动 (Activity) */
  | 'ACTIVITY'
  /** 研学参观 (Field trip) */
  | 'FIELD_TRIP'
  /** 讲座 (Lecture) */
  | 'LECTURE'
  /** 课程 (Lesson) */
  | 'LESSON';

export type SessionKindFilter = {
  equals?: SessionKind | null | undefined;
  in?: Array<SessionKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<SessionKind> | null | undefined;
};

export type SessionStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已开展 (Held) */
  | 'HELD'
  /** 已排课 (Scheduled) */
  | 'SCHEDULED';

export type SessionStatusFilter = {
  equals?: SessionStatus | null | undefined;
  in?: Array<SessionStatus> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<SessionStatus> | null | undefined;
};

export type SocialGroupGrade =
  /** 1A (1A) */
  | 'A1'
  /** 2A (2A) */
  | 'A2'
  /** 3A (3A) */
  | 'A3'
  /** 4A (4A) */
  | 'A4'
  /** 5A (5A) */
  | 'A5';

export type SocialGroupGradeFilter = {
  equals?: SocialGroupGrade | null | undefined;
  in?: Array<SocialGroupGrade> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<SocialGroupGrade> | null | undefined;
};

export type SocialGroupKind =
  /** 社会团体 (Association) */
  | 'ASSOCIATION'
  /** 基金会 (Foundation) */
  | 'FOUNDATION'
  /** 其他 (Other) */
  | 'OTHER'
  /** 民办非企业单位 (Private non-enterprise unit) */
  | 'PRIVATE_NON_ENTERPRISE'
  /** 社工服务中心 (Social work service centre) */
  | 'SOCIAL_WORK_CENTER'
  /** 培训机构 (Training institution) */
  | 'TRAINING_INSTITUTION'
  /** 志愿服务队 (Volunteer team) */
  | 'VOLUNTEER_TEAM';

export type SocialGroupKindFilter = {
  equals?: SocialGroupKind | null | undefined;
  in?: Array<SocialGroupKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<SocialGroupKind> | null | undefined;
};

export type SocialGroupWhere = {
  AND?: Array<SocialGroupWhere> | null | undefined;
  NOT?: SocialGroupWhere | null | undefined;
  OR?: Array<SocialGroupWhere> | null | undefined;
  certifiedSocialWorkers?: IntFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  creditCode?: StringFilter | null | undefined;
  grade?: SocialGroupGradeFilter | null | undefined;
  hasOwnUnion?: BooleanFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: SocialGroupKindFilter | null | undefined;
  /** Filter on managedBy */
  managedBy?: OrganizationWhere | null | undefined;
  managedById?: IdFilter | null | undefined;
  name?: StringFilter | null | undefined;
  operatedProjects?: ServiceProjectListRelationFilter | null | undefined;
  partnerships?: PartnershipListRelationFilter | null | undefined;
  registrationStatus?: RegistrationStatusFilter | null | undefined;
  serviceArea?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  volunteers?: IntFilter | null | undefined;
};

export type StringFilter = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

export type SubsidyPolicyListRelationFilter = {
  every?: SubsidyPolicyWhere | null | undefined;
  none?: SubsidyPolicyWhere | null | undefined;
  some?: SubsidyPolicyWhere | null | undefined;
};

export type SubsidyPolicyWhere = {
  AND?: Array<SubsidyPolicyWhere> | null | undefined;
  NOT?: SubsidyPolicyWhere | null | undefined;
  OR?: Array<SubsidyPolicyWhere> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  eligibleCategories?: BeneficiaryCategoryListFilter | null | undefined;
  id?: IdFilter | null | undefined;
  /** Filter on membershipOrganization */
  membershipOrganization?: OrganizationWhere | null | undefined;
  membershipOrganizationId?: IdFilter | null | undefined;
  /** Filter on project */
  project?: ServiceProjectWhere | null | undefined;
  projectId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type TierRuleInput = {
  /** The applicant has one of these; none: any */
  categories?: Array<BeneficiaryCategory> | null | undefined;
  /** e.g. 本区在职会员职工 */
  label: string;
  /** 工会关系 in this organization’s subtree; none: anywhere */
  unionWithinId?: string | number | null | undefined;
};

export type UserRole =
  /** 数据分析 (Analyst) */
  | 'ANALYST'
  /** 组织管理员 (Organization administrator) */
  | 'ORG_ADMIN'
  /** 组织工作人员 (Organization staff) */
  | 'ORG_STAFF'
  /** 社会组织用户 (Partner (social organization) user) */
  | 'PARTNER'
  /** 平台管理员 (Platform administrator) */
  | 'PLATFORM_ADMIN';

export type UserRoleFilter = {
  equals?: UserRole | null | undefined;
  in?: Array<UserRole> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<UserRole> | null | undefined;
};

export type UserWhere = {
  AND?: Array<UserWhere> | null | undefined;
  NOT?: UserWhere | null | undefined;
  OR?: Array<UserWhere> | null | undefined;
  active?: BooleanFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  displayName?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastLoginAt?: DateTimeFilter | null | undefined;
  /** Filter on organization */
  organization?: OrganizationWhere | null | undefined;
  organizationId?: IdFilter | null | undefined;
  role?: UserRoleFilter | null | undefined;
  /** Filter on socialGroup */
  socialGroup?: SocialGroupWhere | null | undefined;
  socialGroupId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  username?: StringFilter | null | undefined;
};

export type VenueKind =
  /** 社区服务中心 (Community centre) */
  | 'COMMUNITY_CENTER'
  /** 企业场所 (Enterprise site) */
  | 'ENTERPRISE_SITE'
  /** 其他 (Other) */
  | 'OTHER'
  /** 户外基地 (Outdoor base) */
  | 'OUTDOOR_BASE'
  /** 校区 (School campus) */
  | 'SCHOOL_CAMPUS'
  /** 共享阵地 (Shared space) */
  | 'SHARED_SPACE'
  /** 村委会 (Village office) */
  | 'VILLAGE_OFFICE';

export type VenueKindFilter = {
  equals?: VenueKind | null | undefined;
  in?: Array<VenueKind> | null | undefined;
  /** true: only rows where the value is empty */
  isNull?: boolean | null | undefined;
  notIn?: Array<VenueKind> | null | undefined;
};

export type VenueListRelationFilter = {
  every?: VenueWhere | null | undefined;
  none?: VenueWhere | null | undefined;
  some?: VenueWhere | null | undefined;
};

export type VenueWhere = {
  AND?: Array<VenueWhere> | null | undefined;
  NOT?: VenueWhere | null | undefined;
  OR?: Array<VenueWhere> | null | undefined;
  capacity?: IntFilter | null | undefined;
  classes?: ServiceClassListRelationFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  hasFoodLicence?: BooleanFilter | null | undefined;
  hasSafetyPost?: BooleanFilter | null | undefined;
  id?: IdFilter | null | undefined;
  kind?: VenueKindFilter | null | undefined;
  name?: StringFilter | null | undefined;
  /** Filter on owner */
  owner?: OrganizationWhere | null | undefined;
  ownerId?: IdFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type WithheldReason =
  /** 为保护其他单元格而隐藏 (Hidden to protect another cell) */
  | 'COMPLEMENTARY'
  /** 涉及1～4人 (Counts 1–4 people) */
  | 'SMALL_COUNT';

export type SignedInUserFragment = { id: string, username: string, displayName: string, role: UserRole, organizationId: string | null, socialGroupId: string | null };

export type SessionTokensFragment = { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string | null, socialGroupId: string | null } };

export type LoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string | null, socialGroupId: string | null } } };

export type RefreshMutationVariables = Exact<{
  t: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string | null, socialGroupId: string | null } } };

export type LogoutMutationVariables = Exact<{
  t: string;
}>;


export type LogoutMutation = { logout: boolean };

export type AccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessQuery = { me: { id: string, username: string, displayName: string, role: UserRole, organizationId: string | null, socialGroupId: string | null } | null, _adminMeta: Array<{ name: string, permissions: { read: boolean, list: boolean, create: boolean, update: boolean, delete: boolean }, fields: Array<{ name: string, readable: boolean }> }> };

export type SessionInfoQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionInfoQuery = { session: { id: string, classId: string, date: string, startsAt: string, endsAt: string, status: SessionStatus | null, topic: string | null, attendanceVerifiedAt: string | null, serviceClass: { id: string, name: string } | null } | null };

export type AttendanceRecordFieldsFragment = { id: string, enrollmentId: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, leftEarly: boolean | null, pickedUpById: string | null, note: string | null, pickedUpBy: { id: string, name: string | null } | null, enrollment: { id: string, status: EnrollmentStatus | null, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null } | null };

export type SessionAttendanceQueryVariables = Exact<{
  sessionId: string | number;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type SessionAttendanceQuery = { rows: Array<{ id: string, enrollmentId: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, leftEarly: boolean | null, pickedUpById: string | null, note: string | null, pickedUpBy: { id: string, name: string | null } | null, enrollment: { id: string, status: EnrollmentStatus | null, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null } | null }> };

export type RecordAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  rows: Array<AttendanceRowInput> | AttendanceRowInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type VerifyMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type VerifyMutation = { verifySessionAttendance: { id: string, attendanceVerifiedAt: string | null } };

export type CheckInMutationVariables = Exact<{
  sessionId: string | number;
  enrollmentId: string | number;
  at?: string | null | undefined;
}>;


export type CheckInMutation = { checkIn: { id: string } };

export type CheckOutMutationVariables = Exact<{
  sessionId: string | number;
  enrollmentId: string | number;
  pickedUpById?: string | number | null | undefined;
  at?: string | null | undefined;
}>;


export type CheckOutMutation = { checkOut: { id: string } };

export type GuardiansQueryVariables = Exact<{
  wardId: string | number;
}>;


export type GuardiansQuery = { rows: Array<{ id: string, guardianId: string, relation: GuardianRelation, mayPickUp: boolean | null, isPrimary: boolean | null, guardian: { id: string, name: string | null } | null }> };

export type GenerateSessionsMutationVariables = Exact<{
  classId: string | number;
  preview: boolean;
  skipDates?: Array<string> | string | null | undefined;
}>;


export type GenerateSessionsMutation = { generation: { classId: string, preview: boolean, created: number, existing: number, updated: number, skipped: number, removed: number, kept: number, skippedDates: Array<string>, sessions: Array<{ sessionId: string | null, date: string, startsAt: string, endsAt: string, state: GeneratedSessionState, status: SessionStatus | null, attendanceCount: number }> } };

export type CancelSessionMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelSessionMutation = { cancelClassSession: { id: string, status: SessionStatus | null } };

export type ClassPlacesFieldsFragment = { id: string, name: string, status: ClassStatus | null, capacity: number, enrolledCount: number | null, startsOn: string, endsOn: string, weekdays: Array<number> };

export type ClassOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassOverviewQuery = { waitlisted: number, cls: { id: string, name: string, status: ClassStatus | null, capacity: number, enrolledCount: number | null, startsOn: string, endsOn: string, weekdays: Array<number>, attendanceSummary: { heldSessions: number, personTimes: number, rateBp: number | null, belowThresholdCount: number, thresholdBp: number } } | null };

export type ClassEnrollmentFieldsFragment = { id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, enrolledAt: string | null, createdAt: string, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null, attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } };

export type ClassEnrollmentsQueryVariables = Exact<{
  where?: EnrollmentWhere | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type ClassEnrollmentsQuery = { rows: Array<{ id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, enrolledAt: string | null, createdAt: string, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null, attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } }> };

export type LowAttendanceQueryVariables = Exact<{
  classId: string | number;
}>;


export type LowAttendanceQuery = { rows: Array<{ id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, enrolledAt: string | null, createdAt: string, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null, attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } }> };

export type EnrollMutationVariables = Exact<{
  classId: string | number;
  beneficiaryId: string | number;
  applicantId?: string | number | null | undefined;
  days: number;
  idempotencyKey: string;
}>;


export type EnrollMutation = { enrollment: { id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, enrolledAt: string | null, createdAt: string, beneficiaryId: string, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null, attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } } };

export type WithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawMutation = { withdrawEnrollment: { id: string, status: EnrollmentStatus | null } };

export type MatchNeedMutationVariables = Exact<{
  id: string | number;
  projectId: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type MatchNeedMutation = { need: { id: string, status: NeedStatus | null, version: number } };

export type StartNeedMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type StartNeedMutation = { need: { id: string, status: NeedStatus | null, version: number } };

export type FulfillNeedMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type FulfillNeedMutation = { need: { id: string, status: NeedStatus | null, version: number } };

export type CloseNeedMutationVariables = Exact<{
  id: string | number;
  note: string;
  expectedVersion?: number | null | undefined;
}>;


export type CloseNeedMutation = { need: { id: string, status: NeedStatus | null, version: number } };

export type RevealMutationVariables = Exact<{
  id: string | number;
  field: RevealableField;
  reason: string;
}>;


export type RevealMutation = { revealPersonalInfo: string | null };

export type PendingApprovalsQueryVariables = Exact<{
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type PendingApprovalsQuery = { total: number, rows: Array<{ id: string, projectId: string, dueOn: string, createdAt: string, approverOrganization: { id: string, name: string } | null, project: { id: string, name: string, category: ProjectCategory, budgetFen: number | null, startsOn: string, sponsor: { id: string, name: string } | null } | null }> };

export type SubmitProjectMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type SubmitProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type ReviseProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviseProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type ActivateProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type CompleteProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type CancelProjectMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type CancelProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type ApproveProjectMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ApproveProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type RejectProjectMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type RejectProjectMutation = { project: { id: string, status: ProjectStatus | null, version: number } };

export type ProjectOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectOverviewQuery = { project: { id: string, status: ProjectStatus | null, version: number, rollup: { subProjects: number, classes: number, capacity: number, enrolled: number, waitlisted: number, budgetFen: number, sessionsHeld: number }, evaluationSummary: { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null } } | null };

export type SettlementLineFieldsFragment = { classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number };

export type SettlementQueryVariables = Exact<{
  projectId: string | number;
  month: string;
}>;


export type SettlementQuery = { settlement: { projectName: string, sponsorName: string | null, operatorName: string | null, month: string, from: string, to: string, lines: Array<{ classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number }>, total: { classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number } } };

export type DashboardCellFieldsFragment = { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> };

export type DashboardReportQueryVariables = Exact<{
  from: string;
  to: string;
  scopeId?: string | number | null | undefined;
  groupBy?: Array<ReportGrouping> | ReportGrouping | null | undefined;
  fresh?: boolean | null | undefined;
}>;


export type DashboardReportQuery = { report: { from: string, to: string, asOf: string, smallCellsSuppressed: boolean, peopleSource: PeopleSource, scope: { organizationId: string | null, name: string }, totals: { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> }, groupings: Array<{ by: ReportGrouping, rows: Array<{ key: string, label: string, cell: { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> } }> }> } };

export type RoundDemandQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: RoundDemandGroup;
  scopeId?: string | number | null | undefined;
}>;


export type RoundDemandQuery = { rows: Array<{ key: string, label: string, rounds: number, places: number, applications: number, won: number, ratio: number | null }> };

export type ImportRosterMutationVariables = Exact<{
  classId: string | number;
  rows: Array<RosterRowInput> | RosterRowInput;
  dryRun: boolean;
  progressKey?: string | null | undefined;
}>;


export type ImportRosterMutation = { importRoster: { dryRun: boolean, total: number, valid: number, created: number, enrolled: number, waitlisted: number, rows: Array<{ index: number, existing: boolean, status: string | null, beneficiaryId: string | null, errors: Array<{ field: string, message: string }> }> } };

export type WorkProgressQueryVariables = Exact<{
  key: string;
}>;


export type WorkProgressQuery = { workProgress: { phase: string, percent: number } | null };

export type RoundRecordFieldsFragment = { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> };

export type RoundApplicationFieldsFragment = { id: string, number: string, tier: number, siblingGroup: string | null, daysBooked: number, status: ApplicationStatus | null, drawPosition: number | null, withdrawnAt: string | null, choices: Array<string> | null, enrollment: { id: string, classId: string } | null, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null };

export type ObjectionRowFieldsFragment = { id: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null, createdAt: string, application: { id: string, number: string } | null };

export type ClassRoundsQueryVariables = Exact<{
  classId: string | number;
}>;


export type ClassRoundsQuery = { rows: Array<{ id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> }> };

export type ProjectClassesForRoundQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectClassesForRoundQuery = { busy: Array<{ id: string, classes: Array<{ classId: string }> }>, rows: Array<{ feePerDayFen: number | null, id: string, name: string, status: ClassStatus | null, capacity: number, enrolledCount: number | null, startsOn: string, endsOn: string, weekdays: Array<number> }> };

export type RoundClassQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundClassQuery = { round: { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, serviceClass: { projectId: string, feePerDayFen: number | null, id: string, name: string, status: ClassStatus | null, capacity: number, enrolledCount: number | null, startsOn: string, endsOn: string, weekdays: Array<number> } | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> } | null };

export type RoundApplicationsQueryVariables = Exact<{
  roundId: string | number;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type RoundApplicationsQuery = { rows: Array<{ id: string, number: string, tier: number, siblingGroup: string | null, daysBooked: number, status: ApplicationStatus | null, drawPosition: number | null, withdrawnAt: string | null, choices: Array<string> | null, enrollment: { id: string, classId: string } | null, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null }> };

export type RoundObjectionsQueryVariables = Exact<{
  roundId: string | number;
}>;


export type RoundObjectionsQuery = { rows: Array<{ id: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null, createdAt: string, application: { id: string, number: string } | null }> };

export type RoundNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundNoticeQuery = { notice: { tierLabels: Array<string>, roundId: string, className: string, projectName: string, organizerName: string, status: RoundStatus, places: number, placesDrawn: number | null, opensAt: string, closesAt: string, seedHash: string, seed: string | null, listHash: string | null, resultHash: string | null, drawnAt: string | null, noticeEndsAt: string | null, resultsShown: boolean, objectionsRecorded: number, objectionsUpheld: number, objectionsDismissed: number, classes: Array<{ label: string, className: string, places: number, placesDrawn: number | null }>, applications: Array<{ number: string, tier: number, group: string | null, preferences: Array<string> | null }>, results: Array<{ maskedName: string, numberLast4: string, tier: number, outcome: string, position: number, classLabel: string | null }>, corrections: Array<{ correctedAt: string, previousListHash: string, previousResultHash: string, listHash: string, resultHash: string, changes: Array<{ number: string, action: CorrectionAction, fromTier: number, toTier: number }>, previousList: Array<{ number: string, tier: number, group: string | null }>, moves: Array<{ numberLast4: string, from: string, to: string }> }> } };

export type OpenRoundMutationVariables = Exact<{
  classId: string | number;
  moreClassIds?: Array<string | number> | string | number | null | undefined;
  opensAt: string;
  closesAt: string;
  places: number;
  noticeDays?: number | null | undefined;
  tierRules?: Array<TierRuleInput> | TierRuleInput | null | undefined;
}>;


export type OpenRoundMutation = { round: { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> } };

export type ApplyForPlaceMutationVariables = Exact<{
  classId: string | number;
  beneficiaryId: string | number;
  applicantId?: string | number | null | undefined;
  days: number;
  siblingGroup?: string | null | undefined;
  alsoClassIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ApplyForPlaceMutation = { application: { id: string, number: string, tier: number, siblingGroup: string | null, daysBooked: number, status: ApplicationStatus | null, drawPosition: number | null, withdrawnAt: string | null, choices: Array<string> | null, enrollment: { id: string, classId: string } | null, beneficiary: { id: string, name: string | null } | null, applicant: { id: string, name: string | null } | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawApplicationMutation = { application: { id: string, status: ApplicationStatus | null } };

export type DrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type DrawRoundMutation = { round: { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> } };

export type RecordObjectionMutationVariables = Exact<{
  roundId: string | number;
  applicationId?: string | number | null | undefined;
  reason: string;
}>;


export type RecordObjectionMutation = { objection: { id: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null, createdAt: string, application: { id: string, number: string } | null } };

export type ResolveObjectionMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
  resolution: string;
}>;


export type ResolveObjectionMutation = { objection: { id: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null, createdAt: string, application: { id: string, number: string } | null } };

export type ConfirmRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmRoundMutation = { round: { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> } };

export type CorrectRoundMutationVariables = Exact<{
  objectionId: string | number;
  changes: Array<RoundCorrectionChangeInput> | RoundCorrectionChangeInput;
}>;


export type CorrectRoundMutation = { round: { id: string, classId: string, status: RoundStatus | null, opensAt: string, closesAt: string, places: number, placesDrawn: number | null, noticeDays: number | null, seedHash: string, applicationCount: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }> } };

export const SignedInUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupId"}}]}}]} as unknown as DocumentNode<SignedInUserFragment, unknown>;
export const SessionTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupId"}}]}}]} as unknown as DocumentNode<SessionTokensFragment, unknown>;
export const AttendanceRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftEarly"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceRecordFieldsFragment, unknown>;
export const ClassPlacesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassPlacesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]} as unknown as DocumentNode<ClassPlacesFieldsFragment, unknown>;
export const ClassEnrollmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassEnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]}}]} as unknown as DocumentNode<ClassEnrollmentFieldsFragment, unknown>;
export const SettlementLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyFen"}}]}}]} as unknown as DocumentNode<SettlementLineFieldsFragment, unknown>;
export const DashboardCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<DashboardCellFieldsFragment, unknown>;
export const RoundRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<RoundRecordFieldsFragment, unknown>;
export const RoundApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundApplicationFieldsFragment, unknown>;
export const ObjectionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ObjectionRowFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_adminMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"socialGroupId"}}]}}]} as unknown as DocumentNode<AccessQuery, AccessQueryVariables>;
export const SessionInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"session"},"name":{"kind":"Name","value":"classSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionInfoQuery, SessionInfoQueryVariables>;
export const SessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"attendanceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftEarly"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionAttendanceQuery, SessionAttendanceQueryVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceRowInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceVerifiedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyMutation, VerifyMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pickedUpById"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pickedUpById"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pickedUpById"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CheckOutMutation, CheckOutMutationVariables>;
export const GuardiansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guardians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"guardianships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wardId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardianId"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"mayPickUp"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GuardiansQuery, GuardiansQueryVariables>;
export const GenerateSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skipDates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"generation"},"name":{"kind":"Name","value":"generateClassSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preview"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipDates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skipDates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateSessionsMutation, GenerateSessionsMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const ClassOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cls"},"name":{"kind":"Name","value":"serviceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassPlacesFields"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldSessions"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThresholdCount"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBp"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waitlisted"},"name":{"kind":"Name","value":"enrollmentsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"classId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"WAITLISTED"}}]}}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassPlacesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]} as unknown as DocumentNode<ClassOverviewQuery, ClassOverviewQueryVariables>;
export const ClassEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassEnrollmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassEnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]}}]} as unknown as DocumentNode<ClassEnrollmentsQuery, ClassEnrollmentsQueryVariables>;
export const LowAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"lowAttendanceEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassEnrollmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassEnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]}}]} as unknown as DocumentNode<LowAttendanceQuery, LowAttendanceQueryVariables>;
export const EnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"enrollment"},"name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassEnrollmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassEnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]}}]} as unknown as DocumentNode<EnrollMutation, EnrollMutationVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const MatchNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"need"},"name":{"kind":"Name","value":"matchNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MatchNeedMutation, MatchNeedMutationVariables>;
export const StartNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"need"},"name":{"kind":"Name","value":"startNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartNeedMutation, StartNeedMutationVariables>;
export const FulfillNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FulfillNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"need"},"name":{"kind":"Name","value":"fulfillNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FulfillNeedMutation, FulfillNeedMutationVariables>;
export const CloseNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"need"},"name":{"kind":"Name","value":"closeNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseNeedMutation, CloseNeedMutationVariables>;
export const RevealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reveal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealableField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevealMutation, RevealMutationVariables>;
export const PendingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approverOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"pendingApprovalsCount"}}]}}]} as unknown as DocumentNode<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const SubmitProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"submitServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitProjectMutation, SubmitProjectMutationVariables>;
export const ReviseProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"reviseServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviseProjectMutation, ReviseProjectMutationVariables>;
export const ActivateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"activateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ActivateProjectMutation, ActivateProjectMutationVariables>;
export const CompleteProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"completeServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteProjectMutation, CompleteProjectMutationVariables>;
export const CancelProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"cancelServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelProjectMutation, CancelProjectMutationVariables>;
export const ApproveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"approveServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveProjectMutation, ApproveProjectMutationVariables>;
export const RejectProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"rejectServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectProjectMutation, RejectProjectMutationVariables>;
export const ProjectOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"project"},"name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjects"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectOverviewQuery, ProjectOverviewQueryVariables>;
export const SettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorName"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyFen"}}]}}]} as unknown as DocumentNode<SettlementQuery, SettlementQueryVariables>;
export const DashboardReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGrouping"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSource"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCellFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<DashboardReportQuery, DashboardReportQueryVariables>;
export const RoundDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundDemandGroup"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"roundDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]} as unknown as DocumentNode<RoundDemandQuery, RoundDemandQueryVariables>;
export const ImportRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterRowInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progressKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progressKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRosterMutation, ImportRosterMutationVariables>;
export const WorkProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<WorkProgressQuery, WorkProgressQueryVariables>;
export const ClassRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"classApplicationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<ClassRoundsQuery, ClassRoundsQueryVariables>;
export const ProjectClassesForRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectClassesForRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"busy"},"name":{"kind":"Name","value":"applicationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"DRAWN"}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"serviceClass"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassPlacesFields"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassPlacesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]} as unknown as DocumentNode<ProjectClassesForRoundQuery, ProjectClassesForRoundQueryVariables>;
export const RoundClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"round"},"name":{"kind":"Name","value":"applicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassPlacesFields"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassPlacesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]} as unknown as DocumentNode<RoundClassQuery, RoundClassQueryVariables>;
export const RoundApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roundId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoundApplicationsQuery, RoundApplicationsQueryVariables>;
export const RoundObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"roundObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roundId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoundObjectionsQuery, RoundObjectionsQueryVariables>;
export const RoundNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"notice"},"name":{"kind":"Name","value":"roundNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierLabels"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsShown"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"numberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"classLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsDismissed"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousListHash"}},{"kind":"Field","name":{"kind":"Name","value":"previousResultHash"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundNoticeQuery, RoundNoticeQueryVariables>;
export const OpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moreClassIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"places"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierRules"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierRuleInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"round"},"name":{"kind":"Name","value":"openApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opensAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"places"},"value":{"kind":"Variable","name":{"kind":"Name","value":"places"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"tierRules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierRules"}}},{"kind":"Argument","name":{"kind":"Name","value":"moreClassIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moreClassIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<OpenRoundMutation, OpenRoundMutationVariables>;
export const ApplyForPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siblingGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alsoClassIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"application"},"name":{"kind":"Name","value":"applyForPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"siblingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siblingGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"alsoClassIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alsoClassIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplyForPlaceMutation, ApplyForPlaceMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"application"},"name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const DrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"round"},"name":{"kind":"Name","value":"drawApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<DrawRoundMutation, DrawRoundMutationVariables>;
export const RecordObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"objection"},"name":{"kind":"Name","value":"recordRoundObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordObjectionMutation, RecordObjectionMutationVariables>;
export const ResolveObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"objection"},"name":{"kind":"Name","value":"resolveRoundObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResolveObjectionMutation, ResolveObjectionMutationVariables>;
export const ConfirmRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"round"},"name":{"kind":"Name","value":"confirmApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<ConfirmRoundMutation, ConfirmRoundMutationVariables>;
export const CorrectRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundCorrectionChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"round"},"name":{"kind":"Name","value":"correctApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}}]}}]} as unknown as DocumentNode<CorrectRoundMutation, CorrectRoundMutationVariables>;