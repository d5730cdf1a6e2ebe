/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApiKeyCreateInput = {
  expiresAt?: string | null | undefined;
  name: string;
  organizationId?: string | number | null | undefined;
  socialGroupId?: string | number | null | undefined;
};

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

export type AttendanceCreateInput = {
  /** 签到时间 / Checked in at */
  checkInAt?: string | null | undefined;
  /** 签退时间 / Checked out at. Not before check-in */
  checkOutAt?: string | null | undefined;
  /** 报名 / Enrollment. One attendance record per session and enrollment */
  enrollmentId: string | number;
  /** 备注 / Note */
  note?: string | null | undefined;
  /** 接送人 / Picked up by. A registered guardian of the person with mayPickUp; required at check-out for a child under 14 */
  pickedUpById?: string | number | null | undefined;
  /** 课次 / Session */
  sessionId: string | number;
  /** 考勤状态 / Status */
  status: AttendanceStatus;
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

export type EnrollmentUpdateInput = {
  /** 申请人 / Applicant. e.g. the parent of a child */
  applicantId?: string | number | null | undefined;
  /** 预约天数 / Days booked */
  daysBooked?: number | null | undefined;
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

export type OrganizationOrderBy = {
  createdAt?: SortOrder | null | undefined;
  id?: SortOrder | null | undefined;
  kind?: SortOrder | null | undefined;
  level?: SortOrder | null | undefined;
  name?: SortOrder | null | undefined;
  regionCode?: SortOrder | null | undefined;
  shortName?: SortOrder | null | undefined;
  updatedAt?: SortOrder | null | undefined;
};

export type OrganizationUpdateInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 联系人 / Contact */
  contactName?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode?: string | null | undefined;
  /** 类型 / Kind */
  kind?: OrganizationKind | null | undefined;
  /** 层级 / Level */
  level?: OrganizationLevel | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 上级组织 / Parent */
  parentId?: string | number | null | undefined;
  /** 行政区划代码 / Region code */
  regionCode?: string | null | undefined;
  /** 简称 / Short name */
  shortName?: string | null | undefined;
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

export type ServiceClassUpdateInput = {
  /** 招收名额 / Capacity. Not below the number already enrolled */
  capacity?: number | null | undefined;
  /** 托管类型 / Care type */
  careType?: CareType | null | undefined;
  /** 每日结束时间 / Daily end. After the daily start */
  dailyEnd?: string | null | undefined;
  /** 每日开始时间 / Daily start */
  dailyStart?: string | null | undefined;
  /** 结班日期 / Ends on. On or after the start date */
  endsOn?: string | null | undefined;
  /** 每日收费 / Fee per day */
  feePerDayFen?: number | null | undefined;
  /** 最大年龄 / Maximum age. In months; not below the minimum age */
  maxAgeMonths?: number | null | undefined;
  /** 最小年龄 / Minimum age. In months */
  minAgeMonths?: number | null | undefined;
  /** 班级名称 / Name */
  name?: string | null | undefined;
  /** 服务项目 / Project */
  projectId?: string | number | null | undefined;
  /** 工作人员数 / Staff */
  staffCount?: number | null | undefined;
  /** 开班日期 / Starts on */
  startsOn?: string | null | undefined;
  /** 状态 / Status */
  status?: ClassStatus | null | undefined;
  /** 场地 / Venue */
  venueId?: string | number | null | undefined;
  /** 上课日 / Weekdays. ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays?: Array<number> | null | undefined;
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

export type ServiceProjectUpdateInput = {
  /** 项目品牌 / Brand. e.g. 会暖春芽·伴爱成长 */
  brand?: string | null | undefined;
  /** 预算 / Budget */
  budgetFen?: number | null | undefined;
  /** 项目类别 / Category */
  category?: ProjectCategory | null | undefined;
  /** 项目简介 / Description */
  description?: string | null | undefined;
  /** 届次 / Edition */
  edition?: number | null | undefined;
  /** 结束日期 / Ends on. On or after the start date */
  endsOn?: string | null | undefined;
  /** 项目名称 / Name */
  name?: string | null | undefined;
  /** 承办方 / Operator */
  operatorId?: string | number | null | undefined;
  /** 上级项目 / Parent project */
  parentId?: string | number | null | undefined;
  /** 主办单位 / Sponsor */
  sponsorId?: string | number | null | undefined;
  /** 开始日期 / Starts on */
  startsOn?: string | null | undefined;
  /** 服务对象类别 / Target categories */
  targetCategories?: Array<BeneficiaryCategory> | null | undefined;
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

export type SocialGroupUpdateInput = {
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
  kind?: SocialGroupKind | null | undefined;
  /** 管理单位 / Managed by. Whose staff may change this entry; by default the creator’s organization */
  managedById?: string | number | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 登记状态 / Registration status */
  registrationStatus?: RegistrationStatus | null | undefined;
  /** 服务区域 / Service area */
  serviceArea?: string | null | undefined;
  /** 志愿者人数 / Volunteers */
  volunteers?: number | null | undefined;
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

export type SortOrder =
  | 'ASC'
  | 'DESC';

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

export type TierRuleInput = {
  /** The applicant has one of these; none: any */
  categories?: Array<BeneficiaryCategory> | null | undefined;
  /** e.g. 本区在职会员职工 */
  label: string;
  /** 工会关系 in this organization’s subtree; none: anywhere */
  unionWithinId?: string | number | null | undefined;
};

export type UserCreateInput = {
  /** 启用 / Active */
  active?: boolean | null | undefined;
  /** 姓名 / Display name */
  displayName: string;
  /** 所属组织 / Organization */
  organizationId?: string | number | null | undefined;
  /** 角色 / Role. Partner users need socialGroupId; organization admins and staff need organizationId */
  role: UserRole;
  /** 所属社会组织 / Social organization */
  socialGroupId?: string | number | null | undefined;
  /** 用户名 / Username */
  username: string;
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

export type VenueCreateInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 面积（平方米） / Area (m²) */
  areaSqm?: number | null | undefined;
  /** 可容纳人数 / Capacity */
  capacity?: number | null | undefined;
  /** 设施设备 / Facilities */
  facilities?: string | null | undefined;
  /** 具备食品经营许可 / Has a food licence */
  hasFoodLicence?: boolean | null | undefined;
  /** 设有护学岗 / Has a school-safety post */
  hasSafetyPost?: boolean | null | undefined;
  /** 类型 / Kind */
  kind: VenueKind;
  /** 名称 / Name */
  name: string;
  /** 所属单位 / Owner */
  ownerId?: string | number | null | undefined;
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

export type VenueUpdateInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 面积（平方米） / Area (m²) */
  areaSqm?: number | null | undefined;
  /** 可容纳人数 / Capacity */
  capacity?: number | null | undefined;
  /** 设施设备 / Facilities */
  facilities?: string | null | undefined;
  /** 具备食品经营许可 / Has a food licence */
  hasFoodLicence?: boolean | null | undefined;
  /** 设有护学岗 / Has a school-safety post */
  hasSafetyPost?: boolean | null | undefined;
  /** 类型 / Kind */
  kind?: VenueKind | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 所属单位 / Owner */
  ownerId?: string | number | null | undefined;
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

export type AttendanceRowFieldsFragment = { id: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, pickedUpById: string | null, note: string | null, recordedById: string | null, enrollmentId: string, sessionId: string };

export type RecordAttendanceMutationVariables = Exact<{
  s: string | number;
  rows: Array<AttendanceRowInput> | AttendanceRowInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: Array<{ id: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, pickedUpById: string | null, note: string | null, recordedById: string | null, enrollmentId: string, sessionId: string }> };

export type CheckInToSessionMutationVariables = Exact<{
  s: string | number;
  e: string | number;
  at?: string | null | undefined;
}>;


export type CheckInToSessionMutation = { checkIn: { id: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, pickedUpById: string | null, note: string | null, recordedById: string | null, enrollmentId: string, sessionId: string } };

export type CheckOutOfSessionMutationVariables = Exact<{
  s: string | number;
  e: string | number;
  p?: string | number | null | undefined;
  at?: string | null | undefined;
}>;


export type CheckOutOfSessionMutation = { checkOut: { leftEarly: boolean | null, id: string, status: AttendanceStatus, checkInAt: string | null, checkOutAt: string | null, pickedUpById: string | null, note: string | null, recordedById: string | null, enrollmentId: string, sessionId: string } };

export type VerifySessionAttendanceMutationVariables = Exact<{
  s: string | number;
}>;


export type VerifySessionAttendanceMutation = { verifySessionAttendance: { id: string, attendanceVerifiedAt: string | null, attendanceVerifiedById: string | null } };

export type CancelClassSessionMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelClassSessionMutation = { cancelClassSession: { id: string } };

export type CreateAttendanceMutationVariables = Exact<{
  data: AttendanceCreateInput;
}>;


export type CreateAttendanceMutation = { createAttendance: { status: AttendanceStatus } };

export type DeleteAttendanceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAttendanceMutation = { deleteAttendance: { id: string } };

export type EnrollmentAttendanceFieldsFragment = { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean };

export type ClassAttendanceSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassAttendanceSummaryQuery = { serviceClass: { attendanceSummary: { heldSessions: number, personTimes: number, rateBp: number | null, belowThresholdCount: number, thresholdBp: number }, enrollments: Array<{ id: string, attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } }> } | null };

export type EnrollmentAttendanceSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type EnrollmentAttendanceSummaryQuery = { enrollment: { attendanceSummary: { counted: number, attended: number, late: number, absent: number, excused: number, rateBp: number | null, belowThreshold: boolean } } | null };

export type LowAttendanceEnrollmentsQueryVariables = Exact<{
  c: string | number;
}>;


export type LowAttendanceEnrollmentsQuery = { lowAttendanceEnrollments: Array<{ id: string }> };

export type MoveSessionMutationVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type MoveSessionMutation = { updateClassSession: { id: string, date: string } };

export type CreateServiceClassMutationVariables = Exact<{
  data: ServiceClassCreateInput;
}>;


export type CreateServiceClassMutation = { createServiceClass: { id: string } };

export type SetClassEndDateMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type SetClassEndDateMutation = { updateServiceClass: { id: string } };

export type SetClassWeekdaysMutationVariables = Exact<{
  id: string | number;
  weekdays: Array<number> | number;
}>;


export type SetClassWeekdaysMutation = { updateServiceClass: { id: string } };

export type SetClassDailyEndMutationVariables = Exact<{
  id: string | number;
  dailyEnd: string;
}>;


export type SetClassDailyEndMutation = { updateServiceClass: { id: string } };

export type DeleteServiceClassMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteServiceClassMutation = { deleteServiceClass: { id: string } };

export type ShrinkProjectDatesMutationVariables = Exact<{
  id: string | number;
  s: string;
  e: string;
}>;


export type ShrinkProjectDatesMutation = { updateServiceProject: { id: string } };

export type SetSessionTopicMutationVariables = Exact<{
  id: string | number;
  topic?: string | null | undefined;
}>;


export type SetSessionTopicMutation = { updateClassSession: { id: string, topic: string | null } };

export type SetSessionTopicsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  topic?: string | null | undefined;
}>;


export type SetSessionTopicsMutation = { updateClassSessions: Array<{ id: string }> };

export type CountVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountVenuesQuery = { venuesCount: number };

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

export type OrganizationsDefaultAndTooLargeTakeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsDefaultAndTooLargeTakeQuery = { a: Array<{ id: string }>, b: Array<{ id: string }> };

export type OrganizationsDefaultTakeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsDefaultTakeQuery = { organizations: Array<{ id: string }> };

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

export type LiveCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCountsQuery = { attendanceRecordsCount: number, beneficiariesCount: number, classSessionsCount: number, enrollmentsCount: number, serviceProjectsCount: number, serviceRecordsCount: number };

export type DemoPendingApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoPendingApprovalsQuery = { pendingApprovalsCount: number, pendingApprovals: Array<{ dueOn: string, project: { name: string, sponsor: { name: string } | null } | null }> };

export type DemoPreviewClassSessionsMutationVariables = Exact<{
  id: string | number;
  skip?: Array<string> | string | null | undefined;
}>;


export type DemoPreviewClassSessionsMutation = { r: { created: number, removed: number, kept: number, updated: number, sessions: Array<{ date: string, state: GeneratedSessionState }> } };

export type DemoSettlementTotalsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type DemoSettlementTotalsQuery = { settlement: { total: { attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number } } };

export type DemoYearReportQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoYearReportQuery = { report: { peopleSource: PeopleSource, totals: { peopleServed: number | null, personTimes: number | null, sessionsHeld: number | null } } };

export type DemoRollCallsQueryVariables = Exact<{
  day: string;
}>;


export type DemoRollCallsQuery = { today: number, before: number, held: number };

export type DemoReportTotalsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DemoReportTotalsQuery = { report: { totals: { peopleServed: number | null, sessionsHeld: number | null } } };

export type DemoReportByMonthQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DemoReportByMonthQuery = { report: { groupings: Array<{ rows: Array<{ key: string, cell: { sessionsHeld: number | null } }> }> } };

export type EnrollmentFieldsFragment = { id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, classId: string, beneficiaryId: string, applicantId: string | null, idempotencyKey: string | null, enrolledAt: string | null, withdrawnAt: string | null };

export type EnrollInClassMutationVariables = Exact<{
  c: string | number;
  b: string | number;
  a?: string | number | null | undefined;
  d: number;
  k: string;
}>;


export type EnrollInClassMutation = { enroll: { id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, classId: string, beneficiaryId: string, applicantId: string | null, idempotencyKey: string | null, enrolledAt: string | null, withdrawnAt: string | null } };

export type WithdrawEnrollmentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawEnrollmentMutation = { withdrawEnrollment: { id: string, status: EnrollmentStatus | null, waitlistPosition: number | null, daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null, classId: string, beneficiaryId: string, applicantId: string | null, idempotencyKey: string | null, enrolledAt: string | null, withdrawnAt: string | null } };

export type UpdateEnrollmentMutationVariables = Exact<{
  id: string | number;
  data: EnrollmentUpdateInput;
}>;


export type UpdateEnrollmentMutation = { updateEnrollment: { daysBooked: number | null, feeFen: number | null, subsidyFen: number | null, payableFen: number | null } };

export type DeleteEnrollmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEnrollmentMutation = { deleteEnrollment: { id: string } };

export type SetClassCapacityMutationVariables = Exact<{
  id: string | number;
  cap: number;
}>;


export type SetClassCapacityMutation = { updateServiceClass: { id: string, capacity: number } };

export type ClassCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassCapacityQuery = { serviceClass: { capacity: number } | null };

export type WithdrawConsentAtMutationVariables = Exact<{
  id: string | number;
  withdrawnAt: string;
}>;


export type WithdrawConsentAtMutation = { updateConsent: { id: string } };

export type SetBeneficiaryUnionOrganizationMutationVariables = Exact<{
  id: string | number;
  u: string | number;
}>;


export type SetBeneficiaryUnionOrganizationMutation = { updateBeneficiary: { id: string } };

export type CreateSubsidyPolicyAtRateMutationVariables = Exact<{
  p: string | number;
  rateBp: number;
}>;


export type CreateSubsidyPolicyAtRateMutation = { createSubsidyPolicy: { id: string } };

export type RegisterBeneficiariesMutationVariables = Exact<{
  data: Array<BeneficiaryCreateInput> | BeneficiaryCreateInput;
}>;


export type RegisterBeneficiariesMutation = { createBeneficiaries: Array<{ id: string }> };

export type CreateServiceClassesMutationVariables = Exact<{
  data: Array<ServiceClassCreateInput> | ServiceClassCreateInput;
}>;


export type CreateServiceClassesMutation = { createServiceClasses: Array<{ id: string }> };

export type DeleteBeneficiaryRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteBeneficiaryRecordMutation = { deleteBeneficiary: { id: string } };

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

export type EnrollForFixtureMutationVariables = Exact<{
  classId: string | number;
  beneficiaryId: string | number;
  applicantId?: string | number | null | undefined;
  days: number;
  idempotencyKey: string;
}>;


export type EnrollForFixtureMutation = { enroll: { id: string } };

export type ExportComparesOrganizationPageQueryVariables = Exact<{
  where?: OrganizationWhere | null | undefined;
  orderBy?: Array<OrganizationOrderBy> | OrganizationOrderBy | null | undefined;
  skip?: number | null | undefined;
}>;


export type ExportComparesOrganizationPageQuery = { organizations: Array<{ name: string }> };

export type ExportCountsBeneficiariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportCountsBeneficiariesQuery = { beneficiariesCount: number };

export type ExportListsBeneficiaryNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportListsBeneficiaryNamesQuery = { beneficiaries: Array<{ name: string | null }> };

export type EndpointTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type EndpointTypenameQuery = { __typename: 'Query' };

export type LoggingCreatesOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type LoggingCreatesOrganizationMutation = { createOrganization: { id: string } };

export type LoggingCreatesBeneficiaryMutationVariables = Exact<{
  data: BeneficiaryCreateInput;
}>;


export type LoggingCreatesBeneficiaryMutation = { createBeneficiary: { id: string } };

export type HardeningRenamesClassMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type HardeningRenamesClassMutation = { updateServiceClass: { id: string } };

export type RoundFieldsFragment = { id: string, classId: string, places: number, status: RoundStatus | null, seedHash: string, applicationCount: number | null, placesDrawn: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null };

export type ApplicationFieldsFragment = { id: string, number: string, tier: number, siblingGroup: string | null, status: ApplicationStatus | null, drawPosition: number | null, enrollmentId: string | null };

export type OpenRoundMutationVariables = Exact<{
  classId: string | number;
  opensAt: string;
  closesAt: string;
  places: number;
  noticeDays?: number | null | undefined;
  tierRules?: Array<TierRuleInput> | TierRuleInput | null | undefined;
  moreClassIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OpenRoundMutation = { openApplicationRound: { id: string, classId: string, places: number, status: RoundStatus | null, seedHash: string, applicationCount: number | null, placesDrawn: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null } };

export type ApplyForPlaceMutationVariables = Exact<{
  classId: string | number;
  beneficiaryId: string | number;
  applicantId?: string | number | null | undefined;
  days: number;
  siblingGroup?: string | null | undefined;
  alsoClassIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ApplyForPlaceMutation = { applyForPlace: { id: string, number: string, tier: number, siblingGroup: string | null, status: ApplicationStatus | null, drawPosition: number | null, enrollmentId: string | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, number: string, tier: number, siblingGroup: string | null, status: ApplicationStatus | null, drawPosition: number | null, enrollmentId: string | null } };

export type DrawRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type DrawRoundMutation = { drawApplicationRound: { id: string, classId: string, places: number, status: RoundStatus | null, seedHash: string, applicationCount: number | null, placesDrawn: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null } };

export type RoundNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundNoticeQuery = { roundNotice: { roundId: string, className: string, projectName: string, organizerName: string, status: RoundStatus, tierLabels: Array<string>, places: number, placesDrawn: number | null, opensAt: string, closesAt: string, seedHash: string, seed: string | null, listHash: string | null, resultHash: string | null, drawnAt: string | null, noticeEndsAt: string | null, resultsShown: boolean, objectionsRecorded: number, objectionsUpheld: number, objectionsDismissed: number, classes: Array<{ label: string, className: string, places: number, placesDrawn: number | null }>, applications: Array<{ number: string, tier: number, group: string | null, preferences: Array<string> | null }>, results: Array<{ maskedName: string, numberLast4: string, tier: number, outcome: string, position: number, classLabel: string | null }>, corrections: Array<{ correctedAt: string, previousListHash: string, previousResultHash: string, listHash: string, resultHash: string, changes: Array<{ number: string, action: CorrectionAction, fromTier: number, toTier: number }>, previousList: Array<{ number: string, tier: number, group: string | null, preferences: Array<string> | null }>, moves: Array<{ numberLast4: string, from: string, to: string }> }> } };

export type CreateApplicantsForRoundMutationVariables = Exact<{
  data: Array<BeneficiaryCreateInput> | BeneficiaryCreateInput;
}>;


export type CreateApplicantsForRoundMutation = { createBeneficiaries: Array<{ id: string }> };

export type RoundObjectionFieldsFragment = { id: string, roundId: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null };

export type RecordRoundObjectionMutationVariables = Exact<{
  roundId: string | number;
  applicationId?: string | number | null | undefined;
  reason: string;
}>;


export type RecordRoundObjectionMutation = { recordRoundObjection: { id: string, roundId: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null } };

export type ResolveRoundObjectionMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
  resolution: string;
}>;


export type ResolveRoundObjectionMutation = { resolveRoundObjection: { id: string, roundId: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null } };

export type ConfirmRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmRoundMutation = { confirmApplicationRound: { id: string, classId: string, places: number, status: RoundStatus | null, seedHash: string, applicationCount: number | null, placesDrawn: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null } };

export type RoundObjectionsOfRoundQueryVariables = Exact<{
  roundId: string | number;
}>;


export type RoundObjectionsOfRoundQuery = { roundObjections: Array<{ id: string, roundId: string, applicationId: string | null, reason: string, status: ObjectionStatus | null, resolution: string | null, resolvedAt: string | null, correctedAt: string | null }> };

export type CorrectRoundMutationVariables = Exact<{
  objectionId: string | number;
  changes: Array<RoundCorrectionChangeInput> | RoundCorrectionChangeInput;
}>;


export type CorrectRoundMutation = { correctApplicationRound: { id: string, classId: string, places: number, status: RoundStatus | null, seedHash: string, applicationCount: number | null, placesDrawn: number | null, drawnAt: string | null, listHash: string | null, resultHash: string | null, noticeEndsAt: string | null, confirmedAt: string | null } };

export type RoundDemandQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: RoundDemandGroup;
  scopeId?: string | number | null | undefined;
}>;


export type RoundDemandQuery = { roundDemand: Array<{ key: string, label: string, rounds: number, places: number, applications: number, won: number, ratio: number | null }> };

export type RoundClassesOfRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundClassesOfRoundQuery = { applicationRound: { id: string, classes: Array<{ label: string, classId: string, className: string, places: number, placesDrawn: number | null }>, applications: Array<{ number: string, choices: Array<string> | null, enrollment: { classId: string, status: EnrollmentStatus | null } | null }> } | null };

export type ClassApplicationRoundsQueryVariables = Exact<{
  classId: string | number;
}>;


export type ClassApplicationRoundsQuery = { classApplicationRounds: Array<{ id: string, classId: string }> };

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

export type ProcessesCreatePeopleMutationVariables = Exact<{
  data: Array<BeneficiaryCreateInput> | BeneficiaryCreateInput;
}>;


export type ProcessesCreatePeopleMutation = { r: Array<{ id: string }> };

export type ProcessesEnrollMutationVariables = Exact<{
  classId: string | number;
  beneficiaryId: string | number;
  idempotencyKey: string;
}>;


export type ProcessesEnrollMutation = { enroll: { status: EnrollmentStatus | null } };

export type ProcessesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessesMeQuery = { me: { id: string } | null };

export type ProcessesDisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ProcessesDisableUserMutation = { updateUser: { id: string, active: boolean | null } };

export type ProcessesTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessesTypenameQuery = { __typename: 'Query' };

export type ReplicaFirstClassQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaFirstClassQuery = { serviceClasses: Array<{ id: string }> };

export type ReplicaClassNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ReplicaClassNameQuery = { serviceClass: { name: string } | null };

export type ReplicaRenamesClassMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type ReplicaRenamesClassMutation = { updateServiceClass: { name: string } };

export type ReplicaYearReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaYearReportQuery = { report: { totals: { peopleServed: number | null, personTimes: number | null } } };

export type ReplicaReadLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaReadLoadQuery = { a: Array<{ name: string }>, report: { totals: { peopleServed: number | null, personTimes: number | null } } };

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

export type ImportRosterMutationVariables = Exact<{
  c: string | number;
  rows: Array<RosterRowInput> | RosterRowInput;
  dry: boolean;
}>;


export type ImportRosterMutation = { importRoster: { dryRun: boolean, total: number, valid: number, created: number, enrolled: number, waitlisted: number, rows: Array<{ index: number, existing: boolean, status: string | null, beneficiaryId: string | null, errors: Array<{ field: string, message: string }> }> } };

export type ImportRosterWithProgressMutationVariables = Exact<{
  c: string | number;
  rows: Array<RosterRowInput> | RosterRowInput;
  dry: boolean;
  k?: string | null | undefined;
}>;


export type ImportRosterWithProgressMutation = { importRoster: { total: number, enrolled: number, waitlisted: number } };

export type RosterImportProgressQueryVariables = Exact<{
  k: string;
}>;


export type RosterImportProgressQuery = { workProgress: { kind: string, phase: string, percent: number, rows: number } | null };

export type RegisterBeneficiaryMutationVariables = Exact<{
  d: BeneficiaryCreateInput;
}>;


export type RegisterBeneficiaryMutation = { createBeneficiary: { id: string } };

export type MatchNeedRequestForScopeWorldMutationVariables = Exact<{
  id: string | number;
  projectId: string | number;
}>;


export type MatchNeedRequestForScopeWorldMutation = { matchNeedRequest: { id: string } };

export type DeleteScopeWorldRowsMutationVariables = Exact<{
  sessions: Array<string | number> | string | number;
  people: Array<string | number> | string | number;
  records: Array<string | number> | string | number;
}>;


export type DeleteScopeWorldRowsMutation = { deleteClassSessions: Array<{ id: string }>, deleteBeneficiaries: Array<{ id: string }>, deleteServiceRecords: Array<{ id: string }> };

export type ScopeCreatesBeneficiaryMutationVariables = Exact<{
  data: BeneficiaryCreateInput;
}>;


export type ScopeCreatesBeneficiaryMutation = { createBeneficiary: { id: string } };

export type ScopeCreatesApiKeyMutationVariables = Exact<{
  data: ApiKeyCreateInput;
}>;


export type ScopeCreatesApiKeyMutation = { createApiKey: { secret: string } };

export type ScopeCreatesUserMutationVariables = Exact<{
  data: UserCreateInput;
}>;


export type ScopeCreatesUserMutation = { createUser: { id: string } };

export type ScopeRevealsPersonalInfoMutationVariables = Exact<{
  id: string | number;
  field: RevealableField;
  reason: string;
}>;


export type ScopeRevealsPersonalInfoMutation = { revealPersonalInfo: string | null };

export type PartnerProbesByValuesQueryVariables = Exact<{
  guardian: string;
  m: string;
}>;


export type PartnerProbesByValuesQuery = { sponsors: number, visits: number, guardianName: number, venues: number, classes: Array<{ id: string }> };

export type PartnerDeletesBeneficiaryMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerDeletesBeneficiaryMutation = { deleteBeneficiary: { id: string } };

export type PartnerUpdatePermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerUpdatePermissionsQuery = { _adminMeta: Array<{ name: string, permissions: { update: boolean } }> };

export type ScopeCountsProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeCountsProjectsQuery = { serviceProjectsCount: number };

export type StaffListsSocialGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffListsSocialGroupsQuery = { socialGroups: Array<{ id: string }> };

export type StaffCreatesSocialGroupMutationVariables = Exact<{
  data: SocialGroupCreateInput;
}>;


export type StaffCreatesSocialGroupMutation = { createSocialGroup: { id: string, managedById: string | null } };

export type StaffFormsPartnershipMutationVariables = Exact<{
  data: PartnershipCreateInput;
}>;


export type StaffFormsPartnershipMutation = { createPartnership: { id: string } };

export type PartnerReadsBeneficiaryQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerReadsBeneficiaryQuery = { beneficiary: { id: string } | null };

export type StaffUpdatesSocialGroupMutationVariables = Exact<{
  id: string | number;
  data: SocialGroupUpdateInput;
}>;


export type StaffUpdatesSocialGroupMutation = { updateSocialGroup: { id: string, name: string } };

export type StaffDeletesSocialGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffDeletesSocialGroupMutation = { deleteSocialGroup: { id: string } };

export type StaffRestoresSocialGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRestoresSocialGroupMutation = { restoreSocialGroup: { id: string } };

export type AuditWithdrawsConsentMutationVariables = Exact<{
  id: string | number;
  withdrawnAt: string;
}>;


export type AuditWithdrawsConsentMutation = { updateConsent: { id: string } };

export type AuditUpdatesVenueMutationVariables = Exact<{
  id: string | number;
  data: VenueUpdateInput;
}>;


export type AuditUpdatesVenueMutation = { updateVenue: { id: string } };

export type AuditCreatesVenuesMutationVariables = Exact<{
  data: Array<VenueCreateInput> | VenueCreateInput;
}>;


export type AuditCreatesVenuesMutation = { createVenues: Array<{ id: string }> };

export type AdminListsRevealEventsQueryVariables = Exact<{
  from: string;
}>;


export type AdminListsRevealEventsQuery = { auditEvents: Array<{ action: string, entityType: string }> };

export type AdminCreatesPartnerApiKeyMutationVariables = Exact<{
  socialGroupId: string | number;
}>;


export type AdminCreatesPartnerApiKeyMutation = { createApiKey: { secret: string, key: { id: string } } };

export type PartnerCountsProjectsAndOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCountsProjectsAndOrganizationsQuery = { serviceProjectsCount: number, organizationsCount: number };

export type AdminRevokesApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokesApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type SubtreeStaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SubtreeStaffMeQuery = { me: { id: string } | null };

export type SubtreeCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubtreeCountsQuery = { organizationsCount: number, serviceProjectsCount: number, serviceClassesCount: number, beneficiariesCount: number, enrollmentsCount: number, classSessionsCount: number, attendanceRecordsCount: number, venuesCount: number, usersCount: number, needRequestsCount: number };

export type SubtreeCreatesOrganizationMutationVariables = Exact<{
  data: OrganizationCreateInput;
}>;


export type SubtreeCreatesOrganizationMutation = { createOrganization: { id: string, path: string | null, parentId: string | null } };

export type SubtreeUpdatesOrganizationMutationVariables = Exact<{
  id: string | number;
  data: OrganizationUpdateInput;
}>;


export type SubtreeUpdatesOrganizationMutation = { updateOrganization: { id: string, path: string | null } };

export type SubtreeCreatesProjectMutationVariables = Exact<{
  data: ServiceProjectCreateInput;
}>;


export type SubtreeCreatesProjectMutation = { createServiceProject: { id: string } };

export type SubtreeUpdatesProjectMutationVariables = Exact<{
  id: string | number;
  data: ServiceProjectUpdateInput;
}>;


export type SubtreeUpdatesProjectMutation = { updateServiceProject: { id: string } };

export type SubtreeUpdatesClassMutationVariables = Exact<{
  id: string | number;
  data: ServiceClassUpdateInput;
}>;


export type SubtreeUpdatesClassMutation = { updateServiceClass: { id: string } };

export type SubtreeCreatesVenueMutationVariables = Exact<{
  data: VenueCreateInput;
}>;


export type SubtreeCreatesVenueMutation = { createVenue: { id: string } };

export type SubtreeSetsUserPasswordMutationVariables = Exact<{
  userId: string | number;
  password: string;
}>;


export type SubtreeSetsUserPasswordMutation = { setUserPassword: boolean };

export type AnalystReadsAdminMetaQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystReadsAdminMetaQuery = { _adminMeta: Array<{ name: string, permissions: { read: boolean, create: boolean, update: boolean, delete: boolean }, fields: Array<{ name: string, personal: boolean, readable: boolean }> }> };

export type AnalystListsClassIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystListsClassIdsQuery = { r: Array<{ id: string }> };

export type StaffCountsBeneficiariesByNameQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCountsBeneficiariesByNameQuery = { beneficiariesCount: number, s: number };

export type StaffReadsPeopleForScanQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffReadsPeopleForScanQuery = { beneficiaries: Array<{ name: string | null, birthDate: string | null, idNumber: string | null, phone: string | null, employer: string | null, notes: string | null }> };

export type ClassListPageQueryVariables = Exact<{
  take?: number | null | undefined;
  where?: ServiceClassWhere | null | undefined;
}>;


export type ClassListPageQuery = { serviceClassesCount: number, serviceClasses: Array<{ id: string, name: string, capacity: number, enrolledCount: number | null, enrollmentsCount: number, project: { id: string, name: string, sponsor: { id: string, name: string } | null } | null, venue: { id: string, name: string } | null, enrollments: Array<{ id: string, status: EnrollmentStatus | null, beneficiary: { id: string, name: string | null } | null }> }> };

export type SignInForTestMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInForTestMutation = { login: { accessToken: string } };

export type SignInWithRefreshForTestMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInWithRefreshForTestMutation = { login: { accessToken: string, refreshToken: string } };

export type RefreshSessionForTestMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionForTestMutation = { refresh: { accessToken: string, refreshToken: string } };

export type SettlementLineFieldsFragment = { classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number };

export type ProjectSettlementQueryVariables = Exact<{
  p: string | number;
  m: string;
}>;


export type ProjectSettlementQuery = { settlement: { projectId: string, operatorId: string | null, operatorName: string | null, sponsorName: string | null, month: string, from: string, to: string, lines: Array<{ classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number }>, total: { classId: string, className: string, feePerDayFen: number, verifiedSessions: number, pendingSessions: number, people: number, attendanceDays: number, feeFen: number, sponsorFen: number, familyFen: number } } };

export type LifecycleProjectFragment = { id: string, status: ProjectStatus | null, version: number };

export type LifecycleSubmitMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
}>;


export type LifecycleSubmitMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleApproveMutationVariables = Exact<{
  id: string | number;
  c?: string | null | undefined;
}>;


export type LifecycleApproveMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleRejectMutationVariables = Exact<{
  id: string | number;
  c: string;
}>;


export type LifecycleRejectMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleReviseMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleReviseMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleActivateMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleActivateMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleCompleteMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleCompleteMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type LifecycleCancelMutationVariables = Exact<{
  id: string | number;
  c?: string | null | undefined;
}>;


export type LifecycleCancelMutation = { r: { id: string, status: ProjectStatus | null, version: number } };

export type SessionsGenerateMutationVariables = Exact<{
  id: string | number;
  p: boolean;
  skip?: Array<string> | string | null | undefined;
}>;


export type SessionsGenerateMutation = { r: { classId: string, preview: boolean, created: number, existing: number, updated: number, skipped: number, removed: number, kept: number, skippedDates: Array<string>, sessions: Array<{ sessionId: string | null, date: string, startsAt: string, endsAt: string, state: GeneratedSessionState, status: SessionStatus | null, attendanceCount: number }> } };

export type SessionsCancelMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type SessionsCancelMutation = { r: { id: string, status: SessionStatus | null, cancelReason: string | null, cancelledAt: string | null } };

export type TruthWorldUpdatesClassesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TruthWorldUpdatesClassesMutation = { updateServiceClasses: Array<{ id: string }> };

export type TruthWorldUpdatesOrganizationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TruthWorldUpdatesOrganizationsMutation = { updateOrganizations: Array<{ id: string }> };

export const AttendanceRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]} as unknown as DocumentNode<AttendanceRowFieldsFragment, unknown>;
export const EnrollmentAttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]} as unknown as DocumentNode<EnrollmentAttendanceFieldsFragment, unknown>;
export const EnrollmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<EnrollmentFieldsFragment, unknown>;
export const EvaluationSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<EvaluationSummaryFieldsFragment, unknown>;
export const RoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]} as unknown as DocumentNode<RoundFieldsFragment, unknown>;
export const ApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}}]}}]} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const RoundObjectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<RoundObjectionFieldsFragment, unknown>;
export const NeedRequestWorkflowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRequestWorkflowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<NeedRequestWorkflowFieldsFragment, unknown>;
export const ReportCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<ReportCellFieldsFragment, unknown>;
export const SettlementLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyFen"}}]}}]} as unknown as DocumentNode<SettlementLineFieldsFragment, unknown>;
export const LifecycleProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleProjectFragment, unknown>;
export const LoginWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginWithPasswordMutation, LoginWithPasswordMutationVariables>;
export const RotateRefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RotateRefreshTokenMutation, RotateRefreshTokenMutationVariables>;
export const LogoutRefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutRefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}]}}]} as unknown as DocumentNode<LogoutRefreshTokenMutation, LogoutRefreshTokenMutationVariables>;
export const SetUserPasswordByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPasswordById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<SetUserPasswordByIdMutation, SetUserPasswordByIdMutationVariables>;
export const CurrentUserNameAndRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUserNameAndRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserNameAndRoleQuery, CurrentUserNameAndRoleQueryVariables>;
export const ReportScopeOfCallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportScopeOfCaller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportScopeOfCallerQuery, ReportScopeOfCallerQueryVariables>;
export const ReportScopeOrganizationIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportScopeOrganizationId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]} as unknown as DocumentNode<ReportScopeOrganizationIdQuery, ReportScopeOrganizationIdQueryVariables>;
export const CountOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsCount"}}]}}]} as unknown as DocumentNode<CountOrganizationsQuery, CountOrganizationsQueryVariables>;
export const FirstBeneficiaryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstBeneficiaryId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirstBeneficiaryIdQuery, FirstBeneficiaryIdQueryVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceRowInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const CheckInToSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInToSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]} as unknown as DocumentNode<CheckInToSessionMutation, CheckInToSessionMutationVariables>;
export const CheckOutOfSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckOutOfSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"enrollmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"pickedUpById"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"leftEarly"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpById"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]} as unknown as DocumentNode<CheckOutOfSessionMutation, CheckOutOfSessionMutationVariables>;
export const VerifySessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceVerifiedById"}}]}}]}}]} as unknown as DocumentNode<VerifySessionAttendanceMutation, VerifySessionAttendanceMutationVariables>;
export const CancelClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelClassSessionMutation, CancelClassSessionMutationVariables>;
export const CreateAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateAttendanceMutation, CreateAttendanceMutationVariables>;
export const DeleteAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAttendanceMutation, DeleteAttendanceMutationVariables>;
export const ClassAttendanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassAttendanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldSessions"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThresholdCount"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAttendanceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]} as unknown as DocumentNode<ClassAttendanceSummaryQuery, ClassAttendanceSummaryQueryVariables>;
export const EnrollmentAttendanceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollmentAttendanceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentAttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"belowThreshold"}}]}}]} as unknown as DocumentNode<EnrollmentAttendanceSummaryQuery, EnrollmentAttendanceSummaryQueryVariables>;
export const LowAttendanceEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowAttendanceEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowAttendanceEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LowAttendanceEnrollmentsQuery, LowAttendanceEnrollmentsQueryVariables>;
export const MoveSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<MoveSessionMutation, MoveSessionMutationVariables>;
export const CreateServiceClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceClassMutation, CreateServiceClassMutationVariables>;
export const SetClassEndDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClassEndDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetClassEndDateMutation, SetClassEndDateMutationVariables>;
export const SetClassWeekdaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClassWeekdays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekdays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetClassWeekdaysMutation, SetClassWeekdaysMutationVariables>;
export const SetClassDailyEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClassDailyEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dailyEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dailyEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dailyEnd"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetClassDailyEndMutation, SetClassDailyEndMutationVariables>;
export const DeleteServiceClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteServiceClassMutation, DeleteServiceClassMutationVariables>;
export const ShrinkProjectDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShrinkProjectDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShrinkProjectDatesMutation, ShrinkProjectDatesMutationVariables>;
export const SetSessionTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSessionTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<SetSessionTopicMutation, SetSessionTopicMutationVariables>;
export const SetSessionTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSessionTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetSessionTopicsMutation, SetSessionTopicsMutationVariables>;
export const CountVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venuesCount"}}]}}]} as unknown as DocumentNode<CountVenuesQuery, CountVenuesQueryVariables>;
export const ApprovalStepsOfProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalStepsOfProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalSteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<ApprovalStepsOfProjectQuery, ApprovalStepsOfProjectQueryVariables>;
export const CreateBeneficiaryWithMaskedPiiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBeneficiaryWithMaskedPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CreateBeneficiaryWithMaskedPiiMutation, CreateBeneficiaryWithMaskedPiiMutationVariables>;
export const CreateSocialGroupReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSocialGroupReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialGroupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSocialGroupReturningIdMutation, CreateSocialGroupReturningIdMutationVariables>;
export const CreateSubsidyPolicyReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubsidyPolicyReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyPolicyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubsidyPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSubsidyPolicyReturningIdMutation, CreateSubsidyPolicyReturningIdMutationVariables>;
export const CreateServiceClassReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceClassReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceClassReturningIdMutation, CreateServiceClassReturningIdMutationVariables>;
export const CreateServiceProjectReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProjectReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceProjectReturningIdMutation, CreateServiceProjectReturningIdMutationVariables>;
export const CreateOrganizationsInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationsInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationsInBulkMutation, CreateOrganizationsInBulkMutationVariables>;
export const OrganizationsDefaultAndTooLargeTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsDefaultAndTooLargeTake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationsDefaultAndTooLargeTakeQuery, OrganizationsDefaultAndTooLargeTakeQueryVariables>;
export const OrganizationsDefaultTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsDefaultTake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationsDefaultTakeQuery, OrganizationsDefaultTakeQueryVariables>;
export const ServiceClassNamesByProjectNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassNamesByProjectName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"project"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceClassNamesByProjectNameQuery, ServiceClassNamesByProjectNameQueryVariables>;
export const ServiceClassNamesDescendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassNamesDescending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceClassNamesDescendingQuery, ServiceClassNamesDescendingQueryVariables>;
export const ServiceClassesKeysetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesKeysetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesKeysetPageQuery, ServiceClassesKeysetPageQueryVariables>;
export const ServiceClassesKeysetPageByPrefixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesKeysetPageByPrefix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesKeysetPageByPrefixQuery, ServiceClassesKeysetPageByPrefixQueryVariables>;
export const ServiceClassesCursorsUnorderedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceClassesCursorsUnordered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClassesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceClassesCursorsUnorderedQuery, ServiceClassesCursorsUnorderedQueryVariables>;
export const LiveCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceRecordsCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiariesCount"}},{"kind":"Field","name":{"kind":"Name","value":"classSessionsCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentsCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProjectsCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordsCount"}}]}}]} as unknown as DocumentNode<LiveCountsQuery, LiveCountsQueryVariables>;
export const DemoPendingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoPendingApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovalsCount"}}]}}]} as unknown as DocumentNode<DemoPendingApprovalsQuery, DemoPendingApprovalsQueryVariables>;
export const DemoPreviewClassSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoPreviewClassSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"generateClassSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"skipDates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<DemoPreviewClassSessionsMutation, DemoPreviewClassSessionsMutationVariables>;
export const DemoSettlementTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoSettlementTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"StringValue","value":"2025-07","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyFen"}}]}}]}}]}}]} as unknown as DocumentNode<DemoSettlementTotalsQuery, DemoSettlementTotalsQueryVariables>;
export const DemoYearReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoYearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleSource"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]} as unknown as DocumentNode<DemoYearReportQuery, DemoYearReportQueryVariables>;
export const DemoRollCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRollCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"today"},"name":{"kind":"Name","value":"classSessionsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"SCHEDULED"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"classSessionsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"SCHEDULED"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"held"},"name":{"kind":"Name","value":"classSessionsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"HELD"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"StringValue","value":"2026-11-01","block":false}}]}}]}}]}]}}]} as unknown as DocumentNode<DemoRollCallsQuery, DemoRollCallsQueryVariables>;
export const DemoReportTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoReportTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]} as unknown as DocumentNode<DemoReportTotalsQuery, DemoReportTotalsQueryVariables>;
export const DemoReportByMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoReportByMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoReportByMonthQuery, DemoReportByMonthQueryVariables>;
export const EnrollInClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<EnrollInClassMutation, EnrollInClassMutationVariables>;
export const WithdrawEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrollmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrollmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawEnrollmentMutation, WithdrawEnrollmentMutationVariables>;
export const UpdateEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBooked"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"payableFen"}}]}}]}}]} as unknown as DocumentNode<UpdateEnrollmentMutation, UpdateEnrollmentMutationVariables>;
export const DeleteEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEnrollmentMutation, DeleteEnrollmentMutationVariables>;
export const SetClassCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClassCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cap"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cap"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<SetClassCapacityMutation, SetClassCapacityMutationVariables>;
export const ClassCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<ClassCapacityQuery, ClassCapacityQueryVariables>;
export const WithdrawConsentAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsentAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"withdrawnAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentAtMutation, WithdrawConsentAtMutationVariables>;
export const SetBeneficiaryUnionOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBeneficiaryUnionOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unionOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetBeneficiaryUnionOrganizationMutation, SetBeneficiaryUnionOrganizationMutationVariables>;
export const CreateSubsidyPolicyAtRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubsidyPolicyAtRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateBp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubsidyPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rateBp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateBp"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSubsidyPolicyAtRateMutation, CreateSubsidyPolicyAtRateMutationVariables>;
export const RegisterBeneficiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBeneficiaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterBeneficiariesMutation, RegisterBeneficiariesMutationVariables>;
export const CreateServiceClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceClassesMutation, CreateServiceClassesMutationVariables>;
export const DeleteBeneficiaryRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBeneficiaryRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteBeneficiaryRecordMutation, DeleteBeneficiaryRecordMutationVariables>;
export const DeleteEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEvaluationMutation, DeleteEvaluationMutationVariables>;
export const GroupAndProjectEvaluationSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupAndProjectEvaluationSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"g"},"name":{"kind":"Name","value":"socialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p1"},"name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"p2"},"name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<GroupAndProjectEvaluationSummariesQuery, GroupAndProjectEvaluationSummariesQueryVariables>;
export const SocialGroupEvaluationSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialGroupEvaluationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfactionBp"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedOn"}}]}}]} as unknown as DocumentNode<SocialGroupEvaluationSummaryQuery, SocialGroupEvaluationSummaryQueryVariables>;
export const ServiceRecordVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}]}]}}]} as unknown as DocumentNode<ServiceRecordVisibilityQuery, ServiceRecordVisibilityQueryVariables>;
export const CreateServiceRecordReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceRecordReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecordCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateServiceRecordReturningIdMutation, CreateServiceRecordReturningIdMutationVariables>;
export const VisibleServiceRecordsCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleServiceRecordsCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecordsCount"}}]}}]} as unknown as DocumentNode<VisibleServiceRecordsCountQuery, VisibleServiceRecordsCountQueryVariables>;
export const ServiceRecordMinutesAndSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordMinutesAndSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<ServiceRecordMinutesAndSummaryQuery, ServiceRecordMinutesAndSummaryQueryVariables>;
export const EnrollForFixtureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollForFixture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrollForFixtureMutation, EnrollForFixtureMutationVariables>;
export const ExportComparesOrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportComparesOrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportComparesOrganizationPageQuery, ExportComparesOrganizationPageQueryVariables>;
export const ExportCountsBeneficiariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCountsBeneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiariesCount"}}]}}]} as unknown as DocumentNode<ExportCountsBeneficiariesQuery, ExportCountsBeneficiariesQueryVariables>;
export const ExportListsBeneficiaryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportListsBeneficiaryNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportListsBeneficiaryNamesQuery, ExportListsBeneficiaryNamesQueryVariables>;
export const EndpointTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EndpointTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<EndpointTypenameQuery, EndpointTypenameQueryVariables>;
export const LoggingCreatesOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoggingCreatesOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"日志测试工会","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"UNION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoggingCreatesOrganizationMutation, LoggingCreatesOrganizationMutationVariables>;
export const LoggingCreatesBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoggingCreatesBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoggingCreatesBeneficiaryMutation, LoggingCreatesBeneficiaryMutationVariables>;
export const HardeningRenamesClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HardeningRenamesClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HardeningRenamesClassMutation, HardeningRenamesClassMutationVariables>;
export const OpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"places"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierRules"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierRuleInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moreClassIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opensAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opensAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"places"},"value":{"kind":"Variable","name":{"kind":"Name","value":"places"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"tierRules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierRules"}}},{"kind":"Argument","name":{"kind":"Name","value":"moreClassIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moreClassIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]} as unknown as DocumentNode<OpenRoundMutation, OpenRoundMutationVariables>;
export const ApplyForPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siblingGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alsoClassIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"siblingGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siblingGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"alsoClassIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alsoClassIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}}]}}]} as unknown as DocumentNode<ApplyForPlaceMutation, ApplyForPlaceMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drawPosition"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentId"}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const DrawRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]} as unknown as DocumentNode<DrawRoundMutation, DrawRoundMutationVariables>;
export const RoundNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"organizerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierLabels"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsShown"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maskedName"}},{"kind":"Field","name":{"kind":"Name","value":"numberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"classLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"objectionsDismissed"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousListHash"}},{"kind":"Field","name":{"kind":"Name","value":"previousResultHash"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundNoticeQuery, RoundNoticeQueryVariables>;
export const CreateApplicantsForRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplicantsForRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateApplicantsForRoundMutation, CreateApplicantsForRoundMutationVariables>;
export const RecordRoundObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRoundObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRoundObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<RecordRoundObjectionMutation, RecordRoundObjectionMutationVariables>;
export const ResolveRoundObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveRoundObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRoundObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<ResolveRoundObjectionMutation, ResolveRoundObjectionMutationVariables>;
export const ConfirmRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]} as unknown as DocumentNode<ConfirmRoundMutation, ConfirmRoundMutationVariables>;
export const RoundObjectionsOfRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundObjectionsOfRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roundId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<RoundObjectionsOfRoundQuery, RoundObjectionsOfRoundQueryVariables>;
export const CorrectRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundCorrectionChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"listHash"}},{"kind":"Field","name":{"kind":"Name","value":"resultHash"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]} as unknown as DocumentNode<CorrectRoundMutation, CorrectRoundMutationVariables>;
export const RoundDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundDemandGroup"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]} as unknown as DocumentNode<RoundDemandQuery, RoundDemandQueryVariables>;
export const RoundClassesOfRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundClassesOfRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundClassesOfRoundQuery, RoundClassesOfRoundQueryVariables>;
export const ClassApplicationRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassApplicationRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classApplicationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classId"}}]}}]}}]} as unknown as DocumentNode<ClassApplicationRoundsQuery, ClassApplicationRoundsQueryVariables>;
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
export const ProcessesCreatePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessesCreatePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"createBeneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProcessesCreatePeopleMutation, ProcessesCreatePeopleMutationVariables>;
export const ProcessesEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessesEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProcessesEnrollMutation, ProcessesEnrollMutationVariables>;
export const ProcessesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProcessesMeQuery, ProcessesMeQueryVariables>;
export const ProcessesDisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessesDisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProcessesDisableUserMutation, ProcessesDisableUserMutationVariables>;
export const ProcessesTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessesTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ProcessesTypenameQuery, ProcessesTypenameQueryVariables>;
export const ReplicaFirstClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaFirstClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplicaFirstClassQuery, ReplicaFirstClassQueryVariables>;
export const ReplicaClassNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaClassName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReplicaClassNameQuery, ReplicaClassNameQueryVariables>;
export const ReplicaRenamesClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaRenamesClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReplicaRenamesClassMutation, ReplicaRenamesClassMutationVariables>;
export const ReplicaYearReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaYearReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaYearReportQuery, ReplicaYearReportQueryVariables>;
export const ReplicaReadLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaReadLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaReadLoadQuery, ReplicaReadLoadQueryVariables>;
export const CreateOrganizationApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationApiKeyMutation, CreateOrganizationApiKeyMutationVariables>;
export const ApproveServiceProjectReturningIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveServiceProjectReturningId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveServiceProjectReturningIdMutation, ApproveServiceProjectReturningIdMutationVariables>;
export const PendingApprovalsQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovalsQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"approverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingApprovalsCount"}}]}}]} as unknown as DocumentNode<PendingApprovalsQueueQuery, PendingApprovalsQueueQueryVariables>;
export const ServiceProjectVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProjectVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ServiceProjectVersionQuery, ServiceProjectVersionQueryVariables>;
export const ChangeServiceProjectSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeServiceProjectSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sponsorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeServiceProjectSponsorMutation, ChangeServiceProjectSponsorMutationVariables>;
export const SetServiceProjectParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceProjectParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<SetServiceProjectParentMutation, SetServiceProjectParentMutationVariables>;
export const ServiceProjectRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProjectRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subProjects"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceProjectRollupsQuery, ServiceProjectRollupsQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGrouping"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSource"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCellFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecordPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyPaidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInClasses"}},{"kind":"Field","name":{"kind":"Name","value":"fillRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRows"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"needsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"needsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ImportRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterRowInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRosterMutation, ImportRosterMutationVariables>;
export const ImportRosterWithProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRosterWithProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterRowInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dry"}}},{"kind":"Argument","name":{"kind":"Name","value":"progressKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}}]}}]}}]} as unknown as DocumentNode<ImportRosterWithProgressMutation, ImportRosterWithProgressMutationVariables>;
export const RosterImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<RosterImportProgressQuery, RosterImportProgressQueryVariables>;
export const RegisterBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterBeneficiaryMutation, RegisterBeneficiaryMutationVariables>;
export const MatchNeedRequestForScopeWorldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchNeedRequestForScopeWorld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeedRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchNeedRequestForScopeWorldMutation, MatchNeedRequestForScopeWorldMutationVariables>;
export const DeleteScopeWorldRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScopeWorldRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"people"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClassSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleteBeneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"people"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleteServiceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteScopeWorldRowsMutation, DeleteScopeWorldRowsMutationVariables>;
export const ScopeCreatesBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeCreatesBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeCreatesBeneficiaryMutation, ScopeCreatesBeneficiaryMutationVariables>;
export const ScopeCreatesApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeCreatesApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ScopeCreatesApiKeyMutation, ScopeCreatesApiKeyMutationVariables>;
export const ScopeCreatesUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeCreatesUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeCreatesUserMutation, ScopeCreatesUserMutationVariables>;
export const ScopeRevealsPersonalInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopeRevealsPersonalInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealableField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPersonalInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<ScopeRevealsPersonalInfoMutation, ScopeRevealsPersonalInfoMutationVariables>;
export const PartnerProbesByValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerProbesByValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guardian"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sponsors"},"name":{"kind":"Name","value":"organizationsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sponsoredProjects"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}]}}]}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"classes"},"name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enrollments"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"serviceClass"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}]}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"visits"},"name":{"kind":"Name","value":"beneficiariesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"serviceRecords"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"HOME_VISIT"}}]}}]}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"guardianName"},"name":{"kind":"Name","value":"guardianshipsCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"guardian"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guardian"}}}]}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"venues"},"name":{"kind":"Name","value":"venuesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"classes"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startsWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}]}}]}}]}}]}}]}]}}]} as unknown as DocumentNode<PartnerProbesByValuesQuery, PartnerProbesByValuesQueryVariables>;
export const PartnerDeletesBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerDeletesBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerDeletesBeneficiaryMutation, PartnerDeletesBeneficiaryMutationVariables>;
export const PartnerUpdatePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUpdatePermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_adminMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUpdatePermissionsQuery, PartnerUpdatePermissionsQueryVariables>;
export const ScopeCountsProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeCountsProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProjectsCount"}}]}}]} as unknown as DocumentNode<ScopeCountsProjectsQuery, ScopeCountsProjectsQueryVariables>;
export const StaffListsSocialGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffListsSocialGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffListsSocialGroupsQuery, StaffListsSocialGroupsQueryVariables>;
export const StaffCreatesSocialGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreatesSocialGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialGroupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managedById"}}]}}]}}]} as unknown as DocumentNode<StaffCreatesSocialGroupMutation, StaffCreatesSocialGroupMutationVariables>;
export const StaffFormsPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffFormsPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffFormsPartnershipMutation, StaffFormsPartnershipMutationVariables>;
export const PartnerReadsBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerReadsBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerReadsBeneficiaryQuery, PartnerReadsBeneficiaryQueryVariables>;
export const StaffUpdatesSocialGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUpdatesSocialGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialGroupUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffUpdatesSocialGroupMutation, StaffUpdatesSocialGroupMutationVariables>;
export const StaffDeletesSocialGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffDeletesSocialGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffDeletesSocialGroupMutation, StaffDeletesSocialGroupMutationVariables>;
export const StaffRestoresSocialGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRestoresSocialGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSocialGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffRestoresSocialGroupMutation, StaffRestoresSocialGroupMutationVariables>;
export const AuditWithdrawsConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditWithdrawsConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"withdrawnAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditWithdrawsConsentMutation, AuditWithdrawsConsentMutationVariables>;
export const AuditUpdatesVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditUpdatesVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditUpdatesVenueMutation, AuditUpdatesVenueMutationVariables>;
export const AuditCreatesVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCreatesVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditCreatesVenuesMutation, AuditCreatesVenuesMutationVariables>;
export const AdminListsRevealEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminListsRevealEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurredAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"StringValue","value":"reveal","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}}]}}]}}]} as unknown as DocumentNode<AdminListsRevealEventsQuery, AdminListsRevealEventsQueryVariables>;
export const AdminCreatesPartnerApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatesPartnerApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"socialGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"对接系统","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"socialGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"socialGroupId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<AdminCreatesPartnerApiKeyMutation, AdminCreatesPartnerApiKeyMutationVariables>;
export const PartnerCountsProjectsAndOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCountsProjectsAndOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProjectsCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsCount"}}]}}]} as unknown as DocumentNode<PartnerCountsProjectsAndOrganizationsQuery, PartnerCountsProjectsAndOrganizationsQueryVariables>;
export const AdminRevokesApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokesApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminRevokesApiKeyMutation, AdminRevokesApiKeyMutationVariables>;
export const SubtreeStaffMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeStaffMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubtreeStaffMeQuery, SubtreeStaffMeQueryVariables>;
export const SubtreeCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProjectsCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceClassesCount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiariesCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentsCount"}},{"kind":"Field","name":{"kind":"Name","value":"classSessionsCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRecordsCount"}},{"kind":"Field","name":{"kind":"Name","value":"venuesCount"}},{"kind":"Field","name":{"kind":"Name","value":"usersCount"}},{"kind":"Field","name":{"kind":"Name","value":"needRequestsCount"}}]}}]} as unknown as DocumentNode<SubtreeCountsQuery, SubtreeCountsQueryVariables>;
export const SubtreeCreatesOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeCreatesOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<SubtreeCreatesOrganizationMutation, SubtreeCreatesOrganizationMutationVariables>;
export const SubtreeUpdatesOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeUpdatesOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<SubtreeUpdatesOrganizationMutation, SubtreeUpdatesOrganizationMutationVariables>;
export const SubtreeCreatesProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeCreatesProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubtreeCreatesProjectMutation, SubtreeCreatesProjectMutationVariables>;
export const SubtreeUpdatesProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeUpdatesProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProjectUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubtreeUpdatesProjectMutation, SubtreeUpdatesProjectMutationVariables>;
export const SubtreeUpdatesClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeUpdatesClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubtreeUpdatesClassMutation, SubtreeUpdatesClassMutationVariables>;
export const SubtreeCreatesVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeCreatesVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubtreeCreatesVenueMutation, SubtreeCreatesVenueMutationVariables>;
export const SubtreeSetsUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubtreeSetsUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<SubtreeSetsUserPasswordMutation, SubtreeSetsUserPasswordMutationVariables>;
export const AnalystReadsAdminMetaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystReadsAdminMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_adminMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystReadsAdminMetaQuery, AnalystReadsAdminMetaQueryVariables>;
export const AnalystListsClassIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystListsClassIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalystListsClassIdsQuery, AnalystListsClassIdsQueryVariables>;
export const StaffCountsBeneficiariesByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCountsBeneficiariesByName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiariesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"StringValue","value":"欧阳","block":false}}]}}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"s"},"name":{"kind":"Name","value":"beneficiariesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"欧阳","block":false}}]}]}}]} as unknown as DocumentNode<StaffCountsBeneficiariesByNameQuery, StaffCountsBeneficiariesByNameQueryVariables>;
export const StaffReadsPeopleForScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffReadsPeopleForScan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<StaffReadsPeopleForScanQuery, StaffReadsPeopleForScanQueryVariables>;
export const ClassListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceClassWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceClassesCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}]}]}}]} as unknown as DocumentNode<ClassListPageQuery, ClassListPageQueryVariables>;
export const SignInForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SignInForTestMutation, SignInForTestMutationVariables>;
export const SignInWithRefreshForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithRefreshForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SignInWithRefreshForTestMutation, SignInWithRefreshForTestMutationVariables>;
export const RefreshSessionForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSessionForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionForTestMutation, RefreshSessionForTestMutationVariables>;
export const ProjectSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"operatorName"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"feePerDayFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorFen"}},{"kind":"Field","name":{"kind":"Name","value":"familyFen"}}]}}]} as unknown as DocumentNode<ProjectSettlementQuery, ProjectSettlementQueryVariables>;
export const LifecycleSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"submitServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleSubmitMutation, LifecycleSubmitMutationVariables>;
export const LifecycleApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"approveServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleApproveMutation, LifecycleApproveMutationVariables>;
export const LifecycleRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"rejectServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleRejectMutation, LifecycleRejectMutationVariables>;
export const LifecycleReviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleRevise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"reviseServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleReviseMutation, LifecycleReviseMutationVariables>;
export const LifecycleActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"activateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleActivateMutation, LifecycleActivateMutationVariables>;
export const LifecycleCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"completeServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleCompleteMutation, LifecycleCompleteMutationVariables>;
export const LifecycleCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"cancelServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProject"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LifecycleCancelMutation, LifecycleCancelMutationVariables>;
export const SessionsGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"generateClassSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipDates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsGenerateMutation, SessionsGenerateMutationVariables>;
export const SessionsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"r"},"name":{"kind":"Name","value":"cancelClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]} as unknown as DocumentNode<SessionsCancelMutation, SessionsCancelMutationVariables>;
export const TruthWorldUpdatesClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruthWorldUpdatesClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"staffCount"},"value":{"kind":"IntValue","value":"3"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TruthWorldUpdatesClassesMutation, TruthWorldUpdatesClassesMutationVariables>;
export const TruthWorldUpdatesOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TruthWorldUpdatesOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactName"},"value":{"kind":"StringValue","value":"张三","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TruthWorldUpdatesOrganizationsMutation, TruthWorldUpdatesOrganizationsMutationVariables>;