/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type BeneficiaryCreateInput = {
  /** 出生日期 / Birth date */
  birthDate?: string | null | undefined;
  /** 人员类别 / Categories */
  categories?: Array<BeneficiaryCategory> | null | undefined;
  /** 工作单位 / Employer */
  employer?: string | null | undefined;
  /** 性别 / Gender */
  gender: Gender;
  /** 所在社区 / Home community */
  homeCommunityId?: string | number | null | undefined;
  /** 身份证号 / ID number. Masked on output (only the last four characters are shown); stored encrypted */
  idNumber?: string | null | undefined;
  /** 姓名 / Name */
  name: string;
  /** 备注 / Notes */
  notes?: string | null | undefined;
  /** 手机号码 / Mobile phone. Masked on output (138****1234) */
  phone?: string | null | undefined;
  /** 登记社会组织 / Registered by (social group). Set for people a partner social organization registered */
  registeredByGroupId?: string | number | null | undefined;
  /** 登记单位 / Registered by. The organization whose subtree this person's record belongs to */
  registeredById: string | number;
  /** 工会关系所在 / Union organization */
  unionOrganizationId?: string | number | null | undefined;
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

export type OrganizationCreateInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 联系人 / Contact */
  contactName?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode?: string | null | undefined;
  /** 类型 / Kind */
  kind: OrganizationKind;
  /** 层级 / Level */
  level: OrganizationLevel;
  /** 名称 / Name */
  name: string;
  /** 上级组织 / Parent */
  parentId?: string | number | null | undefined;
  /** 行政区划代码 / Region code */
  regionCode?: string | null | undefined;
  /** 简称 / Short name */
  shortName?: string | null | undefined;
};

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

export type PartnershipCreateInput = {
  /** 服务优惠比例 / Discount. Basis points, 10000 = 100% */
  discountBp?: number | null | undefined;
  /** 合作方式 / Kind */
  kind: PartnershipKind;
  /** 备注 / Note */
  note?: string | null | undefined;
  /** 组织 / Organization */
  organizationId: string | number;
  /** 开始日期 / Since */
  since: string;
  /** 社会组织 / Social organization */
  socialGroupId: string | number;
  /** 状态 / Status */
  status?: PartnershipStatus | null | undefined;
  /** 结束日期 / Until. On or after the start date */
  until?: string | null | undefined;
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

/** Optional filters; each list means "any of these" */
export type ReportFilterInput = {
  /** The person's report category (the most specific category they hold, see docs/report-api.md) */
  beneficiaryCategories?: Array<BeneficiaryCategory> | null | undefined;
  /** Project categories */
  categories?: Array<ProjectCategory> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  /** Operating social groups (承办) */
  socialGroupIds?: Array<string | number> | null | undefined;
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

export type ServiceClassCreateInput = {
  /** 招收名额 / Capacity. Not below the number already enrolled */
  capacity: number;
  /** 托管类型 / Care type */
  careType: CareType;
  /** 每日结束时间 / Daily end. After the daily start */
  dailyEnd: string;
  /** 每日开始时间 / Daily start */
  dailyStart: string;
  /** 结班日期 / Ends on. On or after the start date */
  endsOn: string;
  /** 每日收费 / Fee per day */
  feePerDayFen?: number | null | undefined;
  /** 最大年龄 / Maximum age. In months; not below the minimum age */
  maxAgeMonths?: number | null | undefined;
  /** 最小年龄 / Minimum age. In months */
  minAgeMonths?: number | null | undefined;
  /** 班级名称 / Name */
  name: string;
  /** 服务项目 / Project */
  projectId: string | number;
  /** 工作人员数 / Staff */
  staffCount?: number | null | undefined;
  /** 开班日期 / Starts on */
  startsOn: string;
  /** 状态 / Status */
  status?: ClassStatus | null | undefined;
  /** 场地 / Venue */
  venueId?: string | number | null | undefined;
  /** 上课日 / Weekdays. ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: Array<number>;
};

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

export type ServiceProjectCreateInput = {
  /** 项目品牌 / Brand. e.g. 会暖春芽·伴爱成长 */
  brand?: string | null | undefined;
  /** 预算 / Budget */
  budgetFen?: number | null | undefined;
  /** 项目类别 / Category */
  category: ProjectCategory;
  /** 项目简介 / Description */
  description?: string | null | undefined;
  /** 届次 / Edition */
  edition?: number | null | undefined;
  /** 结束日期 / Ends on. On or after the start date */
  endsOn: string;
  /** 项目名称 / Name */
  name: string;
  /** 承办方 / Operator */
  operatorId?: string | number | null | undefined;
  /** 上级项目 / Parent project */
  parentId?: string | number | null | undefined;
  /** 主办单位 / Sponsor */
  sponsorId: string | number;
  /** 开始日期 / Starts on */
  startsOn: string;
  /** 服务对象类别 / Target categories */
  targetCategories?: Array<BeneficiaryCategory> | null | undefined;
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

export type ServiceRecordCreateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: string | number;
  /** 服务类型 / Kind */
  kind: ServiceRecordKind;
  /** 服务时长（分钟） / Minutes */
  minutes: number;
  /** 服务时间 / Occurred at */
  occurredAt: string;
  /** 服务成效 / Outcome */
  outcome?: string | null | undefined;
  /** 服务项目 / Project */
  projectId: string | number;
  /** 服务机构 / Social organization */
  socialGroupId?: string | number | null | undefined;
  /** 服务摘要 / Summary */
  summary?: string | null | undefined;
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

export type SocialGroupCreateInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 持证社工人数 / Certified social workers */
  certifiedSocialWorkers?: number | null | undefined;
  /** 联系人 / Contact */
  contactName?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码 / Unified social credit code. Required when the organization is registered */
  creditCode?: string | null | undefined;
  /** 简介 / Description */
  description?: string | null | undefined;
  /** 评估等级 / Evaluation grade */
  grade?: SocialGroupGrade | null | undefined;
  /** 已引导建会 / Has its own union */
  hasOwnUnion?: boolean | null | undefined;
  /** 类型 / Kind */
  kind: SocialGroupKind;
  /** 管理单位 / Managed by. Whose staff may change this entry; by default the creator’s organization */
  managedById?: string | number | null | undefined;
  /** 名称 / Name */
  name: string;
  /** 登记状态 / Registration status */
  registrationStatus: RegistrationStatus;
  /** 服务区域 / Service area */
  serviceArea?: string | null | undefined;
  /** 志愿者人数 / Volunteers */
  volunteers?: number | null | undefined;
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

export type SubsidyPolicyCreateInput = {
  /** 每人补贴上限 / Cap per person */
  capPerPersonFen?: number | null | undefined;
  /** 补贴对象类别 / Eligible categories */
  eligibleCategories?: Array<BeneficiaryCategory> | null | undefined;
  /** 工会关系所属范围 / Membership organization. The worker's union membership must be in this organization's subtree (工会关系在本区) */
  membershipOrganizationId?: string | number | null | undefined;
  /** 备注 / Note */
  note?: string | null | undefined;
  /** 服务项目 / Project. At most one policy per project */
  projectId: string | number;
  /** 补贴比例 / Subsidy rate. Share of the fee the sponsor pays, in basis points; at most 5000 (half) */
  rateBp: number;
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

export type LoginWithPasswordMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginWithPasswordMutation = { login: { accessToken: string, refreshToken: string, expiresIn: number, user: { username: string, role: UserRole } } };

export type RotateRefreshTokenMutationVariables = Exact<{
  t: string;
}>;


export type RotateRefreshTokenMutation = { refresh: { accessToken: string, refreshToken: string } };

export type LogoutRefreshTokenMutationVariables = Exact<{
  t: string;
}>;


export type LogoutRefreshTokenMutation = { logout: boolean };

export type SetUserPasswordByIdMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type SetUserPasswordByIdMutation = { setUserPassword: boolean };

export type CurrentUserNameAndRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserNameAndRoleQuery = { me: { username: string, role: UserRole } | null };

export type ReportScopeOfCallerQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReportScopeOfCallerQuery = { report: { scope: { organizationId: string | null, name: string } } };

export type ReportScopeOrganizationIdQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReportScopeOrganizationIdQuery = { report: { scope: { organizationId: string | null } } };

export type CountOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountOrganizationsQuery = { organizationsCount: number };

export type FirstBeneficiaryIdQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstBeneficiaryIdQuery = { beneficiaries: Array<{ id: string }> };

export type ApprovalStepsOfProjectQueryVariables = Exact<{
  p: string | number;
}>;


export type ApprovalStepsOfProjectQuery = { approvalSteps: Array<{ id: string, decision: ApprovalDecision | null, projectId: string }> };

export type CreateBeneficiaryWithMaskedPiiMutationVariables = Exact<{
  data: BeneficiaryCreateInput;
}>;


export type CreateBeneficiaryWithMaskedPiiMutation = { createBeneficiary: { id: string, idNumber: string | null, phone: string | null } };

export type CreateSocialGroupReturningIdMutationVariables = Exact<{
  data: SocialGroupCreateInput;
}>;


export type CreateSocialGroupReturningIdMutation = { createSocialGroup: { id: string } };

export type CreateSubsidyPolicyReturningIdMutationVariables = Exact<{
  data: SubsidyPolicyCreateInput;
}>;


export type CreateSubsidyPolicyReturningIdMutation = { createSubsidyPolicy: { id: string } };

export type CreateServiceClassReturningIdMutationVariables = Exact<{
  data: ServiceClassCreateInput;
}>;


export type CreateServiceClassReturningIdMutation = { createServiceClass: { id: string } };

export type CreateServiceProjectReturningIdMutationVariables = Exact<{
  data: ServiceProjectCreateInput;
}>;


export type CreateServiceProjectReturningIdMutation = { createServiceProject: { id: string } };

export type CreateOrganizationsInBulkMutationVariables = Exact<{
  data: Array<OrganizationCreateInput> | OrganizationCreateInput;
}>;


export type CreateOrganizationsInBulkMutation = { createOrganizations: Array<{ id: string }> };

export type OrganizationsDefaultAndCappedTakeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsDefaultAndCappedTakeQuery = { a: Array<{ id: string }>, b: Array<{ id: string }> };

export type ServiceClassNamesByProjectNameQueryVariables = Exact<{
  p: string;
}>;


export type ServiceClassNamesByProjectNameQuery = { serviceClasses: Array<{ name: string }> };

export type ServiceClassNamesDescendingQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceClassNamesDescendingQuery = { serviceClasses: Array<{ name: string }> };

export type ServiceClassesKeysetPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ServiceClassesKeysetPageQuery = { serviceClassesConnection: { edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type ServiceClassesKeysetPageByPrefixQueryVariables = Exact<{
  after?: string | null | undefined;
  prefix: string;
}>;


export type ServiceClassesKeysetPageByPrefixQuery = { serviceClassesConnection: { edges: Array<{ cursor: string, node: { name: string } }>, pageInfo: { endCursor: string | null, hasPreviousPage: boolean } } };

export type ServiceClassesCursorsUnorderedQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ServiceClassesCursorsUnorderedQuery = { serviceClassesConnection: { edges: Array<{ cursor: string }> } };

export type EvaluationSummaryFieldsFragment = { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null };

export type DeleteEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEvaluationMutation = { deleteEvaluation: { id: string } };

export type GroupAndProjectEvaluationSummariesQueryVariables = Exact<{
  g: string | number;
  p1: string | number;
  p2: string | number;
}>;


export type GroupAndProjectEvaluationSummariesQuery = { g: { evaluationSummary: { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null } } | null, p1: { evaluationSummary: { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null } } | null, p2: { evaluationSummary: { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null } } | null };

export type SocialGroupEvaluationSummaryQueryVariables = Exact<{
  g: string | number;
}>;


export type SocialGroupEvaluationSummaryQuery = { socialGroup: { evaluationSummary: { count: number, averageScore: number | null, averageSatisfactionBp: number | null, lastEvaluatedOn: string | null } } | null };

export type ServiceRecordVisibilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceRecordVisibilityQuery = { serviceRecordsCount: number, serviceRecord: { id: string } | null };

export type CreateServiceRecordReturningIdMutationVariables = Exact<{
  data: ServiceRecordCreateInput;
}>;


export type CreateServiceRecordReturningIdMutation = { createServiceRecord: { id: string } };

export type VisibleServiceRecordsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibleServiceRecordsCountQuery = { serviceRecordsCount: number };

export type ServiceRecordMinutesAndSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceRecordMinutesAndSummaryQuery = { serviceRecord: { minutes: number, summary: string | null } | null };

export type NeedRequestWorkflowFieldsFragment = { id: string, status: NeedStatus | null, matchedProjectId: string | null, matchedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, version: number };

export type MatchNeedRequestMutationVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type MatchNeedRequestMutation = { matchNeedRequest: { id: string, status: NeedStatus | null, matchedProjectId: string | null, matchedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, version: number } };

export type StartNeedRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type StartNeedRequestMutation = { startNeedRequest: { id: string, status: NeedStatus | null, matchedProjectId: string | null, matchedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, version: number } };

export type FulfillNeedRequestMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type FulfillNeedRequestMutation = { fulfillNeedRequest: { id: string, status: NeedStatus | null, matchedProjectId: string | null, matchedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, version: number } };

export type CloseNeedRequestMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type CloseNeedRequestMutation = { closeNeedRequest: { id: string, status: NeedStatus | null, matchedProjectId: string | null, matchedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, version: number } };

export type CreateOrganizationMutationVariables = Exact<{
  data: OrganizationCreateInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind, level: OrganizationLevel, parentId: string | null, path: string | null, version: number } };

export type OrganizationsConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: OrganizationWhere | null | undefined;
}>;


export type OrganizationsConnectionQuery = { organizationsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoveOrganizationMutationVariables = Exact<{
  id: string | number;
  p?: string | number | null | undefined;
}>;


export type MoveOrganizationMutation = { updateOrganization: { id: string } };

export type SetOrganizationShortNameMutationVariables = Exact<{
  id: string | number;
  shortName: string;
  v?: number | null | undefined;
}>;


export type SetOrganizationShortNameMutation = { updateOrganization: { version: number, shortName: string | null } };

export type SetOrganizationAddressMutationVariables = Exact<{
  id: string | number;
  address: string;
}>;


export type SetOrganizationAddressMutation = { updateOrganization: { id: string } };

export type RenameOrganizationMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameOrganizationMutation = { updateOrganization: { id: string } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: { id: string, deletedAt: string | null } };

export type RestoreOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreOrganizationMutation = { restoreOrganization: { id: string, deletedAt: string | null } };

export type OrganizationAndSiblingsVisibilityQueryVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type OrganizationAndSiblingsVisibilityQuery = { organizationsCount: number, organization: { id: string } | null, organizations: Array<{ id: string }>, parent: { childrenCount: number, children: Array<{ id: string }> } | null };

export type TwoOrganizationsByIdQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type TwoOrganizationsByIdQuery = { a: { id: string } | null, b: { id: string } | null };

export type CreatePartnershipWithStatusMutationVariables = Exact<{
  data: PartnershipCreateInput;
}>;


export type CreatePartnershipWithStatusMutation = { createPartnership: { id: string, status: PartnershipStatus | null } };

export type ReadPartnershipStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadPartnershipStatusQuery = { partnership: { status: PartnershipStatus | null } | null };

export type CreateOrganizationApiKeyMutationVariables = Exact<{
  o: string | number;
  name: string;
}>;


export type CreateOrganizationApiKeyMutation = { createApiKey: { secret: string } };

export type ApproveServiceProjectReturningIdMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveServiceProjectReturningIdMutation = { approveServiceProject: { id: string } };

export type PendingApprovalsQueueQueryVariables = Exact<{
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type PendingApprovalsQueueQuery = { pendingApprovalsCount: number, pendingApprovals: Array<{ id: string, dueOn: string, decision: ApprovalDecision | null, approverOrganizationId: string, project: { id: string, status: ProjectStatus | null } | null }> };

export type ServiceProjectVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceProjectVersionQuery = { serviceProject: { version: number } | null };

export type ChangeServiceProjectSponsorMutationVariables = Exact<{
  id: string | number;
  s: string | number;
}>;


export type ChangeServiceProjectSponsorMutation = { updateServiceProject: { id: string } };

export type SetServiceProjectParentMutationVariables = Exact<{
  id: string | number;
  p?: string | number | null | undefined;
}>;


export type SetServiceProjectParentMutation = { updateServiceProject: { id: string, parentId: string | null } };

export type ServiceProjectRollupsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type ServiceProjectRollupsQuery = { serviceProjects: Array<{ id: string, rollup: { subProjects: number, classes: number, capacity: number, enrolled: number, waitlisted: number, budgetFen: number, sessionsHeld: number } }> };

export type ReportCellFieldsFragment = { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> };

export type ReportQueryVariables = Exact<{
  from: string;
  to: string;
  scopeId?: string | number | null | undefined;
  filter?: ReportFilterInput | null | undefined;
  groupBy?: Array<ReportGrouping> | ReportGrouping | null | undefined;
  fresh?: boolean | null | undefined;
}>;


export type ReportQuery = { report: { from: string, to: string, generatedAt: string, asOf: string, smallCellsSuppressed: boolean, peopleSource: PeopleSource, scope: { organizationId: string | null, name: string }, totals: { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> }, groupings: Array<{ by: ReportGrouping, rows: Array<{ key: string, label: string, cell: { suppressed: boolean, peopleServed: number | null, enrollments: number | null, personTimes: number | null, attendancePersonTimes: number | null, serviceRecordPersonTimes: number | null, sessionsHeld: number | null, serviceMinutes: number | null, feeTotalFen: number | null, subsidyTotalFen: number | null, familyPaidFen: number | null, capacity: number | null, enrolledInClasses: number | null, fillRateBp: number | null, attendanceRows: number | null, attendanceRateBp: number | null, waitlisted: number | null, needsOpen: number | null, needsFulfilled: number | null, evaluations: number | null, averageScore: number | null, withheld: Array<{ figure: string, reason: WithheldReason }> } }> }> } };

export type ClassListPageQueryVariables = Exact<{
  take?: number | null | undefined;
  where?: ServiceClassWhere | null | undefined;
}>;


export type ClassListPageQuery = { serviceClassesCount: number, serviceClasses: Array<{ id: string, name: string, capacity: number, enrolledCount: number | null, enrollmentsCount: number, project: { id: string, name: string, sponsor: { id: string, name: string } | null } | null, venue: { id: string, name: string } | null, enrollments: Array<{ id: string, status: EnrollmentStatus | null, beneficiary: { id: string, name: string | null } | null }> }> };

export const EvaluationSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<EvaluationSummaryFieldsFragment, unknown>;
export const NeedRequestWorkflowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<NeedRequestWorkflowFieldsFragment, unknown>;
export const ReportCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<ReportCellFieldsFragment, unknown>;
export const LoginWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginWithPasswordMutation, LoginWithPasswordMutationVariables>;
export const RotateRefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RotateRefreshTokenMutation, RotateRefreshTokenMutationVariables>;
export const LogoutRefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}]}}]} as unknown as DocumentNode<LogoutRefreshTokenMutation, LogoutRefreshTokenMutationVariables>;
export const SetUserPasswordByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPasswordById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<SetUserPasswordByIdMutation, SetUserPasswordByIdMutationVariables>;
export const CurrentUserNameAndRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUserNameAndRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserNameAndRoleQuery, CurrentUserNameAndRoleQueryVariables>;
export const ReportScopeOfCallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportScopeOfCaller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportScopeOfCallerQuery, ReportScopeOfCallerQueryVariables>;
export const ReportScopeOrganizationIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportScopeOrganizationId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]} as unknown as DocumentNode<ReportScopeOrganizationIdQuery, ReportScopeOrganizationIdQueryVariables>;
export const CountOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsCount"}}]}}]} as unknown as DocumentNode<CountOrganizationsQuery, CountOrganizationsQueryVariables>;
export const FirstBeneficiaryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstBeneficiaryId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirstBeneficiaryIdQuery, FirstBeneficiaryIdQueryVariables>;
export const ApprovalStepsOfProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalStepsOfProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalSteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<ApprovalStepsOfProjectQuery, ApprovalStepsOfProjectQueryVariables>;
export const CreateBeneficiaryWithMaskedPiiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBeneficiaryWithMaskedPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CreateBeneficiaryWithMaskedPiiMutation, CreateBeneficiaryWithMaskedPiiMutationVariables>;
export const CreateSocialGroupReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSocialGroupReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialGroupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSocialGroupReturningIdMutation, CreateSocialGroupReturningIdMutationVariables>;
export const CreateSubsidyPolicyReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubsidyPolicyReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyPolicyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubsidyPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSubsidyPolicyReturningIdMutation, CreateSubsidyPolicyReturningIdMutationVariables>;
export const CreateServiceClassReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceClassReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceClassReturningIdMutation, CreateServiceClassReturningIdMutationVariables>;
export const CreateServiceProjectReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProjectReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceProjectReturningIdMutation, CreateServiceProjectReturningIdMutationVariables>;
export const CreateOrganizationsInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationsInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationsInBulkMutation, CreateOrganizationsInBulkMutationVariables>;
export const OrganizationsDefaultAndCappedTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsDefaultAndCappedTake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationsDefaultAndCappedTakeQuery, OrganizationsDefaultAndCappedTakeQueryVariables>;
export const ServiceClassNamesByProjectNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassNamesByProjectName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"project"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceClassNamesByProjectNameQuery, ServiceClassNamesByProjectNameQueryVariables>;
export const ServiceClassNamesDescendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassNamesDescending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceClassNamesDescendingQuery, ServiceClassNamesDescendingQueryVariables>;
export const ServiceClassesKeysetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesKeysetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesKeysetPageQuery, ServiceClassesKeysetPageQueryVariables>;
export const ServiceClassesKeysetPageByPrefixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesKeysetPageByPrefix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesKeysetPageByPrefixQuery, ServiceClassesKeysetPageByPrefixQueryVariables>;
export const ServiceClassesCursorsUnorderedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesCursorsUnordered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesCursorsUnorderedQuery, ServiceClassesCursorsUnorderedQueryVariables>;
export const DeleteEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEvaluationMutation, DeleteEvaluationMutationVariables>;
export const GroupAndProjectEvaluationSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupAndProjectEvaluationSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"g"},"name":{"kind":"Name","value":"socialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p1"},"name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p2"},"name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<GroupAndProjectEvaluationSummariesQuery, GroupAndProjectEvaluationSummariesQueryVariables>;
export const SocialGroupEvaluationSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialGroupEvaluationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<SocialGroupEvaluationSummaryQuery, SocialGroupEvaluationSummaryQueryVariables>;
export const ServiceRecordVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}]}]}}]} as unknown as DocumentNode<ServiceRecordVisibilityQuery, ServiceRecordVisibilityQueryVariables>;
export const CreateServiceRecordReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceRecordReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecordCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceRecordReturningIdMutation, CreateServiceRecordReturningIdMutationVariables>;
export const VisibleServiceRecordsCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleServiceRecordsCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecordsCount"}}]}}]} as unknown as DocumentNode<VisibleServiceRecordsCountQuery, VisibleServiceRecordsCountQueryVariables>;
export const ServiceRecordMinutesAndSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordMinutesAndSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<ServiceRecordMinutesAndSummaryQuery, ServiceRecordMinutesAndSummaryQueryVariables>;
export const MatchNeedRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchNeedRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRequestWorkflowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MatchNeedRequestMutation, MatchNeedRequestMutationVariables>;
export const StartNeedRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNeedRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRequestWorkflowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StartNeedRequestMutation, StartNeedRequestMutationVariables>;
export const FulfillNeedRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FulfillNeedRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRequestWorkflowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FulfillNeedRequestMutation, FulfillNeedRequestMutationVariables>;
export const CloseNeedRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNeedRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRequestWorkflowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CloseNeedRequestMutation, CloseNeedRequestMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const OrganizationsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrganizationsConnectionQuery, OrganizationsConnectionQueryVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const SetOrganizationShortNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationShortName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"shortName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortName"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationShortNameMutation, SetOrganizationShortNameMutationVariables>;
export const SetOrganizationAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"address"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"Variable","name":{"kind":"Name","value":"address"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationAddressMutation, SetOrganizationAddressMutationVariables>;
export const RenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RenameOrganizationMutation, RenameOrganizationMutationVariables>;
export const DeleteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const RestoreOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const OrganizationAndSiblingsVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAndSiblingsVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"parent"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}}]}}]}}]} as unknown as DocumentNode<OrganizationAndSiblingsVisibilityQuery, OrganizationAndSiblingsVisibilityQueryVariables>;
export const TwoOrganizationsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoOrganizationsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TwoOrganizationsByIdQuery, TwoOrganizationsByIdQueryVariables>;
export const CreatePartnershipWithStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnershipWithStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreatePartnershipWithStatusMutation, CreatePartnershipWithStatusMutationVariables>;
export const ReadPartnershipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadPartnershipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReadPartnershipStatusQuery, ReadPartnershipStatusQueryVariables>;
export const CreateOrganizationApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationApiKeyMutation, CreateOrganizationApiKeyMutationVariables>;
export const ApproveServiceProjectReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveServiceProjectReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveServiceProjectReturningIdMutation, ApproveServiceProjectReturningIdMutationVariables>;
export const PendingApprovalsQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovalsQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"approverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovalsCount"}}]}}]} as unknown as DocumentNode<PendingApprovalsQueueQuery, PendingApprovalsQueueQueryVariables>;
export const ServiceProjectVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProjectVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ServiceProjectVersionQuery, ServiceProjectVersionQueryVariables>;
export const ChangeServiceProjectSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeServiceProjectSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sponsorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeServiceProjectSponsorMutation, ChangeServiceProjectSponsorMutationVariables>;
export const SetServiceProjectParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceProjectParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<SetServiceProjectParentMutation, SetServiceProjectParentMutationVariables>;
export const ServiceProjectRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProjectRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjects"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceProjectRollupsQuery, ServiceProjectRollupsQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGrouping"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSource"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ClassListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceClassesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}]}]}}]} as unknown as DocumentNode<ClassListPageQuery, ClassListPageQueryVariables>;