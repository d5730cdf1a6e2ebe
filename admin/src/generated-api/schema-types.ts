export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTime: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A local time string (i.e., with no associated timezone) in 24-hr `HH:mm[:ss[.SSS]]` format, e.g. `14:25` or `14:25:06` or `14:25:06.123`. */
  LocalTime: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AdminEnumValue = {
  label: AdminLabel;
  value: Scalars['String']['output'];
};

export type AdminField = {
  createOnly: Scalars['Boolean']['output'];
  description: Maybe<Scalars['String']['output']>;
  enumName: Maybe<Scalars['String']['output']>;
  enumValues: Maybe<Array<AdminEnumValue>>;
  filterable: Scalars['Boolean']['output'];
  format: Maybe<Scalars['String']['output']>;
  /** string, text, int, money (fen), bp (basis points), boolean, date, time, datetime, enum, enumList, intList, ref */
  kind: Scalars['String']['output'];
  label: AdminLabel;
  max: Maybe<Scalars['Int']['output']>;
  maxLength: Maybe<Scalars['Int']['output']>;
  min: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Personal data: shown masked */
  personal: Scalars['Boolean']['output'];
  readOnly: Scalars['Boolean']['output'];
  /** Whether the current user may read this field (analysts: no personal fields) */
  readable: Scalars['Boolean']['output'];
  /** kind ref: the relation field holding the object */
  relation: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  /** How the console shows the value: internal (not at all), detail (not in lists), orgPath, resourceName, fieldNames, recordLink, ageMonths */
  showAs: Maybe<Scalars['String']['output']>;
  sortable: Scalars['Boolean']['output'];
  /** kind ref: the target resource */
  target: Maybe<Scalars['String']['output']>;
};

export type AdminLabel = {
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

/** GraphQL field names of the operations; null when not offered */
export type AdminOperations = {
  connection: Scalars['String']['output'];
  count: Scalars['String']['output'];
  create: Maybe<Scalars['String']['output']>;
  createMany: Maybe<Scalars['String']['output']>;
  delete: Maybe<Scalars['String']['output']>;
  deleteMany: Maybe<Scalars['String']['output']>;
  list: Scalars['String']['output'];
  one: Scalars['String']['output'];
  restore: Maybe<Scalars['String']['output']>;
  update: Maybe<Scalars['String']['output']>;
  updateMany: Maybe<Scalars['String']['output']>;
};

/** What the current user may do with the resource */
export type AdminPermissions = {
  create: Scalars['Boolean']['output'];
  delete: Scalars['Boolean']['output'];
  /** Whether the console offers the list and menu entry (analysts: no lists of people; partners: no organization management) */
  list: Scalars['Boolean']['output'];
  read: Scalars['Boolean']['output'];
  update: Scalars['Boolean']['output'];
};

export type AdminRelation = {
  /** The foreign key on the target pointing back here */
  inverse: Scalars['String']['output'];
  label: AdminLabel;
  name: Scalars['String']['output'];
  target: Scalars['String']['output'];
};

export type AdminResource = {
  defaultSort: Maybe<AdminSort>;
  fields: Array<AdminField>;
  label: AdminLabel;
  /** GraphQL type name */
  name: Scalars['String']['output'];
  operations: AdminOperations;
  permissions: AdminPermissions;
  relations: Array<AdminRelation>;
  /** Fields the search argument looks in */
  searchFields: Array<Scalars['String']['output']>;
  /** What names a record on screen: paths through its relations, joined with ' · ' */
  title: Maybe<Array<Scalars['String']['output']>>;
};

/** The order lists have when the caller gives none (id breaks ties) */
export type AdminSort = {
  field: Scalars['String']['output'];
  /** ASC or DESC */
  order: Scalars['String']['output'];
};

/** 接口密钥 / API key */
export type ApiKey = {
  createdAt: Scalars['DateTime']['output'];
  /** 创建人 / Created by */
  createdBy: Maybe<User>;
  /** 创建人 / Created by */
  createdById: Maybe<Scalars['ID']['output']>;
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 过期时间 / Expires at */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 最近使用时间 / Last used at */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 所属组织 / Organization */
  organization: Maybe<Organization>;
  /** 所属组织 / Organization */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** 密钥前缀 / Prefix. The non-secret start of the key, to tell keys apart */
  prefix: Scalars['String']['output'];
  /** 吊销时间 / Revoked at */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** 所属社会组织 / Social organization */
  socialGroup: Maybe<SocialGroup>;
  /** 所属社会组织 / Social organization */
  socialGroupId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type ApiKeyConnection = {
  edges: Array<ApiKeyEdge>;
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyCreateInput = {
  expiresAt: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
};

export type ApiKeyEdge = {
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  expiresAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  lastUsedAt: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  revokedAt: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ApiKeyWhere = {
  AND: InputMaybe<Array<ApiKeyWhere>>;
  NOT: InputMaybe<ApiKeyWhere>;
  OR: InputMaybe<Array<ApiKeyWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  /** Filter on createdBy */
  createdBy: InputMaybe<UserWhere>;
  createdById: InputMaybe<IdFilter>;
  expiresAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  lastUsedAt: InputMaybe<DateTimeFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on organization */
  organization: InputMaybe<OrganizationWhere>;
  organizationId: InputMaybe<IdFilter>;
  prefix: InputMaybe<StringFilter>;
  revokedAt: InputMaybe<DateTimeFilter>;
  /** Filter on socialGroup */
  socialGroup: InputMaybe<SocialGroupWhere>;
  socialGroupId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type ApiKeyWithSecret = {
  key: ApiKey;
  /** The key itself: shown once, stored only as a hash */
  secret: Scalars['String']['output'];
};

/** 报名申请 / Application */
export type Application = {
  /** 申请人 / Applicant */
  applicant: Maybe<Beneficiary>;
  /** 申请人 / Applicant */
  applicantId: Maybe<Scalars['ID']['output']>;
  /** 服务对象 / Beneficiary */
  beneficiary: Maybe<Beneficiary>;
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['output'];
  /** A round over several classes: the labels of the classes applied for, first choice first */
  choices: Maybe<Array<Scalars['String']['output']>>;
  createdAt: Scalars['DateTime']['output'];
  /** 预约天数 / Days booked */
  daysBooked: Scalars['Int']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 摇号顺位 / Draw position */
  drawPosition: Maybe<Scalars['Int']['output']>;
  /** 报名记录 / Enrollment */
  enrollment: Maybe<Enrollment>;
  /** 报名记录 / Enrollment */
  enrollmentId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 申请编号 / Number */
  number: Scalars['String']['output'];
  /** 报名轮次 / Round */
  round: Maybe<ApplicationRound>;
  /** 报名轮次 / Round */
  roundId: Scalars['ID']['output'];
  /** 同组（兄弟姐妹） / Sibling group */
  siblingGroup: Maybe<Scalars['String']['output']>;
  /** 状态 / Status */
  status: Maybe<ApplicationStatus>;
  /** 优先级 / Tier. 1 is drawn first */
  tier: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 撤回时间 / Withdrawn at */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

export type ApplicationConnection = {
  edges: Array<ApplicationEdge>;
  nodes: Array<Application>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationEdge = {
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationListRelationFilter = {
  every: InputMaybe<ApplicationWhere>;
  none: InputMaybe<ApplicationWhere>;
  some: InputMaybe<ApplicationWhere>;
};

export type ApplicationOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  drawPosition: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  number: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  tier: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
  withdrawnAt: InputMaybe<SortOrder>;
};

/** 报名轮次 / Application round */
export type ApplicationRound = {
  /** 已编号申请数 / Applications numbered. Application numbers issued, withdrawn applications included (the notice lists those drawn) */
  applicationCount: Maybe<Scalars['Int']['output']>;
  /** 报名申请 / Applications */
  applications: Array<Application>;
  applicationsCount: Scalars['Int']['output'];
  /** 班级 / Class */
  classId: Scalars['ID']['output'];
  /** The classes drawn in the round, A first: one, or several of one project drawn together */
  classes: Array<RoundClassInfo>;
  /** 报名截止 / Closes at */
  closesAt: Scalars['DateTime']['output'];
  /** 确认时间 / Confirmed at */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 摇号时间 / Drawn at */
  drawnAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 名单哈希 / List hash */
  listHash: Maybe<Scalars['String']['output']>;
  /** 公示天数 / Notice days */
  noticeDays: Maybe<Scalars['Int']['output']>;
  /** 公示截止 / Notice ends at */
  noticeEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** 报名开始 / Opens at */
  opensAt: Scalars['DateTime']['output'];
  /** 名额 / Places */
  places: Scalars['Int']['output'];
  /** 摇号名额 / Places drawn */
  placesDrawn: Maybe<Scalars['Int']['output']>;
  /** 结果哈希 / Result hash */
  resultHash: Maybe<Scalars['String']['output']>;
  /** 种子哈希 / Seed hash. SHA-256 of the seed, published when the round opens; the seed is revealed at the draw */
  seedHash: Scalars['String']['output'];
  /** 班级 / Class */
  serviceClass: Maybe<ServiceClass>;
  /** 状态 / Status */
  status: Maybe<RoundStatus>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** 报名轮次 / Application round */
export type ApplicationRoundApplicationsArgs = {
  orderBy: InputMaybe<Array<ApplicationOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApplicationWhere>;
};


/** 报名轮次 / Application round */
export type ApplicationRoundApplicationsCountArgs = {
  where: InputMaybe<ApplicationWhere>;
};

export type ApplicationRoundConnection = {
  edges: Array<ApplicationRoundEdge>;
  nodes: Array<ApplicationRound>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationRoundEdge = {
  cursor: Scalars['String']['output'];
  node: ApplicationRound;
};

export type ApplicationRoundOrderBy = {
  applicationCount: InputMaybe<SortOrder>;
  closesAt: InputMaybe<SortOrder>;
  confirmedAt: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  drawnAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  noticeEndsAt: InputMaybe<SortOrder>;
  opensAt: InputMaybe<SortOrder>;
  places: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ApplicationRoundWhere = {
  AND: InputMaybe<Array<ApplicationRoundWhere>>;
  NOT: InputMaybe<ApplicationRoundWhere>;
  OR: InputMaybe<Array<ApplicationRoundWhere>>;
  applications: InputMaybe<ApplicationListRelationFilter>;
  classId: InputMaybe<IdFilter>;
  closesAt: InputMaybe<DateTimeFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  opensAt: InputMaybe<DateTimeFilter>;
  /** Filter on serviceClass */
  serviceClass: InputMaybe<ServiceClassWhere>;
  status: InputMaybe<RoundStatusFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
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

export type ApplicationStatusFilter = {
  equals: InputMaybe<ApplicationStatus>;
  in: InputMaybe<Array<ApplicationStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ApplicationStatus>>;
};

export type ApplicationWhere = {
  AND: InputMaybe<Array<ApplicationWhere>>;
  NOT: InputMaybe<ApplicationWhere>;
  OR: InputMaybe<Array<ApplicationWhere>>;
  /** Filter on applicant */
  applicant: InputMaybe<BeneficiaryWhere>;
  applicantId: InputMaybe<IdFilter>;
  /** Filter on beneficiary */
  beneficiary: InputMaybe<BeneficiaryWhere>;
  beneficiaryId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  number: InputMaybe<StringFilter>;
  /** Filter on round */
  round: InputMaybe<ApplicationRoundWhere>;
  roundId: InputMaybe<IdFilter>;
  siblingGroup: InputMaybe<StringFilter>;
  status: InputMaybe<ApplicationStatusFilter>;
  tier: InputMaybe<IntFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

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
  equals: InputMaybe<ApprovalDecision>;
  in: InputMaybe<Array<ApprovalDecision>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ApprovalDecision>>;
};

/** 审批环节 / Approval step */
export type ApprovalStep = {
  /** 审批单位 / Approver organization */
  approverOrganization: Maybe<Organization>;
  /** 审批单位 / Approver organization */
  approverOrganizationId: Scalars['ID']['output'];
  /** 审批意见 / Comment */
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 审批时间 / Decided at */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** 审批人 / Decided by */
  decidedBy: Maybe<User>;
  /** 审批人 / Decided by */
  decidedById: Maybe<Scalars['ID']['output']>;
  /** 审批结果 / Decision */
  decision: Maybe<ApprovalDecision>;
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 办理期限 / Due on */
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type ApprovalStepConnection = {
  edges: Array<ApprovalStepEdge>;
  nodes: Array<ApprovalStep>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApprovalStepEdge = {
  cursor: Scalars['String']['output'];
  node: ApprovalStep;
};

export type ApprovalStepListRelationFilter = {
  every: InputMaybe<ApprovalStepWhere>;
  none: InputMaybe<ApprovalStepWhere>;
  some: InputMaybe<ApprovalStepWhere>;
};

export type ApprovalStepOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  decidedAt: InputMaybe<SortOrder>;
  decision: InputMaybe<SortOrder>;
  dueOn: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ApprovalStepWhere = {
  AND: InputMaybe<Array<ApprovalStepWhere>>;
  NOT: InputMaybe<ApprovalStepWhere>;
  OR: InputMaybe<Array<ApprovalStepWhere>>;
  /** Filter on approverOrganization */
  approverOrganization: InputMaybe<OrganizationWhere>;
  approverOrganizationId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  decidedAt: InputMaybe<DateTimeFilter>;
  /** Filter on decidedBy */
  decidedBy: InputMaybe<UserWhere>;
  decidedById: InputMaybe<IdFilter>;
  decision: InputMaybe<ApprovalDecisionFilter>;
  dueOn: InputMaybe<DateFilter>;
  id: InputMaybe<IdFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

/** 考勤 / Attendance */
export type Attendance = {
  /** 签到时间 / Checked in at */
  checkInAt: Maybe<Scalars['DateTime']['output']>;
  /** 签退时间 / Checked out at. Not before check-in */
  checkOutAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 报名 / Enrollment */
  enrollment: Maybe<Enrollment>;
  /** 报名 / Enrollment */
  enrollmentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 早退 / Left early. Checked out more than 15 minutes before the session ends */
  leftEarly: Maybe<Scalars['Boolean']['output']>;
  /** 备注 / Note */
  note: Maybe<Scalars['String']['output']>;
  /** 接送人 / Picked up by */
  pickedUpBy: Maybe<Beneficiary>;
  /** 接送人 / Picked up by */
  pickedUpById: Maybe<Scalars['ID']['output']>;
  /** 记录人 / Recorded by */
  recordedBy: Maybe<User>;
  /** 记录人 / Recorded by */
  recordedById: Maybe<Scalars['ID']['output']>;
  /** 课次 / Session */
  session: Maybe<ClassSession>;
  /** 课次 / Session */
  sessionId: Scalars['ID']['output'];
  /** 考勤状态 / Status */
  status: AttendanceStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type AttendanceConnection = {
  edges: Array<AttendanceEdge>;
  nodes: Array<Attendance>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AttendanceCreateInput = {
  /** 签到时间 / Checked in at */
  checkInAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 签退时间 / Checked out at. Not before check-in */
  checkOutAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 报名 / Enrollment. One attendance record per session and enrollment */
  enrollmentId: Scalars['ID']['input'];
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 接送人 / Picked up by. A registered guardian of the person with mayPickUp; required at check-out for a child under 14 */
  pickedUpById: InputMaybe<Scalars['ID']['input']>;
  /** 课次 / Session */
  sessionId: Scalars['ID']['input'];
  /** 考勤状态 / Status */
  status: AttendanceStatus;
};

export type AttendanceEdge = {
  cursor: Scalars['String']['output'];
  node: Attendance;
};

export type AttendanceListRelationFilter = {
  every: InputMaybe<AttendanceWhere>;
  none: InputMaybe<AttendanceWhere>;
  some: InputMaybe<AttendanceWhere>;
};

export type AttendanceOrderBy = {
  checkInAt: InputMaybe<SortOrder>;
  checkOutAt: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type AttendanceRowInput = {
  /** 签到时间: on the session date */
  checkInAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 签退时间: after check-in, on the session date */
  checkOutAt: InputMaybe<Scalars['DateTime']['input']>;
  enrollmentId: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  /** 接送人: a guardian of the person with mayPickUp */
  pickedUpById: InputMaybe<Scalars['ID']['input']>;
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
  equals: InputMaybe<AttendanceStatus>;
  in: InputMaybe<Array<AttendanceStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<AttendanceStatus>>;
};

export type AttendanceUpdateInput = {
  /** 签到时间 / Checked in at */
  checkInAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 签退时间 / Checked out at. Not before check-in */
  checkOutAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 报名 / Enrollment. One attendance record per session and enrollment */
  enrollmentId: InputMaybe<Scalars['ID']['input']>;
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 接送人 / Picked up by. A registered guardian of the person with mayPickUp; required at check-out for a child under 14 */
  pickedUpById: InputMaybe<Scalars['ID']['input']>;
  /** 课次 / Session */
  sessionId: InputMaybe<Scalars['ID']['input']>;
  /** 考勤状态 / Status */
  status: InputMaybe<AttendanceStatus>;
};

export type AttendanceWhere = {
  AND: InputMaybe<Array<AttendanceWhere>>;
  NOT: InputMaybe<AttendanceWhere>;
  OR: InputMaybe<Array<AttendanceWhere>>;
  checkInAt: InputMaybe<DateTimeFilter>;
  checkOutAt: InputMaybe<DateTimeFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  /** Filter on enrollment */
  enrollment: InputMaybe<EnrollmentWhere>;
  enrollmentId: InputMaybe<IdFilter>;
  id: InputMaybe<IdFilter>;
  leftEarly: InputMaybe<BooleanFilter>;
  /** Filter on pickedUpBy */
  pickedUpBy: InputMaybe<BeneficiaryWhere>;
  pickedUpById: InputMaybe<IdFilter>;
  /** Filter on recordedBy */
  recordedBy: InputMaybe<UserWhere>;
  recordedById: InputMaybe<IdFilter>;
  /** Filter on session */
  session: InputMaybe<ClassSessionWhere>;
  sessionId: InputMaybe<IdFilter>;
  status: InputMaybe<AttendanceStatusFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

/** 审计日志 / Audit event */
export type AuditEvent = {
  /** 操作 / Action */
  action: Scalars['String']['output'];
  /** 操作人 / Actor */
  actor: Maybe<User>;
  /** 操作人 / Actor */
  actorId: Maybe<Scalars['ID']['output']>;
  /** 操作人账号 / Actor label */
  actorLabel: Maybe<Scalars['String']['output']>;
  /** 变更字段 / Changed fields. Comma-separated names of the fields changed */
  changedFields: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 详情 / Detail. JSON text; never holds personal values, but a reveal reason is free text: not for analysts */
  detail: Maybe<Scalars['String']['output']>;
  /** 对象 / Entity id */
  entityId: Maybe<Scalars['String']['output']>;
  /** 对象类型 / Entity type */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 发生时间 / Occurred at */
  occurredAt: Maybe<Scalars['DateTime']['output']>;
  /** 请求编号 / Request id */
  requestId: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type AuditEventConnection = {
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventOrderBy = {
  action: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  entityType: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  occurredAt: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type AuditEventWhere = {
  AND: InputMaybe<Array<AuditEventWhere>>;
  NOT: InputMaybe<AuditEventWhere>;
  OR: InputMaybe<Array<AuditEventWhere>>;
  action: InputMaybe<StringFilter>;
  /** Filter on actor */
  actor: InputMaybe<UserWhere>;
  actorId: InputMaybe<IdFilter>;
  actorLabel: InputMaybe<StringFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  entityId: InputMaybe<StringFilter>;
  entityType: InputMaybe<StringFilter>;
  id: InputMaybe<IdFilter>;
  occurredAt: InputMaybe<DateTimeFilter>;
  requestId: InputMaybe<StringFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type AuthPayload = {
  /** Send as `Authorization: Bearer …`; short-lived */
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires */
  expiresIn: Scalars['Int']['output'];
  /** Exchange for a new pair with `refresh`; each refresh token works once */
  refreshToken: Scalars['String']['output'];
  user: Me;
};

/** 服务对象 / Beneficiary */
export type Beneficiary = {
  /** 出生日期 / Birth date */
  birthDate: Maybe<Scalars['LocalDate']['output']>;
  /** 人员类别 / Categories */
  categories: Array<BeneficiaryCategory>;
  /** 知情同意 / Consents */
  consents: Array<Consent>;
  consentsCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 工作单位 / Employer */
  employer: Maybe<Scalars['String']['output']>;
  /** 报名 / Enrollments */
  enrollments: Array<Enrollment>;
  enrollmentsCount: Scalars['Int']['output'];
  /** 性别 / Gender */
  gender: Gender;
  /** 监护人 / Guardians */
  guardians: Array<Guardianship>;
  guardiansCount: Scalars['Int']['output'];
  /** 所在社区 / Home community */
  homeCommunity: Maybe<Organization>;
  /** 所在社区 / Home community */
  homeCommunityId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 身份证号 / ID number. Masked on output (only the last four characters are shown); stored encrypted */
  idNumber: Maybe<Scalars['String']['output']>;
  /** 姓名 / Name */
  name: Maybe<Scalars['String']['output']>;
  /** 备注 / Notes */
  notes: Maybe<Scalars['String']['output']>;
  /** 手机号码 / Mobile phone. Masked on output (138****1234) */
  phone: Maybe<Scalars['String']['output']>;
  /** 登记单位 / Registered by */
  registeredBy: Maybe<Organization>;
  /** 登记社会组织 / Registered by (social group) */
  registeredByGroup: Maybe<SocialGroup>;
  /** 登记社会组织 / Registered by (social group) */
  registeredByGroupId: Maybe<Scalars['ID']['output']>;
  /** 登记单位 / Registered by */
  registeredById: Scalars['ID']['output'];
  /** 服务记录 / Service records */
  serviceRecords: Array<ServiceRecord>;
  serviceRecordsCount: Scalars['Int']['output'];
  /** 工会关系所在 / Union organization */
  unionOrganization: Maybe<Organization>;
  /** 工会关系所在 / Union organization */
  unionOrganizationId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 被监护人 / Wards */
  wards: Array<Guardianship>;
  wardsCount: Scalars['Int']['output'];
};


/** 服务对象 / Beneficiary */
export type BeneficiaryConsentsArgs = {
  orderBy: InputMaybe<Array<ConsentOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ConsentWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryConsentsCountArgs = {
  where: InputMaybe<ConsentWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryEnrollmentsArgs = {
  orderBy: InputMaybe<Array<EnrollmentOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<EnrollmentWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryEnrollmentsCountArgs = {
  where: InputMaybe<EnrollmentWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryGuardiansArgs = {
  orderBy: InputMaybe<Array<GuardianshipOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<GuardianshipWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryGuardiansCountArgs = {
  where: InputMaybe<GuardianshipWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryServiceRecordsArgs = {
  orderBy: InputMaybe<Array<ServiceRecordOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceRecordWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryServiceRecordsCountArgs = {
  where: InputMaybe<ServiceRecordWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryWardsArgs = {
  orderBy: InputMaybe<Array<GuardianshipOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<GuardianshipWhere>;
};


/** 服务对象 / Beneficiary */
export type BeneficiaryWardsCountArgs = {
  where: InputMaybe<GuardianshipWhere>;
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
  hasEvery: InputMaybe<Array<BeneficiaryCategory>>;
  hasSome: InputMaybe<Array<BeneficiaryCategory>>;
  isEmpty: InputMaybe<Scalars['Boolean']['input']>;
};

export type BeneficiaryConnection = {
  edges: Array<BeneficiaryEdge>;
  nodes: Array<Beneficiary>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BeneficiaryCreateInput = {
  /** 出生日期 / Birth date */
  birthDate: InputMaybe<Scalars['LocalDate']['input']>;
  /** 人员类别 / Categories */
  categories: InputMaybe<Array<BeneficiaryCategory>>;
  /** 工作单位 / Employer */
  employer: InputMaybe<Scalars['String']['input']>;
  /** 性别 / Gender */
  gender: Gender;
  /** 所在社区 / Home community */
  homeCommunityId: InputMaybe<Scalars['ID']['input']>;
  /** 身份证号 / ID number. Masked on output (only the last four characters are shown); stored encrypted */
  idNumber: InputMaybe<Scalars['String']['input']>;
  /** 姓名 / Name */
  name: Scalars['String']['input'];
  /** 备注 / Notes */
  notes: InputMaybe<Scalars['String']['input']>;
  /** 手机号码 / Mobile phone. Masked on output (138****1234) */
  phone: InputMaybe<Scalars['String']['input']>;
  /** 登记社会组织 / Registered by (social group). Set for people a partner social organization registered */
  registeredByGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 登记单位 / Registered by. The organization whose subtree this person's record belongs to */
  registeredById: Scalars['ID']['input'];
  /** 工会关系所在 / Union organization */
  unionOrganizationId: InputMaybe<Scalars['ID']['input']>;
};

export type BeneficiaryEdge = {
  cursor: Scalars['String']['output'];
  node: Beneficiary;
};

export type BeneficiaryOrderBy = {
  birthDate: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  gender: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type BeneficiaryUpdateInput = {
  /** 出生日期 / Birth date */
  birthDate: InputMaybe<Scalars['LocalDate']['input']>;
  /** 人员类别 / Categories */
  categories: InputMaybe<Array<BeneficiaryCategory>>;
  /** 工作单位 / Employer */
  employer: InputMaybe<Scalars['String']['input']>;
  /** 性别 / Gender */
  gender: InputMaybe<Gender>;
  /** 所在社区 / Home community */
  homeCommunityId: InputMaybe<Scalars['ID']['input']>;
  /** 身份证号 / ID number. Masked on output (only the last four characters are shown); stored encrypted */
  idNumber: InputMaybe<Scalars['String']['input']>;
  /** 姓名 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 备注 / Notes */
  notes: InputMaybe<Scalars['String']['input']>;
  /** 手机号码 / Mobile phone. Masked on output (138****1234) */
  phone: InputMaybe<Scalars['String']['input']>;
  /** 登记社会组织 / Registered by (social group). Set for people a partner social organization registered */
  registeredByGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 登记单位 / Registered by. The organization whose subtree this person's record belongs to */
  registeredById: InputMaybe<Scalars['ID']['input']>;
  /** 工会关系所在 / Union organization */
  unionOrganizationId: InputMaybe<Scalars['ID']['input']>;
};

export type BeneficiaryWhere = {
  AND: InputMaybe<Array<BeneficiaryWhere>>;
  NOT: InputMaybe<BeneficiaryWhere>;
  OR: InputMaybe<Array<BeneficiaryWhere>>;
  birthDate: InputMaybe<DateFilter>;
  categories: InputMaybe<BeneficiaryCategoryListFilter>;
  consents: InputMaybe<ConsentListRelationFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  employer: InputMaybe<StringFilter>;
  enrollments: InputMaybe<EnrollmentListRelationFilter>;
  gender: InputMaybe<GenderFilter>;
  guardians: InputMaybe<GuardianshipListRelationFilter>;
  /** Filter on homeCommunity */
  homeCommunity: InputMaybe<OrganizationWhere>;
  homeCommunityId: InputMaybe<IdFilter>;
  id: InputMaybe<IdFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on registeredBy */
  registeredBy: InputMaybe<OrganizationWhere>;
  /** Filter on registeredByGroup */
  registeredByGroup: InputMaybe<SocialGroupWhere>;
  registeredByGroupId: InputMaybe<IdFilter>;
  registeredById: InputMaybe<IdFilter>;
  serviceRecords: InputMaybe<ServiceRecordListRelationFilter>;
  /** Filter on unionOrganization */
  unionOrganization: InputMaybe<OrganizationWhere>;
  unionOrganizationId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  wards: InputMaybe<GuardianshipListRelationFilter>;
};

export type BooleanFilter = {
  equals: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
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
  equals: InputMaybe<CareType>;
  in: InputMaybe<Array<CareType>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<CareType>>;
};

/** 班级出勤情况 */
export type ClassAttendance = {
  /** Enrollments under the threshold */
  belowThresholdCount: Scalars['Int']['output'];
  /** HELD sessions (场次) */
  heldSessions: Scalars['Int']['output'];
  /** PRESENT or LATE rows on HELD sessions (人次) */
  personTimes: Scalars['Int']['output'];
  /** Σ attended / Σ (counted − excused) over the enrollments */
  rateBp: Maybe<Scalars['Int']['output']>;
  thresholdBp: Scalars['Int']['output'];
};

/** 课次 / Class session */
export type ClassSession = {
  /** 考勤 / Attendance records */
  attendanceRecords: Array<Attendance>;
  attendanceRecordsCount: Scalars['Int']['output'];
  /** 考勤核验时间 / Attendance verified at. Set by verifySessionAttendance; settlement counts verified sessions only */
  attendanceVerifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** 核验人 / Verified by */
  attendanceVerifiedBy: Maybe<User>;
  /** 核验人 / Verified by */
  attendanceVerifiedById: Maybe<Scalars['ID']['output']>;
  /** 取消原因 / Cancel reason. Set by cancelClassSession */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** 取消时间 / Cancelled at */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** 班级 / Class */
  classId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 日期 / Date */
  date: Scalars['LocalDate']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 结束时间 / Ends at. After the start time */
  endsAt: Scalars['LocalTime']['output'];
  id: Scalars['ID']['output'];
  /** 形式 / Kind */
  kind: Maybe<SessionKind>;
  /** 班级 / Class */
  serviceClass: Maybe<ServiceClass>;
  /** 开始时间 / Starts at */
  startsAt: Scalars['LocalTime']['output'];
  /** 状态 / Status. SCHEDULED when created; HELD set by the database with the first attendance row; CANCELLED by cancelClassSession */
  status: Maybe<SessionStatus>;
  /** 主题 / Topic. e.g. 参观劳模工匠馆 */
  topic: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** 课次 / Class session */
export type ClassSessionAttendanceRecordsArgs = {
  orderBy: InputMaybe<Array<AttendanceOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AttendanceWhere>;
};


/** 课次 / Class session */
export type ClassSessionAttendanceRecordsCountArgs = {
  where: InputMaybe<AttendanceWhere>;
};

export type ClassSessionConnection = {
  edges: Array<ClassSessionEdge>;
  nodes: Array<ClassSession>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClassSessionCreateInput = {
  /** 班级 / Class */
  classId: Scalars['ID']['input'];
  /** 日期 / Date */
  date: Scalars['LocalDate']['input'];
  /** 结束时间 / Ends at. After the start time */
  endsAt: Scalars['LocalTime']['input'];
  /** 形式 / Kind */
  kind: InputMaybe<SessionKind>;
  /** 开始时间 / Starts at */
  startsAt: Scalars['LocalTime']['input'];
  /** 主题 / Topic. e.g. 参观劳模工匠馆 */
  topic: InputMaybe<Scalars['String']['input']>;
};

export type ClassSessionEdge = {
  cursor: Scalars['String']['output'];
  node: ClassSession;
};

export type ClassSessionListRelationFilter = {
  every: InputMaybe<ClassSessionWhere>;
  none: InputMaybe<ClassSessionWhere>;
  some: InputMaybe<ClassSessionWhere>;
};

export type ClassSessionOrderBy = {
  attendanceVerifiedAt: InputMaybe<SortOrder>;
  cancelledAt: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  date: InputMaybe<SortOrder>;
  endsAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  startsAt: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ClassSessionUpdateInput = {
  /** 班级 / Class */
  classId: InputMaybe<Scalars['ID']['input']>;
  /** 日期 / Date */
  date: InputMaybe<Scalars['LocalDate']['input']>;
  /** 结束时间 / Ends at. After the start time */
  endsAt: InputMaybe<Scalars['LocalTime']['input']>;
  /** 形式 / Kind */
  kind: InputMaybe<SessionKind>;
  /** 开始时间 / Starts at */
  startsAt: InputMaybe<Scalars['LocalTime']['input']>;
  /** 主题 / Topic. e.g. 参观劳模工匠馆 */
  topic: InputMaybe<Scalars['String']['input']>;
};

export type ClassSessionWhere = {
  AND: InputMaybe<Array<ClassSessionWhere>>;
  NOT: InputMaybe<ClassSessionWhere>;
  OR: InputMaybe<Array<ClassSessionWhere>>;
  attendanceRecords: InputMaybe<AttendanceListRelationFilter>;
  attendanceVerifiedAt: InputMaybe<DateTimeFilter>;
  /** Filter on attendanceVerifiedBy */
  attendanceVerifiedBy: InputMaybe<UserWhere>;
  attendanceVerifiedById: InputMaybe<IdFilter>;
  cancelledAt: InputMaybe<DateTimeFilter>;
  classId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  date: InputMaybe<DateFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<SessionKindFilter>;
  /** Filter on serviceClass */
  serviceClass: InputMaybe<ServiceClassWhere>;
  status: InputMaybe<SessionStatusFilter>;
  topic: InputMaybe<StringFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type ClassStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已截止 (Closed) */
  | 'CLOSED'
  /** 招生中 (Open) */
  | 'OPEN';

export type ClassStatusFilter = {
  equals: InputMaybe<ClassStatus>;
  in: InputMaybe<Array<ClassStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ClassStatus>>;
};

/** 知情同意 / Consent */
export type Consent = {
  /** 服务对象 / Beneficiary */
  beneficiary: Maybe<Beneficiary>;
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 同意时间 / Given at */
  givenAt: Scalars['DateTime']['output'];
  /** 同意人 / Given by */
  givenBy: Maybe<Beneficiary>;
  /** 同意人 / Given by */
  givenById: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 告知书版本 / Notice version */
  noticeVersion: Scalars['String']['output'];
  /** 用途 / Purpose */
  purpose: ConsentPurpose;
  /** 与服务对象关系 / Relation */
  relation: Maybe<GuardianRelation>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 撤回时间 / Withdrawn at. Not before the time consent was given */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

export type ConsentConnection = {
  edges: Array<ConsentEdge>;
  nodes: Array<Consent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConsentCreateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['input'];
  /** 同意时间 / Given at */
  givenAt: Scalars['DateTime']['input'];
  /** 同意人 / Given by. The guardian who consented for a child under 14 */
  givenById: InputMaybe<Scalars['ID']['input']>;
  /** 告知书版本 / Notice version */
  noticeVersion: Scalars['String']['input'];
  /** 用途 / Purpose */
  purpose: ConsentPurpose;
  /** 与服务对象关系 / Relation */
  relation: InputMaybe<GuardianRelation>;
  /** 撤回时间 / Withdrawn at. Not before the time consent was given */
  withdrawnAt: InputMaybe<Scalars['DateTime']['input']>;
};

export type ConsentEdge = {
  cursor: Scalars['String']['output'];
  node: Consent;
};

export type ConsentListRelationFilter = {
  every: InputMaybe<ConsentWhere>;
  none: InputMaybe<ConsentWhere>;
  some: InputMaybe<ConsentWhere>;
};

export type ConsentOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  givenAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  purpose: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
  withdrawnAt: InputMaybe<SortOrder>;
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
  equals: InputMaybe<ConsentPurpose>;
  in: InputMaybe<Array<ConsentPurpose>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ConsentPurpose>>;
};

export type ConsentUpdateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: InputMaybe<Scalars['ID']['input']>;
  /** 同意时间 / Given at */
  givenAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 同意人 / Given by. The guardian who consented for a child under 14 */
  givenById: InputMaybe<Scalars['ID']['input']>;
  /** 告知书版本 / Notice version */
  noticeVersion: InputMaybe<Scalars['String']['input']>;
  /** 用途 / Purpose */
  purpose: InputMaybe<ConsentPurpose>;
  /** 与服务对象关系 / Relation */
  relation: InputMaybe<GuardianRelation>;
  /** 撤回时间 / Withdrawn at. Not before the time consent was given */
  withdrawnAt: InputMaybe<Scalars['DateTime']['input']>;
};

export type ConsentWhere = {
  AND: InputMaybe<Array<ConsentWhere>>;
  NOT: InputMaybe<ConsentWhere>;
  OR: InputMaybe<Array<ConsentWhere>>;
  /** Filter on beneficiary */
  beneficiary: InputMaybe<BeneficiaryWhere>;
  beneficiaryId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  givenAt: InputMaybe<DateTimeFilter>;
  /** Filter on givenBy */
  givenBy: InputMaybe<BeneficiaryWhere>;
  givenById: InputMaybe<IdFilter>;
  id: InputMaybe<IdFilter>;
  noticeVersion: InputMaybe<StringFilter>;
  purpose: InputMaybe<ConsentPurposeFilter>;
  relation: InputMaybe<GuardianRelationFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  withdrawnAt: InputMaybe<DateTimeFilter>;
};

export type CorrectionAction =
  /** 取消资格 (Exclude) */
  | 'EXCLUDE'
  /** 恢复申请 (Reinstate) */
  | 'REINSTATE'
  /** 更正优先级 (Change tier) */
  | 'RETIER';

export type DateFilter = {
  equals: InputMaybe<Scalars['LocalDate']['input']>;
  gt: InputMaybe<Scalars['LocalDate']['input']>;
  gte: InputMaybe<Scalars['LocalDate']['input']>;
  in: InputMaybe<Array<Scalars['LocalDate']['input']>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  lt: InputMaybe<Scalars['LocalDate']['input']>;
  lte: InputMaybe<Scalars['LocalDate']['input']>;
  notIn: InputMaybe<Array<Scalars['LocalDate']['input']>>;
};

export type DateTimeFilter = {
  equals: InputMaybe<Scalars['DateTime']['input']>;
  gt: InputMaybe<Scalars['DateTime']['input']>;
  gte: InputMaybe<Scalars['DateTime']['input']>;
  in: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  lt: InputMaybe<Scalars['DateTime']['input']>;
  lte: InputMaybe<Scalars['DateTime']['input']>;
  notIn: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** 报名 / Enrollment */
export type Enrollment = {
  /** 申请人 / Applicant */
  applicant: Maybe<Beneficiary>;
  /** 申请人 / Applicant */
  applicantId: Maybe<Scalars['ID']['output']>;
  /** 考勤 / Attendance records */
  attendanceRecords: Array<Attendance>;
  attendanceRecordsCount: Scalars['Int']['output'];
  /** 出勤情况 (one statement per page) */
  attendanceSummary: EnrollmentAttendance;
  /** 服务对象 / Beneficiary */
  beneficiary: Maybe<Beneficiary>;
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['output'];
  /** 班级 / Class */
  classId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 预约天数 / Days booked */
  daysBooked: Maybe<Scalars['Int']['output']>;
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 报名时间 / Enrolled at */
  enrolledAt: Maybe<Scalars['DateTime']['output']>;
  /** 费用 / Fee. subsidyFen + payableFen */
  feeFen: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 幂等键 / Idempotency key. A retried request with the same key returns the first enrollment instead of enrolling twice */
  idempotencyKey: Maybe<Scalars['String']['output']>;
  /** 自付金额 / Payable */
  payableFen: Maybe<Scalars['Int']['output']>;
  /** 班级 / Class */
  serviceClass: Maybe<ServiceClass>;
  /** 状态 / Status */
  status: Maybe<EnrollmentStatus>;
  /** 补贴金额 / Subsidy */
  subsidyFen: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 候补顺位 / Waiting-list position */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
  /** 退出时间 / Withdrawn at */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};


/** 报名 / Enrollment */
export type EnrollmentAttendanceRecordsArgs = {
  orderBy: InputMaybe<Array<AttendanceOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AttendanceWhere>;
};


/** 报名 / Enrollment */
export type EnrollmentAttendanceRecordsCountArgs = {
  where: InputMaybe<AttendanceWhere>;
};

/** 出勤情况: counted = HELD sessions of the class from enrollment to withdrawal, plus any HELD session with a row; rate = (PRESENT + LATE) / (counted − EXCUSED) */
export type EnrollmentAttendance = {
  /** ABSENT, or a counted session without a row */
  absent: Scalars['Int']['output'];
  /** PRESENT or LATE (出勤) */
  attended: Scalars['Int']['output'];
  /** Under thresholdBp (70%): some unions bar such an enrollment from the next period */
  belowThreshold: Scalars['Boolean']['output'];
  /** Sessions that count (应出勤课次) */
  counted: Scalars['Int']['output'];
  excused: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  /** Basis points, rounded down; null when nothing counts */
  rateBp: Maybe<Scalars['Int']['output']>;
};

export type EnrollmentConnection = {
  edges: Array<EnrollmentEdge>;
  nodes: Array<Enrollment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnrollmentEdge = {
  cursor: Scalars['String']['output'];
  node: Enrollment;
};

export type EnrollmentListRelationFilter = {
  every: InputMaybe<EnrollmentWhere>;
  none: InputMaybe<EnrollmentWhere>;
  some: InputMaybe<EnrollmentWhere>;
};

export type EnrollmentOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  daysBooked: InputMaybe<SortOrder>;
  enrolledAt: InputMaybe<SortOrder>;
  feeFen: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  payableFen: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  subsidyFen: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
  waitlistPosition: InputMaybe<SortOrder>;
  withdrawnAt: InputMaybe<SortOrder>;
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
  equals: InputMaybe<EnrollmentStatus>;
  in: InputMaybe<Array<EnrollmentStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<EnrollmentStatus>>;
};

export type EnrollmentUpdateInput = {
  /** 申请人 / Applicant. e.g. the parent of a child */
  applicantId: InputMaybe<Scalars['ID']['input']>;
  /** 预约天数 / Days booked */
  daysBooked: InputMaybe<Scalars['Int']['input']>;
};

export type EnrollmentWhere = {
  AND: InputMaybe<Array<EnrollmentWhere>>;
  NOT: InputMaybe<EnrollmentWhere>;
  OR: InputMaybe<Array<EnrollmentWhere>>;
  /** Filter on applicant */
  applicant: InputMaybe<BeneficiaryWhere>;
  applicantId: InputMaybe<IdFilter>;
  attendanceRecords: InputMaybe<AttendanceListRelationFilter>;
  /** Filter on beneficiary */
  beneficiary: InputMaybe<BeneficiaryWhere>;
  beneficiaryId: InputMaybe<IdFilter>;
  classId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  enrolledAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  /** Filter on serviceClass */
  serviceClass: InputMaybe<ServiceClassWhere>;
  status: InputMaybe<EnrollmentStatusFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  withdrawnAt: InputMaybe<DateTimeFilter>;
};

/** 评估 / Evaluation */
export type Evaluation = {
  /** 评估意见 / Comment */
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 评估日期 / Evaluated on */
  evaluatedOn: Scalars['LocalDate']['output'];
  /** 评估单位 / Evaluator */
  evaluatorOrganization: Maybe<Organization>;
  /** 评估单位 / Evaluator */
  evaluatorOrganizationId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 评估类型 / Kind */
  kind: EvaluationKind;
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  /** 满意度 / Satisfaction. Basis points, 10000 = 100% */
  satisfactionBp: Maybe<Scalars['Int']['output']>;
  /** 评估得分 / Score */
  score: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type EvaluationConnection = {
  edges: Array<EvaluationEdge>;
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationCreateInput = {
  /** 评估意见 / Comment */
  comment: InputMaybe<Scalars['String']['input']>;
  /** 评估日期 / Evaluated on */
  evaluatedOn: Scalars['LocalDate']['input'];
  /** 评估单位 / Evaluator */
  evaluatorOrganizationId: InputMaybe<Scalars['ID']['input']>;
  /** 评估类型 / Kind */
  kind: EvaluationKind;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['input'];
  /** 满意度 / Satisfaction. Basis points, 10000 = 100% */
  satisfactionBp: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 / Score */
  score: Scalars['Int']['input'];
};

export type EvaluationEdge = {
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type EvaluationKind =
  /** 结项评估 (Final) */
  | 'FINAL'
  /** 中期评估 (Midterm) */
  | 'MIDTERM'
  /** 定期评估 (Periodic) */
  | 'PERIODIC';

export type EvaluationKindFilter = {
  equals: InputMaybe<EvaluationKind>;
  in: InputMaybe<Array<EvaluationKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<EvaluationKind>>;
};

export type EvaluationListRelationFilter = {
  every: InputMaybe<EvaluationWhere>;
  none: InputMaybe<EvaluationWhere>;
  some: InputMaybe<EvaluationWhere>;
};

export type EvaluationOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  evaluatedOn: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  satisfactionBp: InputMaybe<SortOrder>;
  score: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

/** 评估汇总: over the evaluations the caller may see */
export type EvaluationSummary = {
  /** Mean satisfaction in basis points, rounded down */
  averageSatisfactionBp: Maybe<Scalars['Int']['output']>;
  /** Mean score 0–100, to one decimal; null when none */
  averageScore: Maybe<Scalars['Float']['output']>;
  /** Number of evaluations (评估次数) */
  count: Scalars['Int']['output'];
  lastEvaluatedOn: Maybe<Scalars['LocalDate']['output']>;
};

export type EvaluationUpdateInput = {
  /** 评估意见 / Comment */
  comment: InputMaybe<Scalars['String']['input']>;
  /** 评估日期 / Evaluated on */
  evaluatedOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** 评估单位 / Evaluator */
  evaluatorOrganizationId: InputMaybe<Scalars['ID']['input']>;
  /** 评估类型 / Kind */
  kind: InputMaybe<EvaluationKind>;
  /** 服务项目 / Project */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 满意度 / Satisfaction. Basis points, 10000 = 100% */
  satisfactionBp: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 / Score */
  score: InputMaybe<Scalars['Int']['input']>;
};

export type EvaluationWhere = {
  AND: InputMaybe<Array<EvaluationWhere>>;
  NOT: InputMaybe<EvaluationWhere>;
  OR: InputMaybe<Array<EvaluationWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  evaluatedOn: InputMaybe<DateFilter>;
  /** Filter on evaluatorOrganization */
  evaluatorOrganization: InputMaybe<OrganizationWhere>;
  evaluatorOrganizationId: InputMaybe<IdFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<EvaluationKindFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  satisfactionBp: InputMaybe<IntFilter>;
  score: InputMaybe<IntFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type Gender =
  /** 女 (Female) */
  | 'FEMALE'
  /** 男 (Male) */
  | 'MALE';

export type GenderFilter = {
  equals: InputMaybe<Gender>;
  in: InputMaybe<Array<Gender>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<Gender>>;
};

/** 生成课次的一行 / One session of a generation */
export type GeneratedSession = {
  /** Live attendance records of the session */
  attendanceCount: Scalars['Int']['output'];
  date: Scalars['LocalDate']['output'];
  endsAt: Scalars['LocalTime']['output'];
  /** Null for a new session in a preview */
  sessionId: Maybe<Scalars['ID']['output']>;
  startsAt: Scalars['LocalTime']['output'];
  state: GeneratedSessionState;
  /** The session’s status; null for a new one in a preview */
  status: Maybe<SessionStatus>;
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
  equals: InputMaybe<GuardianRelation>;
  in: InputMaybe<Array<GuardianRelation>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<GuardianRelation>>;
};

/** 监护关系 / Guardianship */
export type Guardianship = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 监护人 / Guardian */
  guardian: Maybe<Beneficiary>;
  /** 监护人 / Guardian */
  guardianId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 主要监护人 / Primary guardian */
  isPrimary: Maybe<Scalars['Boolean']['output']>;
  /** 可接送 / May pick up */
  mayPickUp: Maybe<Scalars['Boolean']['output']>;
  /** 关系 / Relation */
  relation: GuardianRelation;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 被监护人 / Ward */
  ward: Maybe<Beneficiary>;
  /** 被监护人 / Ward */
  wardId: Scalars['ID']['output'];
};

export type GuardianshipConnection = {
  edges: Array<GuardianshipEdge>;
  nodes: Array<Guardianship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GuardianshipCreateInput = {
  /** 监护人 / Guardian */
  guardianId: Scalars['ID']['input'];
  /** 主要监护人 / Primary guardian */
  isPrimary: InputMaybe<Scalars['Boolean']['input']>;
  /** 可接送 / May pick up */
  mayPickUp: InputMaybe<Scalars['Boolean']['input']>;
  /** 关系 / Relation */
  relation: GuardianRelation;
  /** 被监护人 / Ward. Not the guardian; one guardianship per pair */
  wardId: Scalars['ID']['input'];
};

export type GuardianshipEdge = {
  cursor: Scalars['String']['output'];
  node: Guardianship;
};

export type GuardianshipListRelationFilter = {
  every: InputMaybe<GuardianshipWhere>;
  none: InputMaybe<GuardianshipWhere>;
  some: InputMaybe<GuardianshipWhere>;
};

export type GuardianshipOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  relation: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type GuardianshipUpdateInput = {
  /** 监护人 / Guardian */
  guardianId: InputMaybe<Scalars['ID']['input']>;
  /** 主要监护人 / Primary guardian */
  isPrimary: InputMaybe<Scalars['Boolean']['input']>;
  /** 可接送 / May pick up */
  mayPickUp: InputMaybe<Scalars['Boolean']['input']>;
  /** 关系 / Relation */
  relation: InputMaybe<GuardianRelation>;
  /** 被监护人 / Ward. Not the guardian; one guardianship per pair */
  wardId: InputMaybe<Scalars['ID']['input']>;
};

export type GuardianshipWhere = {
  AND: InputMaybe<Array<GuardianshipWhere>>;
  NOT: InputMaybe<GuardianshipWhere>;
  OR: InputMaybe<Array<GuardianshipWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  /** Filter on guardian */
  guardian: InputMaybe<BeneficiaryWhere>;
  guardianId: InputMaybe<IdFilter>;
  id: InputMaybe<IdFilter>;
  isPrimary: InputMaybe<BooleanFilter>;
  mayPickUp: InputMaybe<BooleanFilter>;
  relation: InputMaybe<GuardianRelationFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  /** Filter on ward */
  ward: InputMaybe<BeneficiaryWhere>;
  wardId: InputMaybe<IdFilter>;
};

export type IdFilter = {
  equals: InputMaybe<Scalars['ID']['input']>;
  in: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type IntFilter = {
  equals: InputMaybe<Scalars['Int']['input']>;
  gt: InputMaybe<Scalars['Int']['input']>;
  gte: InputMaybe<Scalars['Int']['input']>;
  in: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  lt: InputMaybe<Scalars['Int']['input']>;
  lte: InputMaybe<Scalars['Int']['input']>;
  notIn: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type IntListFilter = {
  hasEvery: InputMaybe<Array<Scalars['Int']['input']>>;
  hasSome: InputMaybe<Array<Scalars['Int']['input']>>;
  isEmpty: InputMaybe<Scalars['Boolean']['input']>;
};

/** The signed-in caller */
export type Me = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationId: Maybe<Scalars['ID']['output']>;
  role: UserRole;
  socialGroupId: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

export type Mutation = {
  /** APPROVED → ACTIVE */
  activateServiceProject: ServiceProject;
  /** Applies for a place in a class with an open round: checked as enroll checks (age, guardian consent under 14, the applicant), one application per person and round; not a place until the draw */
  applyForPlace: Application;
  /** SUBMITTED → APPROVED, by staff of the approver organization or a platform admin (else FORBIDDEN). Records decider, time and comment on the step. */
  approveServiceProject: ServiceProject;
  /** A session → CANCELLED with a reason; its attendance is kept. Twice, or once its attendance is verified → CONFLICT */
  cancelClassSession: ClassSession;
  /** Any state but COMPLETED or CANCELLED → CANCELLED; a pending approval step is closed as WITHDRAWN */
  cancelServiceProject: ServiceProject;
  /** Checks a person in (签到): PRESENT, or LATE more than 15 minutes after the session starts */
  checkIn: Attendance;
  /** Checks a person out (签退). A child under 14 must be picked up by a registered guardian with mayPickUp; anyone else is refused with BAD_USER_INPUT on pickedUpById saying why */
  checkOut: Attendance;
  /** OPEN, MATCHED or IN_PROGRESS → CLOSED; the reason is required */
  closeNeedRequest: NeedRequest;
  /** ACTIVE → COMPLETED */
  completeServiceProject: ServiceProject;
  /** Confirms (确认) a drawn round once its notice period is over and no objection is open: status CONFIRMED, and one ROUND_RESULT message per drawn application queued in the notification outbox. Otherwise CONFLICT */
  confirmApplicationRound: ApplicationRound;
  /** Corrects (更正) a drawn round after an upheld objection: the changes are applied to the list, the draw is run again with the same seed and places, only the applications whose outcome changed are moved, and the correction is published on the notice with a new notice period. Once per objection; otherwise CONFLICT */
  correctApplicationRound: ApplicationRound;
  /** A key for a social organization or an organization */
  createApiKey: ApiKeyWithSecret;
  createAttendance: Attendance;
  /** All or nothing */
  createAttendanceRecords: Array<Attendance>;
  /** All or nothing */
  createBeneficiaries: Array<Beneficiary>;
  createBeneficiary: Beneficiary;
  createClassSession: ClassSession;
  /** All or nothing */
  createClassSessions: Array<ClassSession>;
  createConsent: Consent;
  /** All or nothing */
  createConsents: Array<Consent>;
  createEvaluation: Evaluation;
  /** All or nothing */
  createEvaluations: Array<Evaluation>;
  createGuardianship: Guardianship;
  /** All or nothing */
  createGuardianships: Array<Guardianship>;
  createNeedRequest: NeedRequest;
  /** All or nothing */
  createNeedRequests: Array<NeedRequest>;
  createOrganization: Organization;
  /** All or nothing */
  createOrganizations: Array<Organization>;
  createPartnership: Partnership;
  /** All or nothing */
  createPartnerships: Array<Partnership>;
  createProjectPartner: ProjectPartner;
  /** All or nothing */
  createProjectPartners: Array<ProjectPartner>;
  createServiceClass: ServiceClass;
  /** All or nothing */
  createServiceClasses: Array<ServiceClass>;
  createServiceProject: ServiceProject;
  /** All or nothing */
  createServiceProjects: Array<ServiceProject>;
  createServiceRecord: ServiceRecord;
  /** All or nothing */
  createServiceRecords: Array<ServiceRecord>;
  createSocialGroup: SocialGroup;
  /** All or nothing */
  createSocialGroups: Array<SocialGroup>;
  /** All or nothing */
  createSubsidyPolicies: Array<SubsidyPolicy>;
  createSubsidyPolicy: SubsidyPolicy;
  createUser: User;
  /** All or nothing */
  createUsers: Array<User>;
  createVenue: Venue;
  /** All or nothing */
  createVenues: Array<Venue>;
  /** Soft delete */
  deleteAttendance: Attendance;
  /** Soft delete; all or nothing */
  deleteAttendanceRecords: Array<Attendance>;
  /** Soft delete; all or nothing */
  deleteBeneficiaries: Array<Beneficiary>;
  /** Soft delete */
  deleteBeneficiary: Beneficiary;
  /** Soft delete */
  deleteClassSession: ClassSession;
  /** Soft delete; all or nothing */
  deleteClassSessions: Array<ClassSession>;
  /** Soft delete */
  deleteConsent: Consent;
  /** Soft delete; all or nothing */
  deleteConsents: Array<Consent>;
  /** Soft delete */
  deleteEnrollment: Enrollment;
  /** Soft delete; all or nothing */
  deleteEnrollments: Array<Enrollment>;
  /** Soft delete */
  deleteEvaluation: Evaluation;
  /** Soft delete; all or nothing */
  deleteEvaluations: Array<Evaluation>;
  /** Soft delete */
  deleteGuardianship: Guardianship;
  /** Soft delete; all or nothing */
  deleteGuardianships: Array<Guardianship>;
  /** Soft delete */
  deleteNeedRequest: NeedRequest;
  /** Soft delete; all or nothing */
  deleteNeedRequests: Array<NeedRequest>;
  /** Soft delete */
  deleteOrganization: Organization;
  /** Soft delete; all or nothing */
  deleteOrganizations: Array<Organization>;
  /** Soft delete */
  deletePartnership: Partnership;
  /** Soft delete; all or nothing */
  deletePartnerships: Array<Partnership>;
  /** Soft delete */
  deleteProjectPartner: ProjectPartner;
  /** Soft delete; all or nothing */
  deleteProjectPartners: Array<ProjectPartner>;
  /** Soft delete */
  deleteServiceClass: ServiceClass;
  /** Soft delete; all or nothing */
  deleteServiceClasses: Array<ServiceClass>;
  /** Soft delete */
  deleteServiceProject: ServiceProject;
  /** Soft delete; all or nothing */
  deleteServiceProjects: Array<ServiceProject>;
  /** Soft delete */
  deleteServiceRecord: ServiceRecord;
  /** Soft delete; all or nothing */
  deleteServiceRecords: Array<ServiceRecord>;
  /** Soft delete */
  deleteSocialGroup: SocialGroup;
  /** Soft delete; all or nothing */
  deleteSocialGroups: Array<SocialGroup>;
  /** Soft delete; all or nothing */
  deleteSubsidyPolicies: Array<SubsidyPolicy>;
  /** Soft delete */
  deleteSubsidyPolicy: SubsidyPolicy;
  /** Soft delete */
  deleteUser: User;
  /** Soft delete; all or nothing */
  deleteUsers: Array<User>;
  /** Soft delete */
  deleteVenue: Venue;
  /** Soft delete; all or nothing */
  deleteVenues: Array<Venue>;
  /** Draws the round (摇号), once, at or after its close: winners enrolled, the others waitlisted in draw order. Before the close or a second time: CONFLICT */
  drawApplicationRound: ApplicationRound;
  /** Enrolls a person in an open class, or puts them on its waitlist when it is full (first come, first served). Checks age on the start date, a guardian consent under 14, the applicant, and one live enrollment per person; fee = days × feePerDayFen, subsidy from the project policy rounded down to the fen. The same idempotencyKey returns the first result; with other data it is a CONFLICT. */
  enroll: Enrollment;
  /** IN_PROGRESS → FULFILLED, with an optional note on how it was met */
  fulfillNeedRequest: NeedRequest;
  /** Turns the class schedule (startsOn..endsOn, weekdays, dailyStart–dailyEnd) into sessions, skipping skipDates. preview: true writes nothing. Never duplicates; sessions no longer on the schedule are soft-deleted unless they have attendance. At most 1000 sessions; a cancelled class is refused. */
  generateClassSessions: SessionGeneration;
  /** Imports a roster into a class: checks every row (ID checksum, phone, duplicates in the file and against registered people, required fields, age range, guardian consent under 14). dryRun: reports every row's errors and writes nothing. Otherwise registers and enrolls every row in one transaction, or nothing when any row is wrong (BAD_USER_INPUT with fieldErrors keyed rows.<index>.<field>). At most 2000 rows. */
  importRoster: RosterImportResult;
  /** Sign in with a username and password */
  login: AuthPayload;
  /** Ends the session: the refresh token and all rotated from it stop working */
  logout: Scalars['Boolean']['output'];
  /** OPEN (or MATCHED, to change the project) → MATCHED to a project in scope */
  matchNeedRequest: NeedRequest;
  /** Opens an application round on a class (or several classes of one project, see moreClassIds): applications are collected between opensAt and closesAt and the places drawn by lot after the close. The server draws the seed and publishes only its SHA-256 until the draw */
  openApplicationRound: ApplicationRound;
  /** Saves a session's roster in one transaction: one row per listed enrollment, created or updated (an omitted optional field keeps its value, null clears it). All rows or none; errors keyed `index.field`. */
  recordAttendance: Array<Attendance>;
  /** Records an objection (异议) to a drawn round during its notice period (before noticeEndsAt, database clock), optionally about one of its applications; outside the period: CONFLICT */
  recordRoundObjection: RoundObjection;
  /** A new access token and a new refresh token; the old one stops working */
  refresh: AuthPayload;
  /** SUBMITTED → REJECTED, by the same deciders; the comment is required */
  rejectServiceProject: ServiceProject;
  /** Resolves an open objection as upheld or dismissed, with the resolution; a second time: CONFLICT */
  resolveRoundObjection: RoundObjection;
  restoreAttendance: Attendance;
  restoreBeneficiary: Beneficiary;
  restoreClassSession: ClassSession;
  restoreConsent: Consent;
  restoreEnrollment: Enrollment;
  restoreEvaluation: Evaluation;
  restoreGuardianship: Guardianship;
  restoreNeedRequest: NeedRequest;
  restoreOrganization: Organization;
  restorePartnership: Partnership;
  restoreProjectPartner: ProjectPartner;
  restoreServiceClass: ServiceClass;
  restoreServiceProject: ServiceProject;
  restoreServiceRecord: ServiceRecord;
  restoreSocialGroup: SocialGroup;
  restoreSubsidyPolicy: SubsidyPolicy;
  restoreUser: User;
  restoreVenue: Venue;
  /** The clear value of a masked personal field, for a stated reason; every reveal is audited */
  revealPersonalInfo: Maybe<Scalars['String']['output']>;
  /** REJECTED → DRAFT, to be revised and submitted again */
  reviseServiceProject: ServiceProject;
  /** The key stops working at once */
  revokeApiKey: ApiKey;
  /** Sets a user's password; their sessions end */
  setUserPassword: Scalars['Boolean']['output'];
  /** MATCHED → IN_PROGRESS */
  startNeedRequest: NeedRequest;
  /** DRAFT → SUBMITTED; creates a PENDING approval step for the sponsor’s parent organization (the sponsor itself at the top of the tree), due 7 days after submission. A stale expectedVersion → CONFLICT. */
  submitServiceProject: ServiceProject;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateAttendance: Attendance;
  /** The same change to every listed record; all or nothing */
  updateAttendanceRecords: Array<Attendance>;
  /** The same change to every listed record; all or nothing */
  updateBeneficiaries: Array<Beneficiary>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateBeneficiary: Beneficiary;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateClassSession: ClassSession;
  /** The same change to every listed record; all or nothing */
  updateClassSessions: Array<ClassSession>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateConsent: Consent;
  /** The same change to every listed record; all or nothing */
  updateConsents: Array<Consent>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateEnrollment: Enrollment;
  /** The same change to every listed record; all or nothing */
  updateEnrollments: Array<Enrollment>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateEvaluation: Evaluation;
  /** The same change to every listed record; all or nothing */
  updateEvaluations: Array<Evaluation>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateGuardianship: Guardianship;
  /** The same change to every listed record; all or nothing */
  updateGuardianships: Array<Guardianship>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateNeedRequest: NeedRequest;
  /** The same change to every listed record; all or nothing */
  updateNeedRequests: Array<NeedRequest>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateOrganization: Organization;
  /** The same change to every listed record; all or nothing */
  updateOrganizations: Array<Organization>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updatePartnership: Partnership;
  /** The same change to every listed record; all or nothing */
  updatePartnerships: Array<Partnership>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateProjectPartner: ProjectPartner;
  /** The same change to every listed record; all or nothing */
  updateProjectPartners: Array<ProjectPartner>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateServiceClass: ServiceClass;
  /** The same change to every listed record; all or nothing */
  updateServiceClasses: Array<ServiceClass>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateServiceProject: ServiceProject;
  /** The same change to every listed record; all or nothing */
  updateServiceProjects: Array<ServiceProject>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateServiceRecord: ServiceRecord;
  /** The same change to every listed record; all or nothing */
  updateServiceRecords: Array<ServiceRecord>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateSocialGroup: SocialGroup;
  /** The same change to every listed record; all or nothing */
  updateSocialGroups: Array<SocialGroup>;
  /** The same change to every listed record; all or nothing */
  updateSubsidyPolicies: Array<SubsidyPolicy>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateSubsidyPolicy: SubsidyPolicy;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateUser: User;
  /** The same change to every listed record; all or nothing */
  updateUsers: Array<User>;
  /** A stale expectedVersion → CONFLICT, nothing written */
  updateVenue: Venue;
  /** The same change to every listed record; all or nothing */
  updateVenues: Array<Venue>;
  /** Verifies a HELD session's roster (考勤核验), by the sponsor's staff only; its attendance is then frozen and settlement counts it */
  verifySessionAttendance: ClassSession;
  /** Withdraws an application before its round closes */
  withdrawApplication: Application;
  /** Withdraws an enrollment and gives its place to the head of the waitlist, in one transaction */
  withdrawEnrollment: Enrollment;
};


export type MutationActivateServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyForPlaceArgs = {
  alsoClassIds: InputMaybe<Array<Scalars['ID']['input']>>;
  applicantId: InputMaybe<Scalars['ID']['input']>;
  beneficiaryId: Scalars['ID']['input'];
  classId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
  siblingGroup: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveServiceProjectArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCancelClassSessionArgs = {
  id: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelServiceProjectArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  enrollmentId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationCheckOutArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  enrollmentId: Scalars['ID']['input'];
  pickedUpById: InputMaybe<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationCloseNeedRequestArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCompleteServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmApplicationRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCorrectApplicationRoundArgs = {
  changes: Array<RoundCorrectionChangeInput>;
  objectionId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  data: ApiKeyCreateInput;
};


export type MutationCreateAttendanceArgs = {
  data: AttendanceCreateInput;
};


export type MutationCreateAttendanceRecordsArgs = {
  data: Array<AttendanceCreateInput>;
};


export type MutationCreateBeneficiariesArgs = {
  data: Array<BeneficiaryCreateInput>;
};


export type MutationCreateBeneficiaryArgs = {
  data: BeneficiaryCreateInput;
};


export type MutationCreateClassSessionArgs = {
  data: ClassSessionCreateInput;
};


export type MutationCreateClassSessionsArgs = {
  data: Array<ClassSessionCreateInput>;
};


export type MutationCreateConsentArgs = {
  data: ConsentCreateInput;
};


export type MutationCreateConsentsArgs = {
  data: Array<ConsentCreateInput>;
};


export type MutationCreateEvaluationArgs = {
  data: EvaluationCreateInput;
};


export type MutationCreateEvaluationsArgs = {
  data: Array<EvaluationCreateInput>;
};


export type MutationCreateGuardianshipArgs = {
  data: GuardianshipCreateInput;
};


export type MutationCreateGuardianshipsArgs = {
  data: Array<GuardianshipCreateInput>;
};


export type MutationCreateNeedRequestArgs = {
  data: NeedRequestCreateInput;
};


export type MutationCreateNeedRequestsArgs = {
  data: Array<NeedRequestCreateInput>;
};


export type MutationCreateOrganizationArgs = {
  data: OrganizationCreateInput;
};


export type MutationCreateOrganizationsArgs = {
  data: Array<OrganizationCreateInput>;
};


export type MutationCreatePartnershipArgs = {
  data: PartnershipCreateInput;
};


export type MutationCreatePartnershipsArgs = {
  data: Array<PartnershipCreateInput>;
};


export type MutationCreateProjectPartnerArgs = {
  data: ProjectPartnerCreateInput;
};


export type MutationCreateProjectPartnersArgs = {
  data: Array<ProjectPartnerCreateInput>;
};


export type MutationCreateServiceClassArgs = {
  data: ServiceClassCreateInput;
};


export type MutationCreateServiceClassesArgs = {
  data: Array<ServiceClassCreateInput>;
};


export type MutationCreateServiceProjectArgs = {
  data: ServiceProjectCreateInput;
};


export type MutationCreateServiceProjectsArgs = {
  data: Array<ServiceProjectCreateInput>;
};


export type MutationCreateServiceRecordArgs = {
  data: ServiceRecordCreateInput;
};


export type MutationCreateServiceRecordsArgs = {
  data: Array<ServiceRecordCreateInput>;
};


export type MutationCreateSocialGroupArgs = {
  data: SocialGroupCreateInput;
};


export type MutationCreateSocialGroupsArgs = {
  data: Array<SocialGroupCreateInput>;
};


export type MutationCreateSubsidyPoliciesArgs = {
  data: Array<SubsidyPolicyCreateInput>;
};


export type MutationCreateSubsidyPolicyArgs = {
  data: SubsidyPolicyCreateInput;
};


export type MutationCreateUserArgs = {
  data: UserCreateInput;
};


export type MutationCreateUsersArgs = {
  data: Array<UserCreateInput>;
};


export type MutationCreateVenueArgs = {
  data: VenueCreateInput;
};


export type MutationCreateVenuesArgs = {
  data: Array<VenueCreateInput>;
};


export type MutationDeleteAttendanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAttendanceRecordsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteBeneficiariesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClassSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteClassSessionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteConsentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEnrollmentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEvaluationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteGuardianshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGuardianshipsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteNeedRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNeedRequestsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeletePartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePartnershipsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteProjectPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProjectPartnersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteServiceClassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServiceClassesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServiceProjectsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteServiceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServiceRecordsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteSocialGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSocialGroupsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteSubsidyPoliciesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteSubsidyPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUsersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVenuesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDrawApplicationRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrollArgs = {
  applicantId: InputMaybe<Scalars['ID']['input']>;
  beneficiaryId: Scalars['ID']['input'];
  classId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationFulfillNeedRequestArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationGenerateClassSessionsArgs = {
  classId: Scalars['ID']['input'];
  preview: Scalars['Boolean']['input'];
  skipDates: InputMaybe<Array<Scalars['LocalDate']['input']>>;
};


export type MutationImportRosterArgs = {
  classId: Scalars['ID']['input'];
  dryRun?: Scalars['Boolean']['input'];
  progressKey: InputMaybe<Scalars['String']['input']>;
  rows: Array<RosterRowInput>;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMatchNeedRequestArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationOpenApplicationRoundArgs = {
  classId: Scalars['ID']['input'];
  closesAt: Scalars['DateTime']['input'];
  moreClassIds: InputMaybe<Array<Scalars['ID']['input']>>;
  noticeDays: InputMaybe<Scalars['Int']['input']>;
  opensAt: Scalars['DateTime']['input'];
  places: Scalars['Int']['input'];
  tierRules: InputMaybe<Array<TierRuleInput>>;
};


export type MutationRecordAttendanceArgs = {
  rows: Array<AttendanceRowInput>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordRoundObjectionArgs = {
  applicationId: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRejectServiceProjectArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResolveRoundObjectionArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationRestoreAttendanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreClassSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreGuardianshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNeedRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreProjectPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreServiceClassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreServiceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreSocialGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreSubsidyPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealPersonalInfoArgs = {
  beneficiaryId: Scalars['ID']['input'];
  field: RevealableField;
  reason: Scalars['String']['input'];
};


export type MutationReviseServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetUserPasswordArgs = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationStartNeedRequestArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSubmitServiceProjectArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateAttendanceArgs = {
  data: AttendanceUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateAttendanceRecordsArgs = {
  data: AttendanceUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateBeneficiariesArgs = {
  data: BeneficiaryUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateBeneficiaryArgs = {
  data: BeneficiaryUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateClassSessionArgs = {
  data: ClassSessionUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateClassSessionsArgs = {
  data: ClassSessionUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateConsentArgs = {
  data: ConsentUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateConsentsArgs = {
  data: ConsentUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateEnrollmentArgs = {
  data: EnrollmentUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateEnrollmentsArgs = {
  data: EnrollmentUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateEvaluationArgs = {
  data: EvaluationUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateEvaluationsArgs = {
  data: EvaluationUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateGuardianshipArgs = {
  data: GuardianshipUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateGuardianshipsArgs = {
  data: GuardianshipUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateNeedRequestArgs = {
  data: NeedRequestUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateNeedRequestsArgs = {
  data: NeedRequestUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateOrganizationArgs = {
  data: OrganizationUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationsArgs = {
  data: OrganizationUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdatePartnershipArgs = {
  data: PartnershipUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdatePartnershipsArgs = {
  data: PartnershipUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateProjectPartnerArgs = {
  data: ProjectPartnerUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateProjectPartnersArgs = {
  data: ProjectPartnerUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateServiceClassArgs = {
  data: ServiceClassUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateServiceClassesArgs = {
  data: ServiceClassUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateServiceProjectArgs = {
  data: ServiceProjectUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateServiceProjectsArgs = {
  data: ServiceProjectUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateServiceRecordArgs = {
  data: ServiceRecordUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateServiceRecordsArgs = {
  data: ServiceRecordUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateSocialGroupArgs = {
  data: SocialGroupUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateSocialGroupsArgs = {
  data: SocialGroupUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateSubsidyPoliciesArgs = {
  data: SubsidyPolicyUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateSubsidyPolicyArgs = {
  data: SubsidyPolicyUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateUserArgs = {
  data: UserUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateUsersArgs = {
  data: UserUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationUpdateVenueArgs = {
  data: VenueUpdateInput;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateVenuesArgs = {
  data: VenueUpdateInput;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationVerifySessionAttendanceArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawEnrollmentArgs = {
  id: Scalars['ID']['input'];
};

/** 需求清单 / Need request */
export type NeedRequest = {
  /** 服务对象 / Beneficiary */
  beneficiary: Maybe<Beneficiary>;
  /** 服务对象 / Beneficiary */
  beneficiaryId: Maybe<Scalars['ID']['output']>;
  /** 需求类别 / Category */
  category: ProjectCategory;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 需求描述 / Description */
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 匹配时间 / Matched at */
  matchedAt: Maybe<Scalars['DateTime']['output']>;
  /** 对接项目 / Matched project */
  matchedProject: Maybe<ServiceProject>;
  /** 对接项目 / Matched project */
  matchedProjectId: Maybe<Scalars['ID']['output']>;
  /** 涉及人数 / People affected */
  peopleAffected: Maybe<Scalars['Int']['output']>;
  /** 提出单位 / Raised by */
  raisedBy: Maybe<Organization>;
  /** 提出单位 / Raised by */
  raisedById: Scalars['ID']['output'];
  /** 办结说明 / Resolution */
  resolutionNote: Maybe<Scalars['String']['output']>;
  /** 办结时间 / Resolved at */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** 状态 / Status. Changed by matchNeedRequest, startNeedRequest, fulfillNeedRequest and closeNeedRequest only */
  status: Maybe<NeedStatus>;
  /** 需求标题 / Title */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type NeedRequestConnection = {
  edges: Array<NeedRequestEdge>;
  nodes: Array<NeedRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NeedRequestCreateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: InputMaybe<Scalars['ID']['input']>;
  /** 需求类别 / Category */
  category: ProjectCategory;
  /** 需求描述 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 涉及人数 / People affected */
  peopleAffected: InputMaybe<Scalars['Int']['input']>;
  /** 提出单位 / Raised by */
  raisedById: Scalars['ID']['input'];
  /** 需求标题 / Title */
  title: Scalars['String']['input'];
};

export type NeedRequestEdge = {
  cursor: Scalars['String']['output'];
  node: NeedRequest;
};

export type NeedRequestOrderBy = {
  category: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  matchedAt: InputMaybe<SortOrder>;
  peopleAffected: InputMaybe<SortOrder>;
  resolvedAt: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  title: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type NeedRequestUpdateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: InputMaybe<Scalars['ID']['input']>;
  /** 需求类别 / Category */
  category: InputMaybe<ProjectCategory>;
  /** 需求描述 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 涉及人数 / People affected */
  peopleAffected: InputMaybe<Scalars['Int']['input']>;
  /** 提出单位 / Raised by */
  raisedById: InputMaybe<Scalars['ID']['input']>;
  /** 需求标题 / Title */
  title: InputMaybe<Scalars['String']['input']>;
};

export type NeedRequestWhere = {
  AND: InputMaybe<Array<NeedRequestWhere>>;
  NOT: InputMaybe<NeedRequestWhere>;
  OR: InputMaybe<Array<NeedRequestWhere>>;
  /** Filter on beneficiary */
  beneficiary: InputMaybe<BeneficiaryWhere>;
  beneficiaryId: InputMaybe<IdFilter>;
  category: InputMaybe<ProjectCategoryFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  matchedAt: InputMaybe<DateTimeFilter>;
  /** Filter on matchedProject */
  matchedProject: InputMaybe<ServiceProjectWhere>;
  matchedProjectId: InputMaybe<IdFilter>;
  peopleAffected: InputMaybe<IntFilter>;
  /** Filter on raisedBy */
  raisedBy: InputMaybe<OrganizationWhere>;
  raisedById: InputMaybe<IdFilter>;
  resolvedAt: InputMaybe<DateTimeFilter>;
  status: InputMaybe<NeedStatusFilter>;
  title: InputMaybe<StringFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
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

export type NeedStatusFilter = {
  equals: InputMaybe<NeedStatus>;
  in: InputMaybe<Array<NeedStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<NeedStatus>>;
};

export type ObjectionStatus =
  /** 不成立 (Dismissed) */
  | 'DISMISSED'
  /** 待处理 (Open) */
  | 'OPEN'
  /** 成立 (Upheld) */
  | 'UPHELD';

export type ObjectionStatusFilter = {
  equals: InputMaybe<ObjectionStatus>;
  in: InputMaybe<Array<ObjectionStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ObjectionStatus>>;
};

/** 组织 / Organization */
export type Organization = {
  /** 地址 / Address */
  address: Maybe<Scalars['String']['output']>;
  /** 下级组织 / Child organizations */
  children: Array<Organization>;
  childrenCount: Scalars['Int']['output'];
  /** 联系人 / Contact */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 / Contact phone */
  contactPhone: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: Maybe<Scalars['String']['output']>;
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: OrganizationKind;
  /** 层级 / Level */
  level: OrganizationLevel;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 上级组织 / Parent */
  parent: Maybe<Organization>;
  /** 上级组织 / Parent */
  parentId: Maybe<Scalars['ID']['output']>;
  /** 合作关系 / Partnerships */
  partnerships: Array<Partnership>;
  partnershipsCount: Scalars['Int']['output'];
  /** 层级路径 / Tree path. The ids from the root down to this node, `/rootId/…/id/`; kept by the database. */
  path: Maybe<Scalars['String']['output']>;
  /** 行政区划代码 / Region code */
  regionCode: Maybe<Scalars['String']['output']>;
  /** 简称 / Short name */
  shortName: Maybe<Scalars['String']['output']>;
  /** 主办项目 / Sponsored projects */
  sponsoredProjects: Array<ServiceProject>;
  sponsoredProjectsCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** 场地 / Venues */
  venues: Array<Venue>;
  venuesCount: Scalars['Int']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** 组织 / Organization */
export type OrganizationChildrenArgs = {
  orderBy: InputMaybe<Array<OrganizationOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<OrganizationWhere>;
};


/** 组织 / Organization */
export type OrganizationChildrenCountArgs = {
  where: InputMaybe<OrganizationWhere>;
};


/** 组织 / Organization */
export type OrganizationPartnershipsArgs = {
  orderBy: InputMaybe<Array<PartnershipOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<PartnershipWhere>;
};


/** 组织 / Organization */
export type OrganizationPartnershipsCountArgs = {
  where: InputMaybe<PartnershipWhere>;
};


/** 组织 / Organization */
export type OrganizationSponsoredProjectsArgs = {
  orderBy: InputMaybe<Array<ServiceProjectOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


/** 组织 / Organization */
export type OrganizationSponsoredProjectsCountArgs = {
  where: InputMaybe<ServiceProjectWhere>;
};


/** 组织 / Organization */
export type OrganizationVenuesArgs = {
  orderBy: InputMaybe<Array<VenueOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<VenueWhere>;
};


/** 组织 / Organization */
export type OrganizationVenuesCountArgs = {
  where: InputMaybe<VenueWhere>;
};

export type OrganizationConnection = {
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationCreateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 联系人 / Contact */
  contactName: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Contact phone */
  contactPhone: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kind */
  kind: OrganizationKind;
  /** 层级 / Level */
  level: OrganizationLevel;
  /** 名称 / Name */
  name: Scalars['String']['input'];
  /** 上级组织 / Parent */
  parentId: InputMaybe<Scalars['ID']['input']>;
  /** 行政区划代码 / Region code */
  regionCode: InputMaybe<Scalars['String']['input']>;
  /** 简称 / Short name */
  shortName: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationEdge = {
  cursor: Scalars['String']['output'];
  node: Organization;
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
  equals: InputMaybe<OrganizationKind>;
  in: InputMaybe<Array<OrganizationKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<OrganizationKind>>;
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
  equals: InputMaybe<OrganizationLevel>;
  in: InputMaybe<Array<OrganizationLevel>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<OrganizationLevel>>;
};

export type OrganizationListRelationFilter = {
  every: InputMaybe<OrganizationWhere>;
  none: InputMaybe<OrganizationWhere>;
  some: InputMaybe<OrganizationWhere>;
};

export type OrganizationOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  level: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  regionCode: InputMaybe<SortOrder>;
  shortName: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type OrganizationUpdateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 联系人 / Contact */
  contactName: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Contact phone */
  contactPhone: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: InputMaybe<Scalars['String']['input']>;
  /** 类型 / Kind */
  kind: InputMaybe<OrganizationKind>;
  /** 层级 / Level */
  level: InputMaybe<OrganizationLevel>;
  /** 名称 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 上级组织 / Parent */
  parentId: InputMaybe<Scalars['ID']['input']>;
  /** 行政区划代码 / Region code */
  regionCode: InputMaybe<Scalars['String']['input']>;
  /** 简称 / Short name */
  shortName: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationWhere = {
  AND: InputMaybe<Array<OrganizationWhere>>;
  NOT: InputMaybe<OrganizationWhere>;
  OR: InputMaybe<Array<OrganizationWhere>>;
  children: InputMaybe<OrganizationListRelationFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  creditCode: InputMaybe<StringFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<OrganizationKindFilter>;
  level: InputMaybe<OrganizationLevelFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on parent */
  parent: InputMaybe<OrganizationWhere>;
  parentId: InputMaybe<IdFilter>;
  partnerships: InputMaybe<PartnershipListRelationFilter>;
  path: InputMaybe<StringFilter>;
  regionCode: InputMaybe<StringFilter>;
  shortName: InputMaybe<StringFilter>;
  sponsoredProjects: InputMaybe<ServiceProjectListRelationFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  venues: InputMaybe<VenueListRelationFilter>;
};

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
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
  equals: InputMaybe<PartnerRole>;
  in: InputMaybe<Array<PartnerRole>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<PartnerRole>>;
};

/** 合作关系 / Partnership */
export type Partnership = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 服务优惠比例 / Discount. Basis points, 10000 = 100% */
  discountBp: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 合作方式 / Kind */
  kind: PartnershipKind;
  /** 备注 / Note */
  note: Maybe<Scalars['String']['output']>;
  /** 组织 / Organization */
  organization: Maybe<Organization>;
  /** 组织 / Organization */
  organizationId: Scalars['ID']['output'];
  /** 开始日期 / Since */
  since: Scalars['LocalDate']['output'];
  /** 社会组织 / Social organization */
  socialGroup: Maybe<SocialGroup>;
  /** 社会组织 / Social organization */
  socialGroupId: Scalars['ID']['output'];
  /** 状态 / Status */
  status: Maybe<PartnershipStatus>;
  /** 结束日期 / Until. On or after the start date */
  until: Maybe<Scalars['LocalDate']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type PartnershipConnection = {
  edges: Array<PartnershipEdge>;
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipCreateInput = {
  /** 服务优惠比例 / Discount. Basis points, 10000 = 100% */
  discountBp: InputMaybe<Scalars['Int']['input']>;
  /** 合作方式 / Kind */
  kind: PartnershipKind;
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 组织 / Organization */
  organizationId: Scalars['ID']['input'];
  /** 开始日期 / Since */
  since: Scalars['LocalDate']['input'];
  /** 社会组织 / Social organization */
  socialGroupId: Scalars['ID']['input'];
  /** 状态 / Status */
  status: InputMaybe<PartnershipStatus>;
  /** 结束日期 / Until. On or after the start date */
  until: InputMaybe<Scalars['LocalDate']['input']>;
};

export type PartnershipEdge = {
  cursor: Scalars['String']['output'];
  node: Partnership;
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
  equals: InputMaybe<PartnershipKind>;
  in: InputMaybe<Array<PartnershipKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<PartnershipKind>>;
};

export type PartnershipListRelationFilter = {
  every: InputMaybe<PartnershipWhere>;
  none: InputMaybe<PartnershipWhere>;
  some: InputMaybe<PartnershipWhere>;
};

export type PartnershipOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  since: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  until: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type PartnershipStatus =
  /** 合作中 (Active) */
  | 'ACTIVE'
  /** 已终止 (Ended) */
  | 'ENDED'
  /** 已暂停 (Suspended) */
  | 'SUSPENDED';

export type PartnershipStatusFilter = {
  equals: InputMaybe<PartnershipStatus>;
  in: InputMaybe<Array<PartnershipStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<PartnershipStatus>>;
};

export type PartnershipUpdateInput = {
  /** 服务优惠比例 / Discount. Basis points, 10000 = 100% */
  discountBp: InputMaybe<Scalars['Int']['input']>;
  /** 合作方式 / Kind */
  kind: InputMaybe<PartnershipKind>;
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 组织 / Organization */
  organizationId: InputMaybe<Scalars['ID']['input']>;
  /** 开始日期 / Since */
  since: InputMaybe<Scalars['LocalDate']['input']>;
  /** 社会组织 / Social organization */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 状态 / Status */
  status: InputMaybe<PartnershipStatus>;
  /** 结束日期 / Until. On or after the start date */
  until: InputMaybe<Scalars['LocalDate']['input']>;
};

export type PartnershipWhere = {
  AND: InputMaybe<Array<PartnershipWhere>>;
  NOT: InputMaybe<PartnershipWhere>;
  OR: InputMaybe<Array<PartnershipWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<PartnershipKindFilter>;
  /** Filter on organization */
  organization: InputMaybe<OrganizationWhere>;
  organizationId: InputMaybe<IdFilter>;
  since: InputMaybe<DateFilter>;
  /** Filter on socialGroup */
  socialGroup: InputMaybe<SocialGroupWhere>;
  socialGroupId: InputMaybe<IdFilter>;
  status: InputMaybe<PartnershipStatusFilter>;
  until: InputMaybe<DateFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
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
  equals: InputMaybe<ProjectCategory>;
  in: InputMaybe<Array<ProjectCategory>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ProjectCategory>>;
};

/** 项目合作方 / Project partner */
export type ProjectPartner = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 备注 / Note */
  note: Maybe<Scalars['String']['output']>;
  /** 合作组织 / Organization */
  organization: Maybe<Organization>;
  /** 合作组织 / Organization */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  /** 合作角色 / Role */
  role: PartnerRole;
  /** 合作社会组织 / Social organization */
  socialGroup: Maybe<SocialGroup>;
  /** 合作社会组织 / Social organization */
  socialGroupId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type ProjectPartnerConnection = {
  edges: Array<ProjectPartnerEdge>;
  nodes: Array<ProjectPartner>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectPartnerCreateInput = {
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 合作组织 / Organization. Exactly one of organizationId and socialGroupId */
  organizationId: InputMaybe<Scalars['ID']['input']>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['input'];
  /** 合作角色 / Role */
  role: PartnerRole;
  /** 合作社会组织 / Social organization. Exactly one of organizationId and socialGroupId */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
};

export type ProjectPartnerEdge = {
  cursor: Scalars['String']['output'];
  node: ProjectPartner;
};

export type ProjectPartnerListRelationFilter = {
  every: InputMaybe<ProjectPartnerWhere>;
  none: InputMaybe<ProjectPartnerWhere>;
  some: InputMaybe<ProjectPartnerWhere>;
};

export type ProjectPartnerOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  role: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ProjectPartnerUpdateInput = {
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 合作组织 / Organization. Exactly one of organizationId and socialGroupId */
  organizationId: InputMaybe<Scalars['ID']['input']>;
  /** 服务项目 / Project */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 合作角色 / Role */
  role: InputMaybe<PartnerRole>;
  /** 合作社会组织 / Social organization. Exactly one of organizationId and socialGroupId */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
};

export type ProjectPartnerWhere = {
  AND: InputMaybe<Array<ProjectPartnerWhere>>;
  NOT: InputMaybe<ProjectPartnerWhere>;
  OR: InputMaybe<Array<ProjectPartnerWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  /** Filter on organization */
  organization: InputMaybe<OrganizationWhere>;
  organizationId: InputMaybe<IdFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  role: InputMaybe<PartnerRoleFilter>;
  /** Filter on socialGroup */
  socialGroup: InputMaybe<SocialGroupWhere>;
  socialGroupId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

/** 项目及其全部子项目汇总 / A project and all its sub-projects, summed */
export type ProjectRollup = {
  /** 预算合计（分） / Budgets summed, in fen */
  budgetFen: Scalars['SafeInt']['output'];
  /** 招收名额合计 / Total capacity */
  capacity: Scalars['Int']['output'];
  /** 班级数（不含已取消） / Classes, not cancelled */
  classes: Scalars['Int']['output'];
  /** 已报名人数合计 / Enrolled */
  enrolled: Scalars['Int']['output'];
  /** 已开展课次 / Sessions held */
  sessionsHeld: Scalars['Int']['output'];
  /** 子项目数（各级） / Sub-projects at any depth */
  subProjects: Scalars['Int']['output'];
  /** 候补人数合计 / Waitlisted */
  waitlisted: Scalars['Int']['output'];
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
  equals: InputMaybe<ProjectStatus>;
  in: InputMaybe<Array<ProjectStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ProjectStatus>>;
};

export type Query = {
  /** Every resource as the admin console builds it: labels (zh-CN, en), operations, fields, relations, and what the current user may do */
  _adminMeta: Array<AdminResource>;
  /** 接口密钥: one by id */
  apiKey: Maybe<ApiKey>;
  /** 接口密钥: list */
  apiKeys: Array<ApiKey>;
  /** Cursor paging; totalCount costs a statement only when selected */
  apiKeysConnection: ApiKeyConnection;
  apiKeysCount: Scalars['Int']['output'];
  /** The API version; a cheap liveness probe over GraphQL */
  apiVersion: Scalars['String']['output'];
  /** 报名申请: one by id */
  application: Maybe<Application>;
  /** 报名轮次: one by id */
  applicationRound: Maybe<ApplicationRound>;
  /** 报名轮次: list */
  applicationRounds: Array<ApplicationRound>;
  /** Cursor paging; totalCount costs a statement only when selected */
  applicationRoundsConnection: ApplicationRoundConnection;
  applicationRoundsCount: Scalars['Int']['output'];
  /** 报名申请: list */
  applications: Array<Application>;
  /** Cursor paging; totalCount costs a statement only when selected */
  applicationsConnection: ApplicationConnection;
  applicationsCount: Scalars['Int']['output'];
  /** 审批环节: one by id */
  approvalStep: Maybe<ApprovalStep>;
  /** 审批环节: list */
  approvalSteps: Array<ApprovalStep>;
  /** Cursor paging; totalCount costs a statement only when selected */
  approvalStepsConnection: ApprovalStepConnection;
  approvalStepsCount: Scalars['Int']['output'];
  /** 考勤: one by id */
  attendance: Maybe<Attendance>;
  /** 考勤: list */
  attendanceRecords: Array<Attendance>;
  /** Cursor paging; totalCount costs a statement only when selected */
  attendanceRecordsConnection: AttendanceConnection;
  attendanceRecordsCount: Scalars['Int']['output'];
  /** 审计日志: one by id */
  auditEvent: Maybe<AuditEvent>;
  /** 审计日志: list */
  auditEvents: Array<AuditEvent>;
  /** Cursor paging; totalCount costs a statement only when selected */
  auditEventsConnection: AuditEventConnection;
  auditEventsCount: Scalars['Int']['output'];
  /** 服务对象: list */
  beneficiaries: Array<Beneficiary>;
  /** Cursor paging; totalCount costs a statement only when selected */
  beneficiariesConnection: BeneficiaryConnection;
  beneficiariesCount: Scalars['Int']['output'];
  /** 服务对象: one by id */
  beneficiary: Maybe<Beneficiary>;
  /** The rounds that draw a class, as their first class or one of several, newest first: those the caller may read. A class the caller may not read: NOT_FOUND */
  classApplicationRounds: Array<ApplicationRound>;
  /** 课次: one by id */
  classSession: Maybe<ClassSession>;
  /** 课次: list */
  classSessions: Array<ClassSession>;
  /** Cursor paging; totalCount costs a statement only when selected */
  classSessionsConnection: ClassSessionConnection;
  classSessionsCount: Scalars['Int']['output'];
  /** 知情同意: one by id */
  consent: Maybe<Consent>;
  /** 知情同意: list */
  consents: Array<Consent>;
  /** Cursor paging; totalCount costs a statement only when selected */
  consentsConnection: ConsentConnection;
  consentsCount: Scalars['Int']['output'];
  /** 报名: one by id */
  enrollment: Maybe<Enrollment>;
  /** 报名: list */
  enrollments: Array<Enrollment>;
  /** Cursor paging; totalCount costs a statement only when selected */
  enrollmentsConnection: EnrollmentConnection;
  enrollmentsCount: Scalars['Int']['output'];
  /** 评估: one by id */
  evaluation: Maybe<Evaluation>;
  /** 评估: list */
  evaluations: Array<Evaluation>;
  /** Cursor paging; totalCount costs a statement only when selected */
  evaluationsConnection: EvaluationConnection;
  evaluationsCount: Scalars['Int']['output'];
  /** 监护关系: one by id */
  guardianship: Maybe<Guardianship>;
  /** 监护关系: list */
  guardianships: Array<Guardianship>;
  /** Cursor paging; totalCount costs a statement only when selected */
  guardianshipsConnection: GuardianshipConnection;
  guardianshipsCount: Scalars['Int']['output'];
  /** Enrollments of a class whose attendance rate is under 70%, lowest first (出勤率不足) */
  lowAttendanceEnrollments: Array<Enrollment>;
  /** The caller, or null when not signed in */
  me: Maybe<Me>;
  /** 需求清单: one by id */
  needRequest: Maybe<NeedRequest>;
  /** 需求清单: list */
  needRequests: Array<NeedRequest>;
  /** Cursor paging; totalCount costs a statement only when selected */
  needRequestsConnection: NeedRequestConnection;
  needRequestsCount: Scalars['Int']['output'];
  /** 组织: one by id */
  organization: Maybe<Organization>;
  /** 组织: list */
  organizations: Array<Organization>;
  /** Cursor paging; totalCount costs a statement only when selected */
  organizationsConnection: OrganizationConnection;
  organizationsCount: Scalars['Int']['output'];
  /** 合作关系: one by id */
  partnership: Maybe<Partnership>;
  /** 合作关系: list */
  partnerships: Array<Partnership>;
  /** Cursor paging; totalCount costs a statement only when selected */
  partnershipsConnection: PartnershipConnection;
  partnershipsCount: Scalars['Int']['output'];
  /** The PENDING approval steps the caller may decide, oldest due first (then id) */
  pendingApprovals: Array<ApprovalStep>;
  /** How many approval steps the caller may decide */
  pendingApprovalsCount: Scalars['Int']['output'];
  /** 项目合作方: one by id */
  projectPartner: Maybe<ProjectPartner>;
  /** 项目合作方: list */
  projectPartners: Array<ProjectPartner>;
  /** Cursor paging; totalCount costs a statement only when selected */
  projectPartnersConnection: ProjectPartnerConnection;
  projectPartnersCount: Scalars['Int']['output'];
  /** Service statistics for an organization subtree (default: your own) and a period (both days included, China dates): people served, enrollments, person-times, sessions, hours, money, rates, waitlist, needs, evaluations; totals plus one row set per grouping. Analysts get small cells (1–4 people) suppressed. */
  report: Report;
  /** 报名需求: applications against places of the rounds that closed between from and to (China dates), by class, area or category, most over-subscribed first; rounds the caller may read, within scopeId if given */
  roundDemand: Array<RoundDemandRow>;
  /** 公示 of a round: public, no sign-in; nothing personal but masked names */
  roundNotice: RoundNotice;
  /** 摇号异议: one by id */
  roundObjection: Maybe<RoundObjection>;
  /** 摇号异议: list */
  roundObjections: Array<RoundObjection>;
  /** Cursor paging; totalCount costs a statement only when selected */
  roundObjectionsConnection: RoundObjectionConnection;
  roundObjectionsCount: Scalars['Int']['output'];
  /** 班级: one by id */
  serviceClass: Maybe<ServiceClass>;
  /** 班级: list */
  serviceClasses: Array<ServiceClass>;
  /** Cursor paging; totalCount costs a statement only when selected */
  serviceClassesConnection: ServiceClassConnection;
  serviceClassesCount: Scalars['Int']['output'];
  /** 服务项目: one by id */
  serviceProject: Maybe<ServiceProject>;
  /** 服务项目: list */
  serviceProjects: Array<ServiceProject>;
  /** Cursor paging; totalCount costs a statement only when selected */
  serviceProjectsConnection: ServiceProjectConnection;
  serviceProjectsCount: Scalars['Int']['output'];
  /** 服务记录: one by id */
  serviceRecord: Maybe<ServiceRecord>;
  /** 服务记录: list */
  serviceRecords: Array<ServiceRecord>;
  /** Cursor paging; totalCount costs a statement only when selected */
  serviceRecordsConnection: ServiceRecordConnection;
  serviceRecordsCount: Scalars['Int']['output'];
  /** Monthly settlement of a project with its operator: verified attendance days × fee, split into the sponsor's and the families' shares. Also as .xlsx: GET /exports/settlement.xlsx?projectId=…&month=YYYY-MM */
  settlement: Settlement;
  /** 社会组织: one by id */
  socialGroup: Maybe<SocialGroup>;
  /** 社会组织: list */
  socialGroups: Array<SocialGroup>;
  /** Cursor paging; totalCount costs a statement only when selected */
  socialGroupsConnection: SocialGroupConnection;
  socialGroupsCount: Scalars['Int']['output'];
  /** 补贴政策: list */
  subsidyPolicies: Array<SubsidyPolicy>;
  /** Cursor paging; totalCount costs a statement only when selected */
  subsidyPoliciesConnection: SubsidyPolicyConnection;
  subsidyPoliciesCount: Scalars['Int']['output'];
  /** 补贴政策: one by id */
  subsidyPolicy: Maybe<SubsidyPolicy>;
  /** 用户: one by id */
  user: Maybe<User>;
  /** 用户: list */
  users: Array<User>;
  /** Cursor paging; totalCount costs a statement only when selected */
  usersConnection: UserConnection;
  usersCount: Scalars['Int']['output'];
  /** 场地: one by id */
  venue: Maybe<Venue>;
  /** 场地: list */
  venues: Array<Venue>;
  /** Cursor paging; totalCount costs a statement only when selected */
  venuesConnection: VenueConnection;
  venuesCount: Scalars['Int']['output'];
  /** Progress of the caller’s own work under the key it chose (null for an unknown key or another’s) */
  workProgress: Maybe<WorkProgress>;
};


export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiKeysArgs = {
  orderBy: InputMaybe<Array<ApiKeyOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApiKeyWhere>;
};


export type QueryApiKeysConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ApiKeyOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApiKeyWhere>;
};


export type QueryApiKeysCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApiKeyWhere>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationRoundsArgs = {
  orderBy: InputMaybe<Array<ApplicationRoundOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApplicationRoundWhere>;
};


export type QueryApplicationRoundsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ApplicationRoundOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApplicationRoundWhere>;
};


export type QueryApplicationRoundsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApplicationRoundWhere>;
};


export type QueryApplicationsArgs = {
  orderBy: InputMaybe<Array<ApplicationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApplicationWhere>;
};


export type QueryApplicationsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ApplicationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApplicationWhere>;
};


export type QueryApplicationsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApplicationWhere>;
};


export type QueryApprovalStepArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalStepsArgs = {
  orderBy: InputMaybe<Array<ApprovalStepOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApprovalStepWhere>;
};


export type QueryApprovalStepsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ApprovalStepOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApprovalStepWhere>;
};


export type QueryApprovalStepsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ApprovalStepWhere>;
};


export type QueryAttendanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAttendanceRecordsArgs = {
  orderBy: InputMaybe<Array<AttendanceOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AttendanceWhere>;
};


export type QueryAttendanceRecordsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AttendanceOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<AttendanceWhere>;
};


export type QueryAttendanceRecordsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<AttendanceWhere>;
};


export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  orderBy: InputMaybe<Array<AuditEventOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AuditEventWhere>;
};


export type QueryAuditEventsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AuditEventOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<AuditEventWhere>;
};


export type QueryAuditEventsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<AuditEventWhere>;
};


export type QueryBeneficiariesArgs = {
  orderBy: InputMaybe<Array<BeneficiaryOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<BeneficiaryWhere>;
};


export type QueryBeneficiariesConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<BeneficiaryOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<BeneficiaryWhere>;
};


export type QueryBeneficiariesCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<BeneficiaryWhere>;
};


export type QueryBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassApplicationRoundsArgs = {
  classId: Scalars['ID']['input'];
};


export type QueryClassSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassSessionsArgs = {
  orderBy: InputMaybe<Array<ClassSessionOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ClassSessionWhere>;
};


export type QueryClassSessionsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ClassSessionOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ClassSessionWhere>;
};


export type QueryClassSessionsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ClassSessionWhere>;
};


export type QueryConsentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsentsArgs = {
  orderBy: InputMaybe<Array<ConsentOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ConsentWhere>;
};


export type QueryConsentsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ConsentOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ConsentWhere>;
};


export type QueryConsentsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ConsentWhere>;
};


export type QueryEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnrollmentsArgs = {
  orderBy: InputMaybe<Array<EnrollmentOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<EnrollmentWhere>;
};


export type QueryEnrollmentsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<EnrollmentOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<EnrollmentWhere>;
};


export type QueryEnrollmentsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<EnrollmentWhere>;
};


export type QueryEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationsArgs = {
  orderBy: InputMaybe<Array<EvaluationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<EvaluationWhere>;
};


export type QueryEvaluationsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<EvaluationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<EvaluationWhere>;
};


export type QueryEvaluationsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<EvaluationWhere>;
};


export type QueryGuardianshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGuardianshipsArgs = {
  orderBy: InputMaybe<Array<GuardianshipOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<GuardianshipWhere>;
};


export type QueryGuardianshipsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<GuardianshipOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<GuardianshipWhere>;
};


export type QueryGuardianshipsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<GuardianshipWhere>;
};


export type QueryLowAttendanceEnrollmentsArgs = {
  classId: Scalars['ID']['input'];
};


export type QueryNeedRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeedRequestsArgs = {
  orderBy: InputMaybe<Array<NeedRequestOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<NeedRequestWhere>;
};


export type QueryNeedRequestsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<NeedRequestOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<NeedRequestWhere>;
};


export type QueryNeedRequestsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<NeedRequestWhere>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  orderBy: InputMaybe<Array<OrganizationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<OrganizationWhere>;
};


export type QueryOrganizationsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<OrganizationOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<OrganizationWhere>;
};


export type QueryOrganizationsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<OrganizationWhere>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  orderBy: InputMaybe<Array<PartnershipOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<PartnershipWhere>;
};


export type QueryPartnershipsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PartnershipOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<PartnershipWhere>;
};


export type QueryPartnershipsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<PartnershipWhere>;
};


export type QueryPendingApprovalsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectPartnersArgs = {
  orderBy: InputMaybe<Array<ProjectPartnerOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ProjectPartnerWhere>;
};


export type QueryProjectPartnersConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ProjectPartnerOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ProjectPartnerWhere>;
};


export type QueryProjectPartnersCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ProjectPartnerWhere>;
};


export type QueryReportArgs = {
  filter: InputMaybe<ReportFilterInput>;
  fresh: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['LocalDate']['input'];
  groupBy: InputMaybe<Array<ReportGrouping>>;
  scopeId: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
};


export type QueryRoundDemandArgs = {
  from: Scalars['LocalDate']['input'];
  groupBy: RoundDemandGroup;
  scopeId: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
};


export type QueryRoundNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoundObjectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoundObjectionsArgs = {
  orderBy: InputMaybe<Array<RoundObjectionOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<RoundObjectionWhere>;
};


export type QueryRoundObjectionsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<RoundObjectionOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<RoundObjectionWhere>;
};


export type QueryRoundObjectionsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<RoundObjectionWhere>;
};


export type QueryServiceClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceClassesArgs = {
  orderBy: InputMaybe<Array<ServiceClassOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceClassWhere>;
};


export type QueryServiceClassesConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ServiceClassOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceClassWhere>;
};


export type QueryServiceClassesCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceClassWhere>;
};


export type QueryServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceProjectsArgs = {
  orderBy: InputMaybe<Array<ServiceProjectOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


export type QueryServiceProjectsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ServiceProjectOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


export type QueryServiceProjectsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


export type QueryServiceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceRecordsArgs = {
  orderBy: InputMaybe<Array<ServiceRecordOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceRecordWhere>;
};


export type QueryServiceRecordsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ServiceRecordOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceRecordWhere>;
};


export type QueryServiceRecordsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<ServiceRecordWhere>;
};


export type QuerySettlementArgs = {
  month: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type QuerySocialGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialGroupsArgs = {
  orderBy: InputMaybe<Array<SocialGroupOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SocialGroupWhere>;
};


export type QuerySocialGroupsConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<SocialGroupOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<SocialGroupWhere>;
};


export type QuerySocialGroupsCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<SocialGroupWhere>;
};


export type QuerySubsidyPoliciesArgs = {
  orderBy: InputMaybe<Array<SubsidyPolicyOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SubsidyPolicyWhere>;
};


export type QuerySubsidyPoliciesConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<SubsidyPolicyOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<SubsidyPolicyWhere>;
};


export type QuerySubsidyPoliciesCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<SubsidyPolicyWhere>;
};


export type QuerySubsidyPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  orderBy: InputMaybe<Array<UserOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<UserWhere>;
};


export type QueryUsersConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<UserOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<UserWhere>;
};


export type QueryUsersCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<UserWhere>;
};


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenuesArgs = {
  orderBy: InputMaybe<Array<VenueOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<VenueWhere>;
};


export type QueryVenuesConnectionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<VenueOrderBy>>;
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<VenueWhere>;
};


export type QueryVenuesCountArgs = {
  search: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<VenueWhere>;
};


export type QueryWorkProgressArgs = {
  key: Scalars['String']['input'];
};

export type RegistrationStatus =
  /** 已登记 (Registered) */
  | 'REGISTERED'
  /** 未登记 (Unregistered) */
  | 'UNREGISTERED';

export type RegistrationStatusFilter = {
  equals: InputMaybe<RegistrationStatus>;
  in: InputMaybe<Array<RegistrationStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<RegistrationStatus>>;
};

/** Aggregates only: no personal data */
export type Report = {
  /** Every write committed before this time is in the figures. Summaries are folded in the background, usually within a second of a write; ask with `fresh: true` to wait for your own writes. */
  asOf: Scalars['DateTime']['output'];
  from: Scalars['LocalDate']['output'];
  generatedAt: Scalars['DateTime']['output'];
  groupings: Array<ReportGroup>;
  peopleSource: PeopleSource;
  scope: ReportScopeInfo;
  /** Small-cell suppression was applied (analysts) */
  smallCellsSuppressed: Scalars['Boolean']['output'];
  to: Scalars['LocalDate']['output'];
  totals: ReportCell;
};

/** The figures of one cell. Null: suppressed, or not applicable to this grouping. */
export type ReportCell = {
  /** Attendance rows PRESENT or LATE on sessions (not cancelled) dated in the period */
  attendancePersonTimes: Maybe<Scalars['Int']['output']>;
  /** 出勤率 (bp): attendancePersonTimes / attendanceRows */
  attendanceRateBp: Maybe<Scalars['Int']['output']>;
  /** Attendance rows of any status (the base of the attendance rate) */
  attendanceRows: Maybe<Scalars['Int']['output']>;
  /** Average evaluation score (0–100, two decimals) */
  averageScore: Maybe<Scalars['Float']['output']>;
  /** Places of live, not cancelled classes starting in the period. Null in person groupings */
  capacity: Maybe<Scalars['SafeInt']['output']>;
  /** Current live ENROLLED/COMPLETED enrollments of those classes */
  enrolledInClasses: Maybe<Scalars['Int']['output']>;
  /** 报名数: live ENROLLED/COMPLETED enrollments whose enrollment day (enrolledAt, China date) is in the period */
  enrollments: Maybe<Scalars['Int']['output']>;
  /** Evaluations dated in the period */
  evaluations: Maybe<Scalars['Int']['output']>;
  /** 家庭自付 (fen) of the counted enrollments */
  familyPaidFen: Maybe<Scalars['SafeInt']['output']>;
  /** 费用合计 (fen) of the counted enrollments */
  feeTotalFen: Maybe<Scalars['SafeInt']['output']>;
  /** 满班率 (bp): enrolledInClasses / capacity */
  fillRateBp: Maybe<Scalars['Int']['output']>;
  /** Needs raised in the period that are FULFILLED */
  needsFulfilled: Maybe<Scalars['Int']['output']>;
  /** Needs raised in the period that are OPEN, MATCHED or IN_PROGRESS. Null in person groupings */
  needsOpen: Maybe<Scalars['Int']['output']>;
  /** 服务人数: distinct people with at least one person-time in the period. Not additive */
  peopleServed: Maybe<Scalars['Int']['output']>;
  /** 服务人次: attendancePersonTimes + serviceRecordPersonTimes */
  personTimes: Maybe<Scalars['Int']['output']>;
  /** 服务时长 (person-minutes): session length per attended person-time + service record minutes */
  serviceMinutes: Maybe<Scalars['SafeInt']['output']>;
  /** Service records (one-to-one work) that occurred in the period */
  serviceRecordPersonTimes: Maybe<Scalars['Int']['output']>;
  /** 场次: sessions with status HELD dated in the period. Null in person groupings */
  sessionsHeld: Maybe<Scalars['Int']['output']>;
  /** 补贴合计 (fen) of the counted enrollments */
  subsidyTotalFen: Maybe<Scalars['SafeInt']['output']>;
  /** The whole cell is withheld (analysts): it counts 1–4 people served, or hides to protect such a cell; `withheld` says which and why */
  suppressed: Scalars['Boolean']['output'];
  /** 候补: enrollments now WAITLISTED that were requested in the period */
  waitlisted: Maybe<Scalars['Int']['output']>;
  /** Figures withheld from an analyst (null above), each with its reason. A row is withheld only in the figures that need it: a small waitlist hides `waitlisted`, small enrollments hide enrollments and their money */
  withheld: Array<ReportWithheld>;
};

/** Optional filters; each list means "any of these" */
export type ReportFilterInput = {
  /** The person's report category (the most specific category they hold, see docs/report-api.md) */
  beneficiaryCategories: InputMaybe<Array<BeneficiaryCategory>>;
  /** Project categories */
  categories: InputMaybe<Array<ProjectCategory>>;
  projectIds: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Operating social groups (承办) */
  socialGroupIds: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ReportGroup = {
  by: ReportGrouping;
  rows: Array<ReportRow>;
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

export type ReportRow = {
  cell: ReportCell;
  /** Group key: 'YYYY-MM', 'YYYY-Qn', an id, 'SELF', 'NONE' or an enum value */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type ReportScopeInfo = {
  name: Scalars['String']['output'];
  /** The organization; null for everything or a partner */
  organizationId: Maybe<Scalars['ID']['output']>;
};

/** A figure withheld from an analyst, and why */
export type ReportWithheld = {
  /** The ReportCell field withheld (null in the cell) */
  figure: Scalars['String']['output'];
  /** SMALL_COUNT: it counts 1–4 people (show "<5"); COMPLEMENTARY: hidden so that a small count elsewhere cannot be worked out by subtraction (show 已隐藏) */
  reason: WithheldReason;
};

export type RevealableField =
  | 'idNumber'
  | 'phone';

export type RosterFieldError = {
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RosterImportResult = {
  /** People registered by this import (children and guardians) */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  enrolled: Scalars['Int']['output'];
  rows: Array<RosterRowResult>;
  total: Scalars['Int']['output'];
  /** Rows without errors */
  valid: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type RosterRowInput = {
  /** 出生日期 YYYY-MM-DD; from the ID number if empty */
  birthDate: InputMaybe<Scalars['String']['input']>;
  /** 人员类别, labels or codes separated by 、 , ; */
  categories: InputMaybe<Scalars['String']['input']>;
  /** 预约天数; default: every day the class meets */
  days: InputMaybe<Scalars['Int']['input']>;
  /** 性别: 男/女 (MALE/FEMALE); from the ID number if empty */
  gender: InputMaybe<Scalars['String']['input']>;
  /** 监护人已书面同意: records a Consent given by the guardian */
  guardianConsent: InputMaybe<Scalars['Boolean']['input']>;
  /** 监护人性别 (when neither relation nor ID number tells) */
  guardianGender: InputMaybe<Scalars['String']['input']>;
  /** 监护人身份证号 */
  guardianIdNumber: InputMaybe<Scalars['String']['input']>;
  /** 监护人姓名 */
  guardianName: InputMaybe<Scalars['String']['input']>;
  /** 监护人手机号码 */
  guardianPhone: InputMaybe<Scalars['String']['input']>;
  /** 与儿童关系: 父亲/母亲/祖父母/外祖父母/其他亲属/其他 */
  guardianRelation: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 (GB 11643 checksum) */
  idNumber: InputMaybe<Scalars['String']['input']>;
  /** 姓名 */
  name: InputMaybe<Scalars['String']['input']>;
  /** 手机号码 */
  phone: InputMaybe<Scalars['String']['input']>;
};

export type RosterRowResult = {
  /** The person, once imported */
  beneficiaryId: Maybe<Scalars['String']['output']>;
  errors: Array<RosterFieldError>;
  /** The person is already registered (same ID number) and is enrolled as is */
  existing: Scalars['Boolean']['output'];
  /** Position in the rows sent, from 0 */
  index: Scalars['Int']['output'];
  /** ENROLLED or WAITLISTED: what the row got (committed) or would get (dry run) */
  status: Maybe<Scalars['String']['output']>;
};

/** A class drawn in the round: A for its first class, B, C … for more */
export type RoundClassInfo = {
  classId: Scalars['ID']['output'];
  className: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Its free places when the round opened (its share of the offer) */
  places: Scalars['Int']['output'];
  /** Its free places drawn at the draw */
  placesDrawn: Maybe<Scalars['Int']['output']>;
};

export type RoundCorrectionChangeInput = {
  action: CorrectionAction;
  applicationId: Scalars['ID']['input'];
  /** The corrected tier (RETIER only) */
  tier: InputMaybe<Scalars['Int']['input']>;
};

/** By class, by area (the organization under the scope on the sponsor’s path), or by category */
export type RoundDemandGroup =
  | 'AREA'
  | 'CATEGORY'
  | 'CLASS';

/** 报名需求: applications against places of rounds closed in a period */
export type RoundDemandRow = {
  /** Applications not withdrawn, each for its first choice */
  applications: Scalars['Int']['output'];
  /** The class, the area organization, or the category */
  key: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Places offered */
  places: Scalars['Int']['output'];
  /** Applications per place offered (over-subscription) */
  ratio: Maybe<Scalars['Float']['output']>;
  rounds: Scalars['Int']['output'];
  /** Of which won a place in the draw */
  won: Scalars['Int']['output'];
};

/** 公示: a round’s public notice, readable without signing in. The seed appears once the round is drawn; anyone can check SHA-256(seed) = seedHash and recompute the draw from the list (docs/lottery.md) */
export type RoundNotice = {
  /** Empty until the round closes */
  applications: Array<RoundNoticeApplication>;
  className: Scalars['String']['output'];
  /** The round’s classes: one, or several drawn together */
  classes: Array<RoundNoticeClass>;
  closesAt: Scalars['DateTime']['output'];
  /** Corrections after upheld objections, oldest first */
  corrections: Array<RoundNoticeCorrection>;
  drawnAt: Maybe<Scalars['DateTime']['output']>;
  listHash: Maybe<Scalars['String']['output']>;
  noticeEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** Objections dismissed */
  objectionsDismissed: Scalars['Int']['output'];
  /** Objections (异议) recorded during the notice period: a count, never their text */
  objectionsRecorded: Scalars['Int']['output'];
  /** Objections upheld */
  objectionsUpheld: Scalars['Int']['output'];
  opensAt: Scalars['DateTime']['output'];
  /** 主办单位: the organization sponsoring the project, to which objections are made */
  organizerName: Scalars['String']['output'];
  places: Scalars['Int']['output'];
  /** Places actually drawn: the offer, or fewer if the class filled */
  placesDrawn: Maybe<Scalars['Int']['output']>;
  projectName: Scalars['String']['output'];
  resultHash: Maybe<Scalars['String']['output']>;
  results: Array<RoundNoticeResult>;
  /** Results are shown until noticeEndsAt; the list, seed and hashes stay */
  resultsShown: Scalars['Boolean']['output'];
  roundId: Scalars['ID']['output'];
  seed: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the seed, published when the round opened */
  seedHash: Scalars['String']['output'];
  status: RoundStatus;
  /** The priority tiers by name, tier 1 first; the last is everyone else (其他) */
  tierLabels: Array<Scalars['String']['output']>;
};

/** One line of the list drawn from: nothing personal */
export type RoundNoticeApplication = {
  /** Siblings drawn together: G1, G2 … (not the family’s label) */
  group: Maybe<Scalars['String']['output']>;
  /** Application number, unique in the round */
  number: Scalars['String']['output'];
  /** A round over several classes: the labels of the classes applied for, first choice first */
  preferences: Maybe<Array<Scalars['String']['output']>>;
  tier: Scalars['Int']['output'];
};

/** A class of the round, as the notice names it (A, B …) */
export type RoundNoticeClass = {
  className: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Its free places when the round opened (its share of the offer) */
  places: Scalars['Int']['output'];
  /** Its free places drawn at the draw */
  placesDrawn: Maybe<Scalars['Int']['output']>;
};

/** 更正: a correction after an upheld objection, with the list before it, so that anyone can recompute the draw before and after (same seed and places) */
export type RoundNoticeCorrection = {
  changes: Array<RoundNoticeCorrectionChange>;
  correctedAt: Scalars['DateTime']['output'];
  listHash: Scalars['String']['output'];
  /** Shown while the results are */
  moves: Array<RoundNoticeMove>;
  /** The list as drawn before this correction */
  previousList: Array<RoundNoticeApplication>;
  previousListHash: Scalars['String']['output'];
  previousResultHash: Scalars['String']['output'];
  resultHash: Scalars['String']['output'];
};

/** One change of a published correction */
export type RoundNoticeCorrectionChange = {
  action: CorrectionAction;
  fromTier: Scalars['Int']['output'];
  /** Application number */
  number: Scalars['String']['output'];
  toTier: Scalars['Int']['output'];
};

/** An outcome a correction changed */
export type RoundNoticeMove = {
  /** e.g. WON 3, WAITLISTED 1, WITHDRAWN */
  from: Scalars['String']['output'];
  /** The last four characters of the application number */
  numberLast4: Scalars['String']['output'];
  /** e.g. WAITLISTED 2, WON 3, DISQUALIFIED */
  to: Scalars['String']['output'];
};

/** One outcome of the draw as the public notice shows it */
export type RoundNoticeResult = {
  /** A round over several classes: the class won or waited on */
  classLabel: Maybe<Scalars['String']['output']>;
  /** 张*明 */
  maskedName: Scalars['String']['output'];
  /** The last four characters of the application number */
  numberLast4: Scalars['String']['output'];
  /** WON or WAITLISTED */
  outcome: Scalars['String']['output'];
  /** Place among the winners, or on the waitlist (of the class) */
  position: Scalars['Int']['output'];
  tier: Scalars['Int']['output'];
};

/** 摇号异议 / Round objection */
export type RoundObjection = {
  /** 相关申请 / Application */
  application: Maybe<Application>;
  /** 相关申请 / Application */
  applicationId: Maybe<Scalars['ID']['output']>;
  /** 据以更正时间 / Corrected at. When the round was corrected on this upheld objection (once); null: not used yet */
  correctedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 异议理由 / Reason */
  reason: Scalars['String']['output'];
  /** 处理意见 / Resolution */
  resolution: Maybe<Scalars['String']['output']>;
  /** 处理时间 / Resolved at */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** 报名轮次 / Round */
  round: Maybe<ApplicationRound>;
  /** 报名轮次 / Round */
  roundId: Scalars['ID']['output'];
  /** 状态 / Status */
  status: Maybe<ObjectionStatus>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type RoundObjectionConnection = {
  edges: Array<RoundObjectionEdge>;
  nodes: Array<RoundObjection>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoundObjectionEdge = {
  cursor: Scalars['String']['output'];
  node: RoundObjection;
};

export type RoundObjectionOrderBy = {
  correctedAt: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  resolvedAt: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type RoundObjectionWhere = {
  AND: InputMaybe<Array<RoundObjectionWhere>>;
  NOT: InputMaybe<RoundObjectionWhere>;
  OR: InputMaybe<Array<RoundObjectionWhere>>;
  /** Filter on application */
  application: InputMaybe<ApplicationWhere>;
  applicationId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  /** Filter on round */
  round: InputMaybe<ApplicationRoundWhere>;
  roundId: InputMaybe<IdFilter>;
  status: InputMaybe<ObjectionStatusFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type RoundStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已确认 (Confirmed) */
  | 'CONFIRMED'
  /** 已摇号（公示中） (Drawn (on notice)) */
  | 'DRAWN'
  /** 报名中 (Open) */
  | 'OPEN';

export type RoundStatusFilter = {
  equals: InputMaybe<RoundStatus>;
  in: InputMaybe<Array<RoundStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<RoundStatus>>;
};

/** 班级 / Class */
export type ServiceClass = {
  /** 班级出勤情况 (one statement per page) */
  attendanceSummary: ClassAttendance;
  /** 招收名额 / Capacity. Not below the number already enrolled */
  capacity: Scalars['Int']['output'];
  /** 托管类型 / Care type */
  careType: CareType;
  createdAt: Scalars['DateTime']['output'];
  /** 每日结束时间 / Daily end. After the daily start */
  dailyEnd: Scalars['LocalTime']['output'];
  /** 每日开始时间 / Daily start */
  dailyStart: Scalars['LocalTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 结班日期 / Ends on. On or after the start date */
  endsOn: Scalars['LocalDate']['output'];
  /** 已报名人数 / Enrolled. Kept by the database from live enrollments */
  enrolledCount: Maybe<Scalars['Int']['output']>;
  /** 报名 / Enrollments */
  enrollments: Array<Enrollment>;
  enrollmentsCount: Scalars['Int']['output'];
  /** 每日收费 / Fee per day */
  feePerDayFen: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** 最大年龄 / Maximum age. In months; not below the minimum age */
  maxAgeMonths: Maybe<Scalars['Int']['output']>;
  /** 最小年龄 / Minimum age. In months */
  minAgeMonths: Maybe<Scalars['Int']['output']>;
  /** 班级名称 / Name */
  name: Scalars['String']['output'];
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  /** 课次 / Sessions */
  sessions: Array<ClassSession>;
  sessionsCount: Scalars['Int']['output'];
  /** 工作人员数 / Staff */
  staffCount: Maybe<Scalars['Int']['output']>;
  /** 开班日期 / Starts on */
  startsOn: Scalars['LocalDate']['output'];
  /** 状态 / Status */
  status: Maybe<ClassStatus>;
  updatedAt: Scalars['DateTime']['output'];
  /** 场地 / Venue */
  venue: Maybe<Venue>;
  /** 场地 / Venue */
  venueId: Maybe<Scalars['ID']['output']>;
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 上课日 / Weekdays. ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: Array<Scalars['Int']['output']>;
};


/** 班级 / Class */
export type ServiceClassEnrollmentsArgs = {
  orderBy: InputMaybe<Array<EnrollmentOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<EnrollmentWhere>;
};


/** 班级 / Class */
export type ServiceClassEnrollmentsCountArgs = {
  where: InputMaybe<EnrollmentWhere>;
};


/** 班级 / Class */
export type ServiceClassSessionsArgs = {
  orderBy: InputMaybe<Array<ClassSessionOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ClassSessionWhere>;
};


/** 班级 / Class */
export type ServiceClassSessionsCountArgs = {
  where: InputMaybe<ClassSessionWhere>;
};

export type ServiceClassConnection = {
  edges: Array<ServiceClassEdge>;
  nodes: Array<ServiceClass>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceClassCreateInput = {
  /** 招收名额 / Capacity. Not below the number already enrolled */
  capacity: Scalars['Int']['input'];
  /** 托管类型 / Care type */
  careType: CareType;
  /** 每日结束时间 / Daily end. After the daily start */
  dailyEnd: Scalars['LocalTime']['input'];
  /** 每日开始时间 / Daily start */
  dailyStart: Scalars['LocalTime']['input'];
  /** 结班日期 / Ends on. On or after the start date */
  endsOn: Scalars['LocalDate']['input'];
  /** 每日收费 / Fee per day */
  feePerDayFen: InputMaybe<Scalars['Int']['input']>;
  /** 最大年龄 / Maximum age. In months; not below the minimum age */
  maxAgeMonths: InputMaybe<Scalars['Int']['input']>;
  /** 最小年龄 / Minimum age. In months */
  minAgeMonths: InputMaybe<Scalars['Int']['input']>;
  /** 班级名称 / Name */
  name: Scalars['String']['input'];
  /** 服务项目 / Project */
  projectId: Scalars['ID']['input'];
  /** 工作人员数 / Staff */
  staffCount: InputMaybe<Scalars['Int']['input']>;
  /** 开班日期 / Starts on */
  startsOn: Scalars['LocalDate']['input'];
  /** 状态 / Status */
  status: InputMaybe<ClassStatus>;
  /** 场地 / Venue */
  venueId: InputMaybe<Scalars['ID']['input']>;
  /** 上课日 / Weekdays. ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: Array<Scalars['Int']['input']>;
};

export type ServiceClassEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceClass;
};

export type ServiceClassListRelationFilter = {
  every: InputMaybe<ServiceClassWhere>;
  none: InputMaybe<ServiceClassWhere>;
  some: InputMaybe<ServiceClassWhere>;
};

export type ServiceClassOrderBy = {
  capacity: InputMaybe<SortOrder>;
  careType: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  dailyEnd: InputMaybe<SortOrder>;
  dailyStart: InputMaybe<SortOrder>;
  endsOn: InputMaybe<SortOrder>;
  enrolledCount: InputMaybe<SortOrder>;
  feePerDayFen: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  maxAgeMonths: InputMaybe<SortOrder>;
  minAgeMonths: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  staffCount: InputMaybe<SortOrder>;
  startsOn: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ServiceClassUpdateInput = {
  /** 招收名额 / Capacity. Not below the number already enrolled */
  capacity: InputMaybe<Scalars['Int']['input']>;
  /** 托管类型 / Care type */
  careType: InputMaybe<CareType>;
  /** 每日结束时间 / Daily end. After the daily start */
  dailyEnd: InputMaybe<Scalars['LocalTime']['input']>;
  /** 每日开始时间 / Daily start */
  dailyStart: InputMaybe<Scalars['LocalTime']['input']>;
  /** 结班日期 / Ends on. On or after the start date */
  endsOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** 每日收费 / Fee per day */
  feePerDayFen: InputMaybe<Scalars['Int']['input']>;
  /** 最大年龄 / Maximum age. In months; not below the minimum age */
  maxAgeMonths: InputMaybe<Scalars['Int']['input']>;
  /** 最小年龄 / Minimum age. In months */
  minAgeMonths: InputMaybe<Scalars['Int']['input']>;
  /** 班级名称 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 / Project */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 工作人员数 / Staff */
  staffCount: InputMaybe<Scalars['Int']['input']>;
  /** 开班日期 / Starts on */
  startsOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** 状态 / Status */
  status: InputMaybe<ClassStatus>;
  /** 场地 / Venue */
  venueId: InputMaybe<Scalars['ID']['input']>;
  /** 上课日 / Weekdays. ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type ServiceClassWhere = {
  AND: InputMaybe<Array<ServiceClassWhere>>;
  NOT: InputMaybe<ServiceClassWhere>;
  OR: InputMaybe<Array<ServiceClassWhere>>;
  capacity: InputMaybe<IntFilter>;
  careType: InputMaybe<CareTypeFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  endsOn: InputMaybe<DateFilter>;
  enrolledCount: InputMaybe<IntFilter>;
  enrollments: InputMaybe<EnrollmentListRelationFilter>;
  id: InputMaybe<IdFilter>;
  maxAgeMonths: InputMaybe<IntFilter>;
  minAgeMonths: InputMaybe<IntFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  sessions: InputMaybe<ClassSessionListRelationFilter>;
  startsOn: InputMaybe<DateFilter>;
  status: InputMaybe<ClassStatusFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  /** Filter on venue */
  venue: InputMaybe<VenueWhere>;
  venueId: InputMaybe<IdFilter>;
  weekdays: InputMaybe<IntListFilter>;
};

/** 服务项目 / Service project */
export type ServiceProject = {
  /** 审批环节 / Approval steps */
  approvalSteps: Array<ApprovalStep>;
  approvalStepsCount: Scalars['Int']['output'];
  /** 项目品牌 / Brand. e.g. 会暖春芽·伴爱成长 */
  brand: Maybe<Scalars['String']['output']>;
  /** 预算 / Budget */
  budgetFen: Maybe<Scalars['Int']['output']>;
  /** 取消原因 / Cancel reason. Set by cancelServiceProject */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** 项目类别 / Category */
  category: ProjectCategory;
  /** 班级 / Classes */
  classes: Array<ServiceClass>;
  classesCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 项目简介 / Description */
  description: Maybe<Scalars['String']['output']>;
  /** 届次 / Edition */
  edition: Maybe<Scalars['Int']['output']>;
  /** 结束日期 / Ends on. On or after the start date */
  endsOn: Scalars['LocalDate']['output'];
  /** Average score and count of this project’s evaluations */
  evaluationSummary: EvaluationSummary;
  /** 评估 / Evaluations */
  evaluations: Array<Evaluation>;
  evaluationsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 项目名称 / Name */
  name: Scalars['String']['output'];
  /** 承办方 / Operator */
  operator: Maybe<SocialGroup>;
  /** 承办方 / Operator */
  operatorId: Maybe<Scalars['ID']['output']>;
  /** 上级项目 / Parent project */
  parent: Maybe<ServiceProject>;
  /** 上级项目 / Parent project */
  parentId: Maybe<Scalars['ID']['output']>;
  /** 合作单位 / Partners */
  partners: Array<ProjectPartner>;
  partnersCount: Scalars['Int']['output'];
  /** The project and all its sub-projects (any depth) the caller may see, summed; one SQL per page */
  rollup: ProjectRollup;
  /** 服务记录 / Service records */
  serviceRecords: Array<ServiceRecord>;
  serviceRecordsCount: Scalars['Int']['output'];
  /** 主办单位 / Sponsor */
  sponsor: Maybe<Organization>;
  /** 主办单位 / Sponsor */
  sponsorId: Scalars['ID']['output'];
  /** 开始日期 / Starts on */
  startsOn: Scalars['LocalDate']['output'];
  /** 状态 / Status. Changed only by the project actions (submit, approve, reject, revise, activate, complete, cancel) */
  status: Maybe<ProjectStatus>;
  /** 子项目 / Sub-projects */
  subProjects: Array<ServiceProject>;
  subProjectsCount: Scalars['Int']['output'];
  /** 补贴政策 / Subsidy policies */
  subsidyPolicies: Array<SubsidyPolicy>;
  subsidyPoliciesCount: Scalars['Int']['output'];
  /** 服务对象类别 / Target categories */
  targetCategories: Array<BeneficiaryCategory>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** 服务项目 / Service project */
export type ServiceProjectApprovalStepsArgs = {
  orderBy: InputMaybe<Array<ApprovalStepOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApprovalStepWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectApprovalStepsCountArgs = {
  where: InputMaybe<ApprovalStepWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectClassesArgs = {
  orderBy: InputMaybe<Array<ServiceClassOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceClassWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectClassesCountArgs = {
  where: InputMaybe<ServiceClassWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectEvaluationsArgs = {
  orderBy: InputMaybe<Array<EvaluationOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<EvaluationWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectEvaluationsCountArgs = {
  where: InputMaybe<EvaluationWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectPartnersArgs = {
  orderBy: InputMaybe<Array<ProjectPartnerOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ProjectPartnerWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectPartnersCountArgs = {
  where: InputMaybe<ProjectPartnerWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectServiceRecordsArgs = {
  orderBy: InputMaybe<Array<ServiceRecordOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceRecordWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectServiceRecordsCountArgs = {
  where: InputMaybe<ServiceRecordWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectSubProjectsArgs = {
  orderBy: InputMaybe<Array<ServiceProjectOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectSubProjectsCountArgs = {
  where: InputMaybe<ServiceProjectWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectSubsidyPoliciesArgs = {
  orderBy: InputMaybe<Array<SubsidyPolicyOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SubsidyPolicyWhere>;
};


/** 服务项目 / Service project */
export type ServiceProjectSubsidyPoliciesCountArgs = {
  where: InputMaybe<SubsidyPolicyWhere>;
};

export type ServiceProjectConnection = {
  edges: Array<ServiceProjectEdge>;
  nodes: Array<ServiceProject>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceProjectCreateInput = {
  /** 项目品牌 / Brand. e.g. 会暖春芽·伴爱成长 */
  brand: InputMaybe<Scalars['String']['input']>;
  /** 预算 / Budget */
  budgetFen: InputMaybe<Scalars['Int']['input']>;
  /** 项目类别 / Category */
  category: ProjectCategory;
  /** 项目简介 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 届次 / Edition */
  edition: InputMaybe<Scalars['Int']['input']>;
  /** 结束日期 / Ends on. On or after the start date */
  endsOn: Scalars['LocalDate']['input'];
  /** 项目名称 / Name */
  name: Scalars['String']['input'];
  /** 承办方 / Operator */
  operatorId: InputMaybe<Scalars['ID']['input']>;
  /** 上级项目 / Parent project */
  parentId: InputMaybe<Scalars['ID']['input']>;
  /** 主办单位 / Sponsor */
  sponsorId: Scalars['ID']['input'];
  /** 开始日期 / Starts on */
  startsOn: Scalars['LocalDate']['input'];
  /** 服务对象类别 / Target categories */
  targetCategories: InputMaybe<Array<BeneficiaryCategory>>;
};

export type ServiceProjectEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceProject;
};

export type ServiceProjectListRelationFilter = {
  every: InputMaybe<ServiceProjectWhere>;
  none: InputMaybe<ServiceProjectWhere>;
  some: InputMaybe<ServiceProjectWhere>;
};

export type ServiceProjectOrderBy = {
  brand: InputMaybe<SortOrder>;
  budgetFen: InputMaybe<SortOrder>;
  category: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  edition: InputMaybe<SortOrder>;
  endsOn: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  startsOn: InputMaybe<SortOrder>;
  status: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ServiceProjectUpdateInput = {
  /** 项目品牌 / Brand. e.g. 会暖春芽·伴爱成长 */
  brand: InputMaybe<Scalars['String']['input']>;
  /** 预算 / Budget */
  budgetFen: InputMaybe<Scalars['Int']['input']>;
  /** 项目类别 / Category */
  category: InputMaybe<ProjectCategory>;
  /** 项目简介 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 届次 / Edition */
  edition: InputMaybe<Scalars['Int']['input']>;
  /** 结束日期 / Ends on. On or after the start date */
  endsOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** 项目名称 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 承办方 / Operator */
  operatorId: InputMaybe<Scalars['ID']['input']>;
  /** 上级项目 / Parent project */
  parentId: InputMaybe<Scalars['ID']['input']>;
  /** 主办单位 / Sponsor */
  sponsorId: InputMaybe<Scalars['ID']['input']>;
  /** 开始日期 / Starts on */
  startsOn: InputMaybe<Scalars['LocalDate']['input']>;
  /** 服务对象类别 / Target categories */
  targetCategories: InputMaybe<Array<BeneficiaryCategory>>;
};

export type ServiceProjectWhere = {
  AND: InputMaybe<Array<ServiceProjectWhere>>;
  NOT: InputMaybe<ServiceProjectWhere>;
  OR: InputMaybe<Array<ServiceProjectWhere>>;
  approvalSteps: InputMaybe<ApprovalStepListRelationFilter>;
  brand: InputMaybe<StringFilter>;
  category: InputMaybe<ProjectCategoryFilter>;
  classes: InputMaybe<ServiceClassListRelationFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  edition: InputMaybe<IntFilter>;
  endsOn: InputMaybe<DateFilter>;
  evaluations: InputMaybe<EvaluationListRelationFilter>;
  id: InputMaybe<IdFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on operator */
  operator: InputMaybe<SocialGroupWhere>;
  operatorId: InputMaybe<IdFilter>;
  /** Filter on parent */
  parent: InputMaybe<ServiceProjectWhere>;
  parentId: InputMaybe<IdFilter>;
  partners: InputMaybe<ProjectPartnerListRelationFilter>;
  serviceRecords: InputMaybe<ServiceRecordListRelationFilter>;
  /** Filter on sponsor */
  sponsor: InputMaybe<OrganizationWhere>;
  sponsorId: InputMaybe<IdFilter>;
  startsOn: InputMaybe<DateFilter>;
  status: InputMaybe<ProjectStatusFilter>;
  subProjects: InputMaybe<ServiceProjectListRelationFilter>;
  subsidyPolicies: InputMaybe<SubsidyPolicyListRelationFilter>;
  targetCategories: InputMaybe<BeneficiaryCategoryListFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

/** 服务记录 / Service record */
export type ServiceRecord = {
  /** 服务对象 / Beneficiary */
  beneficiary: Maybe<Beneficiary>;
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 服务类型 / Kind */
  kind: ServiceRecordKind;
  /** 服务时长（分钟） / Minutes */
  minutes: Scalars['Int']['output'];
  /** 服务时间 / Occurred at */
  occurredAt: Scalars['DateTime']['output'];
  /** 服务成效 / Outcome */
  outcome: Maybe<Scalars['String']['output']>;
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  /** 服务机构 / Social organization */
  socialGroup: Maybe<SocialGroup>;
  /** 服务机构 / Social organization */
  socialGroupId: Maybe<Scalars['ID']['output']>;
  /** 服务摘要 / Summary */
  summary: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type ServiceRecordConnection = {
  edges: Array<ServiceRecordEdge>;
  nodes: Array<ServiceRecord>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceRecordCreateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: Scalars['ID']['input'];
  /** 服务类型 / Kind */
  kind: ServiceRecordKind;
  /** 服务时长（分钟） / Minutes */
  minutes: Scalars['Int']['input'];
  /** 服务时间 / Occurred at */
  occurredAt: Scalars['DateTime']['input'];
  /** 服务成效 / Outcome */
  outcome: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['input'];
  /** 服务机构 / Social organization */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 服务摘要 / Summary */
  summary: InputMaybe<Scalars['String']['input']>;
};

export type ServiceRecordEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceRecord;
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
  equals: InputMaybe<ServiceRecordKind>;
  in: InputMaybe<Array<ServiceRecordKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<ServiceRecordKind>>;
};

export type ServiceRecordListRelationFilter = {
  every: InputMaybe<ServiceRecordWhere>;
  none: InputMaybe<ServiceRecordWhere>;
  some: InputMaybe<ServiceRecordWhere>;
};

export type ServiceRecordOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  minutes: InputMaybe<SortOrder>;
  occurredAt: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type ServiceRecordUpdateInput = {
  /** 服务对象 / Beneficiary */
  beneficiaryId: InputMaybe<Scalars['ID']['input']>;
  /** 服务类型 / Kind */
  kind: InputMaybe<ServiceRecordKind>;
  /** 服务时长（分钟） / Minutes */
  minutes: InputMaybe<Scalars['Int']['input']>;
  /** 服务时间 / Occurred at */
  occurredAt: InputMaybe<Scalars['DateTime']['input']>;
  /** 服务成效 / Outcome */
  outcome: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 / Project */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 服务机构 / Social organization */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 服务摘要 / Summary */
  summary: InputMaybe<Scalars['String']['input']>;
};

export type ServiceRecordWhere = {
  AND: InputMaybe<Array<ServiceRecordWhere>>;
  NOT: InputMaybe<ServiceRecordWhere>;
  OR: InputMaybe<Array<ServiceRecordWhere>>;
  /** Filter on beneficiary */
  beneficiary: InputMaybe<BeneficiaryWhere>;
  beneficiaryId: InputMaybe<IdFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<ServiceRecordKindFilter>;
  minutes: InputMaybe<IntFilter>;
  occurredAt: InputMaybe<DateTimeFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  /** Filter on socialGroup */
  socialGroup: InputMaybe<SocialGroupWhere>;
  socialGroupId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

/** 按班级排期生成课次的结果 / Sessions generated from a class schedule */
export type SessionGeneration = {
  classId: Scalars['ID']['output'];
  /** New sessions (created, or to be created in a preview) */
  created: Scalars['Int']['output'];
  /** Sessions on the schedule that already existed and were kept */
  existing: Scalars['Int']['output'];
  /** Sessions no longer on the schedule but with attendance: kept */
  kept: Scalars['Int']['output'];
  /** True: nothing was written */
  preview: Scalars['Boolean']['output'];
  /** Sessions no longer on the schedule, without attendance: soft-deleted */
  removed: Scalars['Int']['output'];
  /** Every session concerned, by date and start time */
  sessions: Array<GeneratedSession>;
  /** Meeting dates left out because they were in skipDates */
  skipped: Scalars['Int']['output'];
  skippedDates: Array<Scalars['LocalDate']['output']>;
  /** Scheduled sessions whose end time was set to the class’s daily end */
  updated: Scalars['Int']['output'];
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
  equals: InputMaybe<SessionKind>;
  in: InputMaybe<Array<SessionKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<SessionKind>>;
};

export type SessionStatus =
  /** 已取消 (Cancelled) */
  | 'CANCELLED'
  /** 已开展 (Held) */
  | 'HELD'
  /** 已排课 (Scheduled) */
  | 'SCHEDULED';

export type SessionStatusFilter = {
  equals: InputMaybe<SessionStatus>;
  in: InputMaybe<Array<SessionStatus>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<SessionStatus>>;
};

/** 结算 (职工点菜、工会买单): what the sponsor owes the operator for a month of verified attendance, and what families pay */
export type Settlement = {
  from: Scalars['LocalDate']['output'];
  lines: Array<SettlementLine>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** 承办方: the social group paid */
  operatorId: Maybe<Scalars['ID']['output']>;
  operatorName: Maybe<Scalars['String']['output']>;
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  sponsorId: Maybe<Scalars['ID']['output']>;
  sponsorName: Maybe<Scalars['String']['output']>;
  to: Scalars['LocalDate']['output'];
  /** The sum of the lines (classId and className are the project’s) */
  total: SettlementLine;
};

/** 结算明细: one class of the project in the month */
export type SettlementLine = {
  /** PRESENT or LATE rows on verified sessions (核验出勤人天) */
  attendanceDays: Scalars['Int']['output'];
  classId: Scalars['ID']['output'];
  className: Scalars['String']['output'];
  /** 家庭承担 (fen) = fee − sponsor */
  familyFen: Scalars['SafeInt']['output'];
  /** attendance days × each enrollment’s daily price (fen) */
  feeFen: Scalars['SafeInt']['output'];
  /** 每日收费 (fen) of the class */
  feePerDayFen: Scalars['Int']['output'];
  /** HELD sessions in the month not yet verified: not paid until verified */
  pendingSessions: Scalars['Int']['output'];
  /** People with at least one attended day (服务人数) */
  people: Scalars['Int']['output'];
  /** 主办单位承担 (fen): pro rata of each enrollment’s granted subsidy */
  sponsorFen: Scalars['SafeInt']['output'];
  /** Verified sessions in the month (已核验场次) */
  verifiedSessions: Scalars['Int']['output'];
};

/** 社会组织 / Social organization */
export type SocialGroup = {
  /** 地址 / Address */
  address: Maybe<Scalars['String']['output']>;
  /** 持证社工人数 / Certified social workers */
  certifiedSocialWorkers: Maybe<Scalars['Int']['output']>;
  /** 联系人 / Contact */
  contactName: Maybe<Scalars['String']['output']>;
  /** 联系电话 / Contact phone */
  contactPhone: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 / Unified social credit code. Required when the organization is registered */
  creditCode: Maybe<Scalars['String']['output']>;
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 简介 / Description */
  description: Maybe<Scalars['String']['output']>;
  /** Average score and count of the evaluations of the projects this group operates (承办项目评估) */
  evaluationSummary: EvaluationSummary;
  /** 评估等级 / Evaluation grade */
  grade: Maybe<SocialGroupGrade>;
  /** 已引导建会 / Has its own union */
  hasOwnUnion: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: SocialGroupKind;
  /** 管理单位 / Managed by */
  managedBy: Maybe<Organization>;
  /** 管理单位 / Managed by */
  managedById: Maybe<Scalars['ID']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 承办项目 / Operated projects */
  operatedProjects: Array<ServiceProject>;
  operatedProjectsCount: Scalars['Int']['output'];
  /** 合作关系 / Partnerships */
  partnerships: Array<Partnership>;
  partnershipsCount: Scalars['Int']['output'];
  /** 登记状态 / Registration status */
  registrationStatus: RegistrationStatus;
  /** 服务区域 / Service area */
  serviceArea: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
  /** 志愿者人数 / Volunteers */
  volunteers: Maybe<Scalars['Int']['output']>;
};


/** 社会组织 / Social organization */
export type SocialGroupOperatedProjectsArgs = {
  orderBy: InputMaybe<Array<ServiceProjectOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceProjectWhere>;
};


/** 社会组织 / Social organization */
export type SocialGroupOperatedProjectsCountArgs = {
  where: InputMaybe<ServiceProjectWhere>;
};


/** 社会组织 / Social organization */
export type SocialGroupPartnershipsArgs = {
  orderBy: InputMaybe<Array<PartnershipOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<PartnershipWhere>;
};


/** 社会组织 / Social organization */
export type SocialGroupPartnershipsCountArgs = {
  where: InputMaybe<PartnershipWhere>;
};

export type SocialGroupConnection = {
  edges: Array<SocialGroupEdge>;
  nodes: Array<SocialGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SocialGroupCreateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 持证社工人数 / Certified social workers */
  certifiedSocialWorkers: InputMaybe<Scalars['Int']['input']>;
  /** 联系人 / Contact */
  contactName: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Contact phone */
  contactPhone: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 / Unified social credit code. Required when the organization is registered */
  creditCode: InputMaybe<Scalars['String']['input']>;
  /** 简介 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 评估等级 / Evaluation grade */
  grade: InputMaybe<SocialGroupGrade>;
  /** 已引导建会 / Has its own union */
  hasOwnUnion: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / Kind */
  kind: SocialGroupKind;
  /** 管理单位 / Managed by. Whose staff may change this entry; by default the creator’s organization */
  managedById: InputMaybe<Scalars['ID']['input']>;
  /** 名称 / Name */
  name: Scalars['String']['input'];
  /** 登记状态 / Registration status */
  registrationStatus: RegistrationStatus;
  /** 服务区域 / Service area */
  serviceArea: InputMaybe<Scalars['String']['input']>;
  /** 志愿者人数 / Volunteers */
  volunteers: InputMaybe<Scalars['Int']['input']>;
};

export type SocialGroupEdge = {
  cursor: Scalars['String']['output'];
  node: SocialGroup;
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
  equals: InputMaybe<SocialGroupGrade>;
  in: InputMaybe<Array<SocialGroupGrade>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<SocialGroupGrade>>;
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
  equals: InputMaybe<SocialGroupKind>;
  in: InputMaybe<Array<SocialGroupKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<SocialGroupKind>>;
};

export type SocialGroupOrderBy = {
  certifiedSocialWorkers: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  grade: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  registrationStatus: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
  volunteers: InputMaybe<SortOrder>;
};

export type SocialGroupUpdateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 持证社工人数 / Certified social workers */
  certifiedSocialWorkers: InputMaybe<Scalars['Int']['input']>;
  /** 联系人 / Contact */
  contactName: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / Contact phone */
  contactPhone: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 / Unified social credit code. Required when the organization is registered */
  creditCode: InputMaybe<Scalars['String']['input']>;
  /** 简介 / Description */
  description: InputMaybe<Scalars['String']['input']>;
  /** 评估等级 / Evaluation grade */
  grade: InputMaybe<SocialGroupGrade>;
  /** 已引导建会 / Has its own union */
  hasOwnUnion: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / Kind */
  kind: InputMaybe<SocialGroupKind>;
  /** 管理单位 / Managed by. Whose staff may change this entry; by default the creator’s organization */
  managedById: InputMaybe<Scalars['ID']['input']>;
  /** 名称 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 登记状态 / Registration status */
  registrationStatus: InputMaybe<RegistrationStatus>;
  /** 服务区域 / Service area */
  serviceArea: InputMaybe<Scalars['String']['input']>;
  /** 志愿者人数 / Volunteers */
  volunteers: InputMaybe<Scalars['Int']['input']>;
};

export type SocialGroupWhere = {
  AND: InputMaybe<Array<SocialGroupWhere>>;
  NOT: InputMaybe<SocialGroupWhere>;
  OR: InputMaybe<Array<SocialGroupWhere>>;
  certifiedSocialWorkers: InputMaybe<IntFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  creditCode: InputMaybe<StringFilter>;
  grade: InputMaybe<SocialGroupGradeFilter>;
  hasOwnUnion: InputMaybe<BooleanFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<SocialGroupKindFilter>;
  /** Filter on managedBy */
  managedBy: InputMaybe<OrganizationWhere>;
  managedById: InputMaybe<IdFilter>;
  name: InputMaybe<StringFilter>;
  operatedProjects: InputMaybe<ServiceProjectListRelationFilter>;
  partnerships: InputMaybe<PartnershipListRelationFilter>;
  registrationStatus: InputMaybe<RegistrationStatusFilter>;
  serviceArea: InputMaybe<StringFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  volunteers: InputMaybe<IntFilter>;
};

export type SortOrder =
  | 'ASC'
  | 'DESC';

export type StringFilter = {
  contains: InputMaybe<Scalars['String']['input']>;
  equals: InputMaybe<Scalars['String']['input']>;
  gt: InputMaybe<Scalars['String']['input']>;
  gte: InputMaybe<Scalars['String']['input']>;
  in: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  lt: InputMaybe<Scalars['String']['input']>;
  lte: InputMaybe<Scalars['String']['input']>;
  notIn: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith: InputMaybe<Scalars['String']['input']>;
};

/** 补贴政策 / Subsidy policy */
export type SubsidyPolicy = {
  /** 每人补贴上限 / Cap per person */
  capPerPersonFen: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 补贴对象类别 / Eligible categories */
  eligibleCategories: Array<BeneficiaryCategory>;
  id: Scalars['ID']['output'];
  /** 工会关系所属范围 / Membership organization */
  membershipOrganization: Maybe<Organization>;
  /** 工会关系所属范围 / Membership organization */
  membershipOrganizationId: Maybe<Scalars['ID']['output']>;
  /** 备注 / Note */
  note: Maybe<Scalars['String']['output']>;
  /** 服务项目 / Project */
  project: Maybe<ServiceProject>;
  /** 服务项目 / Project */
  projectId: Scalars['ID']['output'];
  /** 补贴比例 / Subsidy rate. Share of the fee the sponsor pays, in basis points; at most 5000 (half) */
  rateBp: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type SubsidyPolicyConnection = {
  edges: Array<SubsidyPolicyEdge>;
  nodes: Array<SubsidyPolicy>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubsidyPolicyCreateInput = {
  /** 每人补贴上限 / Cap per person */
  capPerPersonFen: InputMaybe<Scalars['Int']['input']>;
  /** 补贴对象类别 / Eligible categories */
  eligibleCategories: InputMaybe<Array<BeneficiaryCategory>>;
  /** 工会关系所属范围 / Membership organization. The worker's union membership must be in this organization's subtree (工会关系在本区) */
  membershipOrganizationId: InputMaybe<Scalars['ID']['input']>;
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 / Project. At most one policy per project */
  projectId: Scalars['ID']['input'];
  /** 补贴比例 / Subsidy rate. Share of the fee the sponsor pays, in basis points; at most 5000 (half) */
  rateBp: Scalars['Int']['input'];
};

export type SubsidyPolicyEdge = {
  cursor: Scalars['String']['output'];
  node: SubsidyPolicy;
};

export type SubsidyPolicyListRelationFilter = {
  every: InputMaybe<SubsidyPolicyWhere>;
  none: InputMaybe<SubsidyPolicyWhere>;
  some: InputMaybe<SubsidyPolicyWhere>;
};

export type SubsidyPolicyOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  rateBp: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type SubsidyPolicyUpdateInput = {
  /** 每人补贴上限 / Cap per person */
  capPerPersonFen: InputMaybe<Scalars['Int']['input']>;
  /** 补贴对象类别 / Eligible categories */
  eligibleCategories: InputMaybe<Array<BeneficiaryCategory>>;
  /** 工会关系所属范围 / Membership organization. The worker's union membership must be in this organization's subtree (工会关系在本区) */
  membershipOrganizationId: InputMaybe<Scalars['ID']['input']>;
  /** 备注 / Note */
  note: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 / Project. At most one policy per project */
  projectId: InputMaybe<Scalars['ID']['input']>;
  /** 补贴比例 / Subsidy rate. Share of the fee the sponsor pays, in basis points; at most 5000 (half) */
  rateBp: InputMaybe<Scalars['Int']['input']>;
};

export type SubsidyPolicyWhere = {
  AND: InputMaybe<Array<SubsidyPolicyWhere>>;
  NOT: InputMaybe<SubsidyPolicyWhere>;
  OR: InputMaybe<Array<SubsidyPolicyWhere>>;
  createdAt: InputMaybe<DateTimeFilter>;
  eligibleCategories: InputMaybe<BeneficiaryCategoryListFilter>;
  id: InputMaybe<IdFilter>;
  /** Filter on membershipOrganization */
  membershipOrganization: InputMaybe<OrganizationWhere>;
  membershipOrganizationId: InputMaybe<IdFilter>;
  /** Filter on project */
  project: InputMaybe<ServiceProjectWhere>;
  projectId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type TierRuleInput = {
  /** The applicant has one of these; none: any */
  categories: InputMaybe<Array<BeneficiaryCategory>>;
  /** e.g. 本区在职会员职工 */
  label: Scalars['String']['input'];
  /** 工会关系 in this organization’s subtree; none: anywhere */
  unionWithinId: InputMaybe<Scalars['ID']['input']>;
};

/** 用户 / User */
export type User = {
  /** 启用 / Active */
  active: Maybe<Scalars['Boolean']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 姓名 / Display name */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 最近登录时间 / Last login at */
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** 所属组织 / Organization */
  organization: Maybe<Organization>;
  /** 所属组织 / Organization */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** 角色 / Role. Partner users need socialGroupId; organization admins and staff need organizationId */
  role: UserRole;
  /** 所属社会组织 / Social organization */
  socialGroup: Maybe<SocialGroup>;
  /** 所属社会组织 / Social organization */
  socialGroupId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** 用户名 / Username */
  username: Scalars['String']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  edges: Array<UserEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserCreateInput = {
  /** 启用 / Active */
  active: InputMaybe<Scalars['Boolean']['input']>;
  /** 姓名 / Display name */
  displayName: Scalars['String']['input'];
  /** 所属组织 / Organization */
  organizationId: InputMaybe<Scalars['ID']['input']>;
  /** 角色 / Role. Partner users need socialGroupId; organization admins and staff need organizationId */
  role: UserRole;
  /** 所属社会组织 / Social organization */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 用户名 / Username */
  username: Scalars['String']['input'];
};

export type UserEdge = {
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserOrderBy = {
  createdAt: InputMaybe<SortOrder>;
  displayName: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  lastLoginAt: InputMaybe<SortOrder>;
  role: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
  username: InputMaybe<SortOrder>;
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
  equals: InputMaybe<UserRole>;
  in: InputMaybe<Array<UserRole>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<UserRole>>;
};

export type UserUpdateInput = {
  /** 启用 / Active */
  active: InputMaybe<Scalars['Boolean']['input']>;
  /** 姓名 / Display name */
  displayName: InputMaybe<Scalars['String']['input']>;
  /** 所属组织 / Organization */
  organizationId: InputMaybe<Scalars['ID']['input']>;
  /** 角色 / Role. Partner users need socialGroupId; organization admins and staff need organizationId */
  role: InputMaybe<UserRole>;
  /** 所属社会组织 / Social organization */
  socialGroupId: InputMaybe<Scalars['ID']['input']>;
  /** 用户名 / Username */
  username: InputMaybe<Scalars['String']['input']>;
};

export type UserWhere = {
  AND: InputMaybe<Array<UserWhere>>;
  NOT: InputMaybe<UserWhere>;
  OR: InputMaybe<Array<UserWhere>>;
  active: InputMaybe<BooleanFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  displayName: InputMaybe<StringFilter>;
  id: InputMaybe<IdFilter>;
  lastLoginAt: InputMaybe<DateTimeFilter>;
  /** Filter on organization */
  organization: InputMaybe<OrganizationWhere>;
  organizationId: InputMaybe<IdFilter>;
  role: InputMaybe<UserRoleFilter>;
  /** Filter on socialGroup */
  socialGroup: InputMaybe<SocialGroupWhere>;
  socialGroupId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
  username: InputMaybe<StringFilter>;
};

/** 场地 / Venue */
export type Venue = {
  /** 地址 / Address */
  address: Maybe<Scalars['String']['output']>;
  /** 面积（平方米） / Area (m²) */
  areaSqm: Maybe<Scalars['Int']['output']>;
  /** 可容纳人数 / Capacity */
  capacity: Maybe<Scalars['Int']['output']>;
  /** 班级 / Classes */
  classes: Array<ServiceClass>;
  classesCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when soft-deleted */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** 设施设备 / Facilities */
  facilities: Maybe<Scalars['String']['output']>;
  /** 具备食品经营许可 / Has a food licence */
  hasFoodLicence: Maybe<Scalars['Boolean']['output']>;
  /** 设有护学岗 / Has a school-safety post */
  hasSafetyPost: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** 类型 / Kind */
  kind: VenueKind;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 所属单位 / Owner */
  owner: Maybe<Organization>;
  /** 所属单位 / Owner */
  ownerId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: send it back as expectedVersion when updating */
  version: Scalars['Int']['output'];
};


/** 场地 / Venue */
export type VenueClassesArgs = {
  orderBy: InputMaybe<Array<ServiceClassOrderBy>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ServiceClassWhere>;
};


/** 场地 / Venue */
export type VenueClassesCountArgs = {
  where: InputMaybe<ServiceClassWhere>;
};

export type VenueConnection = {
  edges: Array<VenueEdge>;
  nodes: Array<Venue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VenueCreateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 面积（平方米） / Area (m²) */
  areaSqm: InputMaybe<Scalars['Int']['input']>;
  /** 可容纳人数 / Capacity */
  capacity: InputMaybe<Scalars['Int']['input']>;
  /** 设施设备 / Facilities */
  facilities: InputMaybe<Scalars['String']['input']>;
  /** 具备食品经营许可 / Has a food licence */
  hasFoodLicence: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有护学岗 / Has a school-safety post */
  hasSafetyPost: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / Kind */
  kind: VenueKind;
  /** 名称 / Name */
  name: Scalars['String']['input'];
  /** 所属单位 / Owner */
  ownerId: InputMaybe<Scalars['ID']['input']>;
};

export type VenueEdge = {
  cursor: Scalars['String']['output'];
  node: Venue;
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
  equals: InputMaybe<VenueKind>;
  in: InputMaybe<Array<VenueKind>>;
  /** true: only rows where the value is empty */
  isNull: InputMaybe<Scalars['Boolean']['input']>;
  notIn: InputMaybe<Array<VenueKind>>;
};

export type VenueListRelationFilter = {
  every: InputMaybe<VenueWhere>;
  none: InputMaybe<VenueWhere>;
  some: InputMaybe<VenueWhere>;
};

export type VenueOrderBy = {
  areaSqm: InputMaybe<SortOrder>;
  capacity: InputMaybe<SortOrder>;
  createdAt: InputMaybe<SortOrder>;
  id: InputMaybe<SortOrder>;
  kind: InputMaybe<SortOrder>;
  name: InputMaybe<SortOrder>;
  updatedAt: InputMaybe<SortOrder>;
};

export type VenueUpdateInput = {
  /** 地址 / Address */
  address: InputMaybe<Scalars['String']['input']>;
  /** 面积（平方米） / Area (m²) */
  areaSqm: InputMaybe<Scalars['Int']['input']>;
  /** 可容纳人数 / Capacity */
  capacity: InputMaybe<Scalars['Int']['input']>;
  /** 设施设备 / Facilities */
  facilities: InputMaybe<Scalars['String']['input']>;
  /** 具备食品经营许可 / Has a food licence */
  hasFoodLicence: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有护学岗 / Has a school-safety post */
  hasSafetyPost: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / Kind */
  kind: InputMaybe<VenueKind>;
  /** 名称 / Name */
  name: InputMaybe<Scalars['String']['input']>;
  /** 所属单位 / Owner */
  ownerId: InputMaybe<Scalars['ID']['input']>;
};

export type VenueWhere = {
  AND: InputMaybe<Array<VenueWhere>>;
  NOT: InputMaybe<VenueWhere>;
  OR: InputMaybe<Array<VenueWhere>>;
  capacity: InputMaybe<IntFilter>;
  classes: InputMaybe<ServiceClassListRelationFilter>;
  createdAt: InputMaybe<DateTimeFilter>;
  hasFoodLicence: InputMaybe<BooleanFilter>;
  hasSafetyPost: InputMaybe<BooleanFilter>;
  id: InputMaybe<IdFilter>;
  kind: InputMaybe<VenueKindFilter>;
  name: InputMaybe<StringFilter>;
  /** Filter on owner */
  owner: InputMaybe<OrganizationWhere>;
  ownerId: InputMaybe<IdFilter>;
  updatedAt: InputMaybe<DateTimeFilter>;
};

export type WithheldReason =
  /** 为保护其他单元格而隐藏 (Hidden to protect another cell) */
  | 'COMPLEMENTARY'
  /** 涉及1～4人 (Counts 1–4 people) */
  | 'SMALL_COUNT';

/** Where a long piece of work started with a progressKey stands */
export type WorkProgress = {
  /** importRoster */
  kind: Scalars['String']['output'];
  /** How far the whole work is, 0–100 */
  percent: Scalars['Int']['output'];
  /** CHECKING, REGISTERING, ENROLLING, COMMITTING; then DONE or FAILED */
  phase: Scalars['String']['output'];
  /** Rows being worked on */
  rows: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};
