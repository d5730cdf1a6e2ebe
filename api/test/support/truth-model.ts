/**
 * A hand-written model of the tables behind some GraphQL resources, used to compute the expected
 * answers with plain SQL. It is written from the resource declarations and the migration on purpose
 * instead of being derived from the API's own metadata, so that the ground truth is independent.
 */
export type ColumnKind =
  'string' | 'text' | 'int' | 'bool' | 'date' | 'time' | 'datetime' | 'enum' | 'uuid' | 'intList' | 'enumList';

export interface Column {
  column: string;
  kind: ColumnKind;
  nullable: boolean;
  /** Offered in the GraphQL `XWhere`. */
  filter: boolean;
  /** Offered in the GraphQL `XOrderBy`. */
  sort: boolean;
  /** Enum values (enum / enumList). */
  values?: readonly string[];
  /** For foreign keys (`xId`): the target model. */
  target?: string;
}

export interface ToOne {
  target: string;
  /** Foreign-key column on this model's table. */
  fk: string;
}

export interface ToMany {
  target: string;
  /** Foreign-key column on the child table pointing back at the parent. */
  fk: string;
}

export interface Model {
  name: string;
  table: string;
  /** Query field names. */
  plural: string;
  fields: Record<string, Column>;
  toOne: Record<string, ToOne>;
  toMany: Record<string, ToMany>;
  /** Columns matched by `search` (case-insensitive substring). */
  search: string[];
  /** Default order when no orderBy is given ([field, dir]); `id ASC` is always appended. */
  defaultOrder: [string, 'ASC' | 'DESC'][];
}

const BENEFICIARY_CATEGORIES = [
  'WORKER',
  'NEW_EMPLOYMENT_FORM_WORKER',
  'INDUSTRIAL_WORKER',
  'DIFFICULT_WORKER',
  'DUAL_EARNER_FAMILY',
  'CHILD',
  'INFANT',
  'LEFT_BEHIND_CHILD',
  'CHILD_IN_DIFFICULTY',
  'FULL_TIME_MOTHER',
  'WOMAN',
  'ELDERLY',
  'DISABLED',
  'OTHER',
] as const;

export const ENUMS = {
  OrganizationKind: [
    'UNION',
    'WOMENS_FEDERATION',
    'PARTY_COMMITTEE',
    'GOVERNMENT_AGENCY',
    'STREET_OFFICE',
    'COMMUNITY',
    'VILLAGE',
    'ENTERPRISE',
    'SCHOOL',
    'YOUTH_LEAGUE',
    'OTHER',
  ],
  OrganizationLevel: ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRASSROOTS'],
  ProjectCategory: [
    'SUMMER_CARE',
    'CHILDCARE_UNDER_3',
    'AFTER_SCHOOL',
    'FAMILY_EDUCATION',
    'INTEREST_CLASS',
    'YOUTH_PALACE',
    'EMPLOYMENT_TRAINING',
    'MENTAL_HEALTH',
    'ELDERLY_CARE',
    'LEFT_BEHIND_CHILDREN',
    'SAFETY_TRAINING',
    'OTHER',
  ],
  ProjectStatus: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'COMPLETED', 'CANCELLED'],
  BeneficiaryCategory: BENEFICIARY_CATEGORIES,
  CareType: ['FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY', 'HOLIDAY', 'AFTER_SCHOOL', 'EVENING', 'ACTIVITY'],
  ClassStatus: ['OPEN', 'CLOSED', 'CANCELLED'],
  VenueKind: [
    'SCHOOL_CAMPUS',
    'COMMUNITY_CENTER',
    'SHARED_SPACE',
    'VILLAGE_OFFICE',
    'ENTERPRISE_SITE',
    'OUTDOOR_BASE',
    'OTHER',
  ],
  Gender: ['MALE', 'FEMALE'],
  EnrollmentStatus: ['ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED', 'REJECTED'],
  SocialGroupKind: [
    'SOCIAL_WORK_CENTER',
    'ASSOCIATION',
    'FOUNDATION',
    'PRIVATE_NON_ENTERPRISE',
    'VOLUNTEER_TEAM',
    'TRAINING_INSTITUTION',
    'OTHER',
  ],
  RegistrationStatus: ['REGISTERED', 'UNREGISTERED'],
  SocialGroupGrade: ['A1', 'A2', 'A3', 'A4', 'A5'],
  RoundStatus: ['OPEN', 'DRAWN', 'CONFIRMED', 'CANCELLED'],
  ApplicationStatus: ['APPLIED', 'WITHDRAWN', 'WON', 'WAITLISTED'],
  ObjectionStatus: ['OPEN', 'UPHELD', 'DISMISSED'],
} as const;

type Opts = { nullable?: boolean; filter?: boolean; sort?: boolean; values?: readonly string[]; target?: string };
const col =
  (kind: ColumnKind) =>
  (column: string, o: Opts = {}): Column => ({
    column,
    kind,
    nullable: o.nullable ?? false,
    filter: o.filter ?? false,
    sort: o.sort ?? false,
    values: o.values,
    target: o.target,
  });
const c = {
  string: col('string'),
  text: col('text'),
  int: col('int'),
  bool: col('bool'),
  date: col('date'),
  time: col('time'),
  datetime: col('datetime'),
  enum: col('enum'),
  uuid: col('uuid'),
  intList: col('intList'),
  enumList: col('enumList'),
};

/** id, createdAt and updatedAt: filterable and sortable everywhere. */
const base = () => ({
  id: c.uuid('id', { filter: true, sort: true }),
  createdAt: c.datetime('created_at', { filter: true, sort: true }),
  updatedAt: c.datetime('updated_at', { filter: true, sort: true }),
});

const F = true;
const N = true;

export const MODELS: Record<string, Model> = {
  Organization: {
    name: 'Organization',
    table: 'organization',
    plural: 'organizations',
    fields: {
      ...base(),
      name: c.string('name', { filter: F, sort: true }),
      shortName: c.string('short_name', { nullable: N, filter: F, sort: true }),
      kind: c.enum('kind', { filter: F, sort: true, values: ENUMS.OrganizationKind }),
      level: c.enum('level', { filter: F, sort: true, values: ENUMS.OrganizationLevel }),
      parentId: c.uuid('parent_id', { nullable: N, filter: F, target: 'Organization' }),
      path: c.string('path', { filter: F }),
      regionCode: c.string('region_code', { nullable: N, filter: F, sort: true }),
      creditCode: c.string('credit_code', { nullable: N, filter: F }),
      address: c.string('address', { nullable: N }),
    },
    toOne: { parent: { target: 'Organization', fk: 'parent_id' } },
    toMany: {
      children: { target: 'Organization', fk: 'parent_id' },
      sponsoredProjects: { target: 'ServiceProject', fk: 'sponsor_id' },
      venues: { target: 'Venue', fk: 'owner_id' },
    },
    search: ['name', 'short_name', 'address'],
    defaultOrder: [['name', 'ASC']],
  },
  SocialGroup: {
    name: 'SocialGroup',
    table: 'social_group',
    plural: 'socialGroups',
    fields: {
      ...base(),
      name: c.string('name', { filter: F, sort: true }),
      kind: c.enum('kind', { filter: F, sort: true, values: ENUMS.SocialGroupKind }),
      registrationStatus: c.enum('registration_status', { filter: F, sort: true, values: ENUMS.RegistrationStatus }),
      creditCode: c.string('credit_code', { nullable: N, filter: F }),
      grade: c.enum('grade', { nullable: N, filter: F, sort: true, values: ENUMS.SocialGroupGrade }),
      certifiedSocialWorkers: c.int('certified_social_workers', { filter: F, sort: true }),
      volunteers: c.int('volunteers', { filter: F, sort: true }),
      hasOwnUnion: c.bool('has_own_union', { filter: F }),
      serviceArea: c.string('service_area', { nullable: N, filter: F }),
    },
    toOne: {},
    toMany: { operatedProjects: { target: 'ServiceProject', fk: 'operator_id' } },
    search: ['name', 'service_area', 'address', 'contact_name', 'description'],
    defaultOrder: [['name', 'ASC']],
  },
  ServiceProject: {
    name: 'ServiceProject',
    table: 'service_project',
    plural: 'serviceProjects',
    fields: {
      ...base(),
      name: c.string('name', { filter: F, sort: true }),
      brand: c.string('brand', { nullable: N, filter: F, sort: true }),
      edition: c.int('edition', { nullable: N, filter: F, sort: true }),
      category: c.enum('category', { filter: F, sort: true, values: ENUMS.ProjectCategory }),
      sponsorId: c.uuid('sponsor_id', { filter: F, target: 'Organization' }),
      operatorId: c.uuid('operator_id', { nullable: N, filter: F, target: 'SocialGroup' }),
      parentId: c.uuid('parent_id', { nullable: N, filter: F, target: 'ServiceProject' }),
      startsOn: c.date('starts_on', { filter: F, sort: true }),
      endsOn: c.date('ends_on', { filter: F, sort: true }),
      budgetFen: c.int('budget_fen', { nullable: N, sort: true }),
      targetCategories: c.enumList('target_categories', { filter: F, values: ENUMS.BeneficiaryCategory }),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.ProjectStatus }),
    },
    toOne: {
      sponsor: { target: 'Organization', fk: 'sponsor_id' },
      operator: { target: 'SocialGroup', fk: 'operator_id' },
      parent: { target: 'ServiceProject', fk: 'parent_id' },
    },
    toMany: {
      subProjects: { target: 'ServiceProject', fk: 'parent_id' },
      classes: { target: 'ServiceClass', fk: 'project_id' },
    },
    search: ['name', 'brand', 'description'],
    defaultOrder: [['startsOn', 'DESC']],
  },
  ServiceClass: {
    name: 'ServiceClass',
    table: 'service_class',
    plural: 'serviceClasses',
    fields: {
      ...base(),
      projectId: c.uuid('project_id', { filter: F, target: 'ServiceProject' }),
      venueId: c.uuid('venue_id', { nullable: N, filter: F, target: 'Venue' }),
      name: c.string('name', { filter: F, sort: true }),
      careType: c.enum('care_type', { filter: F, sort: true, values: ENUMS.CareType }),
      minAgeMonths: c.int('min_age_months', { nullable: N, filter: F, sort: true }),
      maxAgeMonths: c.int('max_age_months', { nullable: N, filter: F, sort: true }),
      capacity: c.int('capacity', { filter: F, sort: true }),
      enrolledCount: c.int('enrolled_count', { filter: F, sort: true }),
      staffCount: c.int('staff_count', { sort: true }),
      startsOn: c.date('starts_on', { filter: F, sort: true }),
      endsOn: c.date('ends_on', { filter: F, sort: true }),
      weekdays: c.intList('weekdays', { filter: F }),
      dailyStart: c.time('daily_start', { sort: true }),
      dailyEnd: c.time('daily_end', { sort: true }),
      feePerDayFen: c.int('fee_per_day_fen', { sort: true }),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.ClassStatus }),
    },
    toOne: {
      project: { target: 'ServiceProject', fk: 'project_id' },
      venue: { target: 'Venue', fk: 'venue_id' },
    },
    toMany: { enrollments: { target: 'Enrollment', fk: 'class_id' } },
    search: ['name'],
    defaultOrder: [['startsOn', 'DESC']],
  },
  Venue: {
    name: 'Venue',
    table: 'venue',
    plural: 'venues',
    fields: {
      ...base(),
      name: c.string('name', { filter: F, sort: true }),
      kind: c.enum('kind', { filter: F, sort: true, values: ENUMS.VenueKind }),
      ownerId: c.uuid('owner_id', { nullable: N, filter: F, target: 'Organization' }),
      areaSqm: c.int('area_sqm', { nullable: N, sort: true }),
      capacity: c.int('capacity', { nullable: N, filter: F, sort: true }),
      hasSafetyPost: c.bool('has_safety_post', { filter: F }),
      hasFoodLicence: c.bool('has_food_licence', { filter: F }),
    },
    toOne: { owner: { target: 'Organization', fk: 'owner_id' } },
    toMany: { classes: { target: 'ServiceClass', fk: 'venue_id' } },
    search: ['name', 'address'],
    defaultOrder: [['name', 'ASC']],
  },
  Beneficiary: {
    name: 'Beneficiary',
    table: 'beneficiary',
    plural: 'beneficiaries',
    fields: {
      ...base(),
      name: c.string('name', { filter: F, sort: true }),
      gender: c.enum('gender', { filter: F, sort: true, values: ENUMS.Gender }),
      birthDate: c.date('birth_date', { nullable: N, filter: F, sort: true }),
      categories: c.enumList('categories', { filter: F, values: ENUMS.BeneficiaryCategory }),
      employer: c.string('employer', { nullable: N, filter: F }),
      unionOrganizationId: c.uuid('union_organization_id', { nullable: N, filter: F, target: 'Organization' }),
      homeCommunityId: c.uuid('home_community_id', { nullable: N, filter: F, target: 'Organization' }),
      registeredById: c.uuid('registered_by_id', { filter: F, target: 'Organization' }),
    },
    toOne: {
      unionOrganization: { target: 'Organization', fk: 'union_organization_id' },
      homeCommunity: { target: 'Organization', fk: 'home_community_id' },
      registeredBy: { target: 'Organization', fk: 'registered_by_id' },
    },
    toMany: { enrollments: { target: 'Enrollment', fk: 'beneficiary_id' } },
    search: ['name', 'employer'],
    defaultOrder: [['name', 'ASC']],
  },
  Enrollment: {
    name: 'Enrollment',
    table: 'enrollment',
    plural: 'enrollments',
    fields: {
      ...base(),
      classId: c.uuid('class_id', { filter: F, target: 'ServiceClass' }),
      beneficiaryId: c.uuid('beneficiary_id', { filter: F, target: 'Beneficiary' }),
      applicantId: c.uuid('applicant_id', { nullable: N, filter: F, target: 'Beneficiary' }),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.EnrollmentStatus }),
      waitlistPosition: c.int('waitlist_position', { nullable: N, sort: true }),
      daysBooked: c.int('days_booked', { sort: true }),
      feeFen: c.int('fee_fen', { sort: true }),
      subsidyFen: c.int('subsidy_fen', { sort: true }),
      payableFen: c.int('payable_fen', { sort: true }),
      enrolledAt: c.datetime('enrolled_at', { nullable: N, filter: F, sort: true }),
      withdrawnAt: c.datetime('withdrawn_at', { nullable: N, filter: F, sort: true }),
    },
    toOne: {
      serviceClass: { target: 'ServiceClass', fk: 'class_id' },
      beneficiary: { target: 'Beneficiary', fk: 'beneficiary_id' },
      applicant: { target: 'Beneficiary', fk: 'applicant_id' },
    },
    toMany: {},
    search: [],
    defaultOrder: [['createdAt', 'DESC']],
  },
  // Issue 22: read through the generic queries, written by domain actions only (the seed is no field).
  ApplicationRound: {
    name: 'ApplicationRound',
    table: 'application_round',
    plural: 'applicationRounds',
    fields: {
      ...base(),
      classId: c.uuid('class_id', { filter: F, target: 'ServiceClass' }),
      opensAt: c.datetime('opens_at', { filter: F, sort: true }),
      closesAt: c.datetime('closes_at', { filter: F, sort: true }),
      places: c.int('places', { sort: true }),
      noticeDays: c.int('notice_days'),
      seedHash: c.string('seed_hash'),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.RoundStatus }),
      applicationCount: c.int('application_count', { sort: true }),
      placesDrawn: c.int('places_drawn', { nullable: N }),
      drawnAt: c.datetime('drawn_at', { nullable: N, sort: true }),
      listHash: c.string('list_hash', { nullable: N }),
      resultHash: c.string('result_hash', { nullable: N }),
      noticeEndsAt: c.datetime('notice_ends_at', { nullable: N, sort: true }),
      confirmedAt: c.datetime('confirmed_at', { nullable: N, sort: true }),
    },
    toOne: { serviceClass: { target: 'ServiceClass', fk: 'class_id' } },
    toMany: { applications: { target: 'Application', fk: 'round_id' } },
    search: [],
    defaultOrder: [['closesAt', 'DESC']],
  },
  Application: {
    name: 'Application',
    table: 'application',
    plural: 'applications',
    fields: {
      ...base(),
      roundId: c.uuid('round_id', { filter: F, target: 'ApplicationRound' }),
      beneficiaryId: c.uuid('beneficiary_id', { filter: F, target: 'Beneficiary' }),
      applicantId: c.uuid('applicant_id', { nullable: N, filter: F, target: 'Beneficiary' }),
      number: c.string('number', { filter: F, sort: true }),
      tier: c.int('tier', { filter: F, sort: true }),
      siblingGroup: c.string('sibling_group', { nullable: N, filter: F }),
      daysBooked: c.int('days_booked'),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.ApplicationStatus }),
      drawPosition: c.int('draw_position', { nullable: N, sort: true }),
      enrollmentId: c.uuid('enrollment_id', { nullable: N, target: 'Enrollment' }),
      withdrawnAt: c.datetime('withdrawn_at', { nullable: N, sort: true }),
    },
    toOne: {
      round: { target: 'ApplicationRound', fk: 'round_id' },
      beneficiary: { target: 'Beneficiary', fk: 'beneficiary_id' },
      applicant: { target: 'Beneficiary', fk: 'applicant_id' },
    },
    toMany: {},
    search: [],
    defaultOrder: [['number', 'ASC']],
  },
  // Objections to a drawn round (issue 22 item 3): read generically, recorded and resolved by domain actions.
  RoundObjection: {
    name: 'RoundObjection',
    table: 'round_objection',
    plural: 'roundObjections',
    fields: {
      ...base(),
      roundId: c.uuid('round_id', { filter: F, target: 'ApplicationRound' }),
      applicationId: c.uuid('application_id', { nullable: N, filter: F, target: 'Application' }),
      reason: c.text('reason'),
      status: c.enum('status', { filter: F, sort: true, values: ENUMS.ObjectionStatus }),
      resolution: c.text('resolution', { nullable: N }),
      resolvedAt: c.datetime('resolved_at', { nullable: N, sort: true }),
    },
    toOne: {
      round: { target: 'ApplicationRound', fk: 'round_id' },
      application: { target: 'Application', fk: 'application_id' },
    },
    toMany: {},
    search: [],
    defaultOrder: [['createdAt', 'ASC']],
  },
};

export const filterable = (m: Model): [string, Column][] => Object.entries(m.fields).filter(([, f]) => f.filter);
export const sortable = (m: Model): string[] => Object.keys(m.fields).filter((k) => m.fields[k].sort);
