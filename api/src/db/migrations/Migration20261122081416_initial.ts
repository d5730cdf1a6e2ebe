import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081416_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(200) not null, "short_name" varchar(100) null, "kind" text check ("kind" in ('UNION', 'WOMENS_FEDERATION', 'PARTY_COMMITTEE', 'GOVERNMENT_AGENCY', 'STREET_OFFICE', 'COMMUNITY', 'VILLAGE', 'ENTERPRISE', 'SCHOOL', 'YOUTH_LEAGUE', 'OTHER')) not null, "level" text check ("level" in ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRASSROOTS')) not null, "parent_id" uuid null, "path" text not null default '', "region_code" varchar(6) null, "credit_code" varchar(18) null, "address" varchar(300) null, "contact_name" varchar(50) null, "contact_phone" varchar(20) null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_path_index" on "organization" ("path" text_pattern_ops);`);
    this.addSql(`create index "organization_name_index" on "organization" ("name");`);

    this.addSql(
      `create table "beneficiary" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" date null, "id_number_cipher" text null, "id_number_hash" varchar(64) null, "id_number_last4" varchar(4) null, "phone" varchar(20) null, "categories" text[] not null default '{}', "employer" varchar(200) null, "union_organization_id" uuid null, "home_community_id" uuid null, "registered_by_id" uuid not null, "notes" text null, constraint "beneficiary_pkey" primary key ("id"), constraint beneficiary_categories_check check (categories <@ array['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER', 'INDUSTRIAL_WORKER', 'DIFFICULT_WORKER', 'DUAL_EARNER_FAMILY', 'CHILD', 'INFANT', 'LEFT_BEHIND_CHILD', 'CHILD_IN_DIFFICULTY', 'FULL_TIME_MOTHER', 'WOMAN', 'ELDERLY', 'DISABLED', 'OTHER']::text[]));`,
    );
    this.addSql(`create index "beneficiary_union_organization_id_index" on "beneficiary" ("union_organization_id");`);
    this.addSql(`create index "beneficiary_home_community_id_index" on "beneficiary" ("home_community_id");`);
    this.addSql(`create index "beneficiary_registered_by_id_index" on "beneficiary" ("registered_by_id");`);
    this.addSql(`create index "beneficiary_name_index" on "beneficiary" ("name");`);
    this.addSql(
      `create unique index "beneficiary_id_number_hash_live_unique" on "beneficiary" ("id_number_hash") where "deleted_at" is null and "id_number_hash" is not null;`,
    );

    this.addSql(
      `create table "guardianship" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "guardian_id" uuid not null, "ward_id" uuid not null, "relation" text check ("relation" in ('FATHER', 'MOTHER', 'GRANDPARENT', 'OTHER_RELATIVE', 'OTHER')) not null, "is_primary" boolean not null default false, "may_pick_up" boolean not null default true, constraint "guardianship_pkey" primary key ("id"), constraint guardianship_ward_id_check check (guardian_id <> ward_id));`,
    );
    this.addSql(`create index "guardianship_guardian_id_index" on "guardianship" ("guardian_id");`);
    this.addSql(`create index "guardianship_ward_id_index" on "guardianship" ("ward_id");`);
    this.addSql(
      `create unique index "guardianship_ward_id_live_unique" on "guardianship" ("guardian_id", "ward_id") where "deleted_at" is null;`,
    );

    this.addSql(
      `create table "consent" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "beneficiary_id" uuid not null, "given_by_id" uuid null, "relation" text check ("relation" in ('FATHER', 'MOTHER', 'GRANDPARENT', 'OTHER_RELATIVE', 'OTHER')) null, "purpose" text check ("purpose" in ('SERVICE_ENROLLMENT', 'SUBSIDY_AUDIT', 'PHOTO_PUBLICITY', 'DATA_EXPORT')) not null, "notice_version" varchar(20) not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "consent_pkey" primary key ("id"), constraint consent_withdrawn_at_check check (withdrawn_at >= given_at));`,
    );
    this.addSql(`create index "consent_beneficiary_id_index" on "consent" ("beneficiary_id");`);
    this.addSql(`create index "consent_given_by_id_index" on "consent" ("given_by_id");`);

    this.addSql(
      `create table "social_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(200) not null, "kind" text check ("kind" in ('SOCIAL_WORK_CENTER', 'ASSOCIATION', 'FOUNDATION', 'PRIVATE_NON_ENTERPRISE', 'VOLUNTEER_TEAM', 'TRAINING_INSTITUTION', 'OTHER')) not null, "registration_status" text check ("registration_status" in ('REGISTERED', 'UNREGISTERED')) not null, "credit_code" varchar(18) null, "grade" text check ("grade" in ('A1', 'A2', 'A3', 'A4', 'A5')) null, "certified_social_workers" int not null default 0, "volunteers" int not null default 0, "has_own_union" boolean not null default false, "service_area" varchar(200) null, "address" varchar(300) null, "contact_name" varchar(50) null, "contact_phone" varchar(20) null, "description" text null, constraint "social_group_pkey" primary key ("id"), constraint social_group_volunteers_check check (volunteers >= 0), constraint social_group_certified_social_workers_check check (certified_social_workers >= 0), constraint social_group_credit_code_check check (registration_status <> 'REGISTERED' or credit_code is not null));`,
    );
    this.addSql(`create index "social_group_name_index" on "social_group" ("name");`);

    this.addSql(
      `create table "service_project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(200) not null, "brand" varchar(100) null, "edition" int null, "category" text check ("category" in ('SUMMER_CARE', 'CHILDCARE_UNDER_3', 'AFTER_SCHOOL', 'FAMILY_EDUCATION', 'INTEREST_CLASS', 'YOUTH_PALACE', 'EMPLOYMENT_TRAINING', 'MENTAL_HEALTH', 'ELDERLY_CARE', 'LEFT_BEHIND_CHILDREN', 'SAFETY_TRAINING', 'OTHER')) not null, "sponsor_id" uuid not null, "operator_id" uuid null, "parent_id" uuid null, "starts_on" date not null, "ends_on" date not null, "budget_fen" int null, "target_categories" text[] not null default '{}', "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'COMPLETED', 'CANCELLED')) not null default 'DRAFT', "description" text null, constraint "service_project_pkey" primary key ("id"), constraint service_project_edition_check check (edition >= 1), constraint service_project_budget_fen_check check (budget_fen >= 0), constraint service_project_ends_on_check check (ends_on >= starts_on), constraint service_project_target_categories_check check (target_categories <@ array['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER', 'INDUSTRIAL_WORKER', 'DIFFICULT_WORKER', 'DUAL_EARNER_FAMILY', 'CHILD', 'INFANT', 'LEFT_BEHIND_CHILD', 'CHILD_IN_DIFFICULTY', 'FULL_TIME_MOTHER', 'WOMAN', 'ELDERLY', 'DISABLED', 'OTHER']::text[]));`,
    );
    this.addSql(`create index "service_project_sponsor_id_index" on "service_project" ("sponsor_id");`);
    this.addSql(`create index "service_project_operator_id_index" on "service_project" ("operator_id");`);
    this.addSql(`create index "service_project_parent_id_index" on "service_project" ("parent_id");`);
    this.addSql(`create index "service_project_status_index" on "service_project" ("status");`);
    this.addSql(`create index "service_project_starts_on_index" on "service_project" ("starts_on");`);
    this.addSql(`create index "service_project_name_index" on "service_project" ("name");`);

    this.addSql(
      `create table "service_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "beneficiary_id" uuid not null, "project_id" uuid not null, "social_group_id" uuid null, "occurred_at" timestamptz not null, "kind" text check ("kind" in ('COUNSELING', 'HOME_VISIT', 'FAMILY_MEDIATION', 'REFERRAL', 'TRAINING', 'OTHER')) not null, "minutes" int not null, "summary" text null, "outcome" text null, constraint "service_record_pkey" primary key ("id"), constraint service_record_minutes_check check (minutes >= 0));`,
    );
    this.addSql(`create index "service_record_beneficiary_id_index" on "service_record" ("beneficiary_id");`);
    this.addSql(`create index "service_record_project_id_index" on "service_record" ("project_id");`);
    this.addSql(`create index "service_record_social_group_id_index" on "service_record" ("social_group_id");`);
    this.addSql(`create index "service_record_occurred_at_index" on "service_record" ("occurred_at");`);

    this.addSql(
      `create table "need_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "raised_by_id" uuid not null, "beneficiary_id" uuid null, "category" text check ("category" in ('SUMMER_CARE', 'CHILDCARE_UNDER_3', 'AFTER_SCHOOL', 'FAMILY_EDUCATION', 'INTEREST_CLASS', 'YOUTH_PALACE', 'EMPLOYMENT_TRAINING', 'MENTAL_HEALTH', 'ELDERLY_CARE', 'LEFT_BEHIND_CHILDREN', 'SAFETY_TRAINING', 'OTHER')) not null, "title" varchar(200) not null, "description" text null, "people_affected" int not null default 0, "status" text check ("status" in ('OPEN', 'MATCHED', 'IN_PROGRESS', 'FULFILLED', 'CLOSED')) not null default 'OPEN', "matched_project_id" uuid null, constraint "need_request_pkey" primary key ("id"), constraint need_request_people_affected_check check (people_affected >= 0));`,
    );
    this.addSql(`create index "need_request_raised_by_id_index" on "need_request" ("raised_by_id");`);
    this.addSql(`create index "need_request_beneficiary_id_index" on "need_request" ("beneficiary_id");`);
    this.addSql(`create index "need_request_matched_project_id_index" on "need_request" ("matched_project_id");`);
    this.addSql(`create index "need_request_category_index" on "need_request" ("category");`);
    this.addSql(`create index "need_request_status_index" on "need_request" ("status");`);

    this.addSql(
      `create table "evaluation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "project_id" uuid not null, "evaluator_organization_id" uuid null, "kind" text check ("kind" in ('MIDTERM', 'FINAL', 'PERIODIC')) not null, "evaluated_on" date not null, "score" int not null, "satisfaction_bp" int null, "comment" text null, constraint "evaluation_pkey" primary key ("id"), constraint evaluation_satisfaction_bp_check check (satisfaction_bp >= 0 and satisfaction_bp <= 10000), constraint evaluation_score_check check (score >= 0 and score <= 100));`,
    );
    this.addSql(`create index "evaluation_project_id_index" on "evaluation" ("project_id");`);
    this.addSql(
      `create index "evaluation_evaluator_organization_id_index" on "evaluation" ("evaluator_organization_id");`,
    );
    this.addSql(`create index "evaluation_evaluated_on_index" on "evaluation" ("evaluated_on");`);

    this.addSql(
      `create table "project_partner" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "project_id" uuid not null, "organization_id" uuid null, "social_group_id" uuid null, "role" text check ("role" in ('CO_ORGANIZER', 'FUNDER', 'VENUE_PROVIDER', 'SAFETY_GUARD', 'ENTERPRISE_SUPPORT', 'EXPERT')) not null, "note" varchar(500) null, constraint "project_partner_pkey" primary key ("id"), constraint project_partner_one_party_check check (num_nonnulls(organization_id, social_group_id) = 1));`,
    );
    this.addSql(`create index "project_partner_project_id_index" on "project_partner" ("project_id");`);
    this.addSql(`create index "project_partner_organization_id_index" on "project_partner" ("organization_id");`);
    this.addSql(`create index "project_partner_social_group_id_index" on "project_partner" ("social_group_id");`);

    this.addSql(
      `create table "partnership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "organization_id" uuid not null, "social_group_id" uuid not null, "kind" text check ("kind" in ('GUIDANCE', 'SERVICE_PURCHASE', 'VENUE_FOR_SERVICE', 'CO_BUILDING')) not null, "since" date not null, "until" date null, "discount_bp" int null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'ENDED')) not null default 'ACTIVE', "note" varchar(500) null, constraint "partnership_pkey" primary key ("id"), constraint partnership_discount_bp_check check (discount_bp >= 0 and discount_bp <= 10000), constraint partnership_until_check check (until >= since));`,
    );
    this.addSql(`create index "partnership_organization_id_index" on "partnership" ("organization_id");`);
    this.addSql(`create index "partnership_social_group_id_index" on "partnership" ("social_group_id");`);
    this.addSql(`create index "partnership_since_index" on "partnership" ("since");`);

    this.addSql(
      `create table "subsidy_policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "project_id" uuid not null, "rate_bp" int not null, "cap_per_person_fen" int null, "eligible_categories" text[] not null default '{}', "membership_organization_id" uuid null, "note" varchar(500) null, constraint "subsidy_policy_pkey" primary key ("id"), constraint subsidy_policy_cap_per_person_fen_check check (cap_per_person_fen >= 0), constraint subsidy_policy_rate_bp_check check (rate_bp >= 0 and rate_bp <= 5000), constraint subsidy_policy_eligible_categories_check check (eligible_categories <@ array['WORKER', 'NEW_EMPLOYMENT_FORM_WORKER', 'INDUSTRIAL_WORKER', 'DIFFICULT_WORKER', 'DUAL_EARNER_FAMILY', 'CHILD', 'INFANT', 'LEFT_BEHIND_CHILD', 'CHILD_IN_DIFFICULTY', 'FULL_TIME_MOTHER', 'WOMAN', 'ELDERLY', 'DISABLED', 'OTHER']::text[]));`,
    );
    this.addSql(`create index "subsidy_policy_project_id_index" on "subsidy_policy" ("project_id");`);
    this.addSql(
      `create index "subsidy_policy_membership_organization_id_index" on "subsidy_policy" ("membership_organization_id");`,
    );
    this.addSql(
      `create unique index "subsidy_policy_project_id_live_unique" on "subsidy_policy" ("project_id") where "deleted_at" is null;`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "username" varchar(50) not null, "password_hash" text null, "display_name" varchar(100) not null, "role" text check ("role" in ('PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF', 'PARTNER', 'ANALYST')) not null, "organization_id" uuid null, "social_group_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"), constraint app_user_organization_id_check check (role <> all (array['ORG_ADMIN', 'ORG_STAFF']) or organization_id is not null), constraint app_user_social_group_id_check check (role <> 'PARTNER' or social_group_id is not null));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_organization_id_index" on "app_user" ("organization_id");`);
    this.addSql(`create index "app_user_social_group_id_index" on "app_user" ("social_group_id");`);

    this.addSql(
      `create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "occurred_at" timestamptz not null default now(), "actor_id" uuid null, "actor_label" varchar(100) null, "action" varchar(40) not null, "entity_type" varchar(60) not null, "entity_id" varchar(64) null, "changed_fields" text[] not null default '{}', "request_id" varchar(64) null, "detail" jsonb null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(
      `create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "approval_step" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "project_id" uuid not null, "approver_organization_id" uuid not null, "decision" text check ("decision" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "decided_by_id" uuid null, "decided_at" timestamptz null, "due_on" date not null, "comment" text null, constraint "approval_step_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "approval_step_project_id_index" on "approval_step" ("project_id");`);
    this.addSql(
      `create index "approval_step_approver_organization_id_index" on "approval_step" ("approver_organization_id");`,
    );
    this.addSql(`create index "approval_step_decided_by_id_index" on "approval_step" ("decided_by_id");`);

    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(100) not null, "prefix" varchar(12) not null, "key_hash" varchar(128) not null, "organization_id" uuid null, "social_group_id" uuid null, "created_by_id" uuid null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"), constraint api_key_one_owner_check check (num_nonnulls(organization_id, social_group_id) = 1));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(`create index "api_key_organization_id_index" on "api_key" ("organization_id");`);
    this.addSql(`create index "api_key_social_group_id_index" on "api_key" ("social_group_id");`);
    this.addSql(`create index "api_key_created_by_id_index" on "api_key" ("created_by_id");`);

    this.addSql(
      `create table "venue" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "name" varchar(200) not null, "kind" text check ("kind" in ('SCHOOL_CAMPUS', 'COMMUNITY_CENTER', 'SHARED_SPACE', 'VILLAGE_OFFICE', 'ENTERPRISE_SITE', 'OUTDOOR_BASE', 'OTHER')) not null, "owner_id" uuid null, "address" varchar(300) null, "area_sqm" int null, "capacity" int null, "has_safety_post" boolean not null default false, "has_food_licence" boolean not null default false, "facilities" text null, constraint "venue_pkey" primary key ("id"), constraint venue_capacity_check check (capacity >= 0), constraint venue_area_sqm_check check (area_sqm >= 0));`,
    );
    this.addSql(`create index "venue_owner_id_index" on "venue" ("owner_id");`);
    this.addSql(`create index "venue_name_index" on "venue" ("name");`);

    this.addSql(
      `create table "service_class" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "project_id" uuid not null, "venue_id" uuid null, "name" varchar(200) not null, "care_type" text check ("care_type" in ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY', 'HOLIDAY', 'AFTER_SCHOOL', 'EVENING', 'ACTIVITY')) not null, "min_age_months" int null, "max_age_months" int null, "capacity" int not null, "enrolled_count" int not null default 0, "staff_count" int not null default 0, "starts_on" date not null, "ends_on" date not null, "weekdays" int[] not null, "daily_start" time(0) not null, "daily_end" time(0) not null, "fee_per_day_fen" int not null default 0, "status" text check ("status" in ('OPEN', 'CLOSED', 'CANCELLED')) not null default 'OPEN', constraint "service_class_pkey" primary key ("id"), constraint service_class_fee_per_day_fen_check check (fee_per_day_fen >= 0), constraint service_class_daily_end_check check (daily_end > daily_start), constraint service_class_weekdays_check check (weekdays <@ array[1, 2, 3, 4, 5, 6, 7]), constraint service_class_ends_on_check check (ends_on >= starts_on), constraint service_class_staff_count_check check (staff_count >= 0), constraint service_class_enrolled_count_check check (enrolled_count >= 0 and enrolled_count <= capacity), constraint service_class_capacity_check check (capacity > 0), constraint service_class_max_age_months_check check (max_age_months >= min_age_months), constraint service_class_min_age_months_check check (min_age_months >= 0));`,
    );
    this.addSql(`create index "service_class_project_id_index" on "service_class" ("project_id");`);
    this.addSql(`create index "service_class_venue_id_index" on "service_class" ("venue_id");`);
    this.addSql(`create index "service_class_status_index" on "service_class" ("status");`);
    this.addSql(`create index "service_class_starts_on_index" on "service_class" ("starts_on");`);
    this.addSql(`create index "service_class_name_index" on "service_class" ("name");`);

    this.addSql(
      `create table "enrollment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "class_id" uuid not null, "beneficiary_id" uuid not null, "applicant_id" uuid null, "status" text check ("status" in ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED', 'REJECTED')) not null default 'ENROLLED', "waitlist_position" int null, "days_booked" int not null default 0, "fee_fen" int not null default 0, "subsidy_fen" int not null default 0, "payable_fen" int not null default 0, "idempotency_key" varchar(100) null, "enrolled_at" timestamptz null, "withdrawn_at" timestamptz null, constraint "enrollment_pkey" primary key ("id"), constraint enrollment_fee_fen_split_check check (fee_fen = subsidy_fen + payable_fen), constraint enrollment_payable_fen_check check (payable_fen >= 0), constraint enrollment_subsidy_fen_check check (subsidy_fen >= 0), constraint enrollment_fee_fen_check check (fee_fen >= 0), constraint enrollment_days_booked_check check (days_booked >= 0), constraint enrollment_waitlist_position_check check (waitlist_position >= 1));`,
    );
    this.addSql(`create index "enrollment_class_id_index" on "enrollment" ("class_id");`);
    this.addSql(`create index "enrollment_beneficiary_id_index" on "enrollment" ("beneficiary_id");`);
    this.addSql(`create index "enrollment_applicant_id_index" on "enrollment" ("applicant_id");`);
    this.addSql(
      `alter table "enrollment" add constraint "enrollment_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`create index "enrollment_created_at_index" on "enrollment" ("created_at");`);
    this.addSql(`create index "enrollment_status_index" on "enrollment" ("status");`);
    this.addSql(
      `create unique index "enrollment_live_unique" on "enrollment" ("class_id", "beneficiary_id") where "deleted_at" is null and "status" in ('ENROLLED', 'WAITLISTED');`,
    );

    this.addSql(
      `create table "class_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "class_id" uuid not null, "date" date not null, "starts_at" time(0) not null, "ends_at" time(0) not null, "topic" varchar(200) null, "kind" text check ("kind" in ('LESSON', 'ACTIVITY', 'FIELD_TRIP', 'LECTURE')) not null default 'LESSON', "status" text check ("status" in ('SCHEDULED', 'HELD', 'CANCELLED')) not null default 'SCHEDULED', constraint "class_session_pkey" primary key ("id"), constraint class_session_ends_at_check check (ends_at > starts_at));`,
    );
    this.addSql(`create index "class_session_class_id_index" on "class_session" ("class_id");`);
    this.addSql(`create index "class_session_date_index" on "class_session" ("date");`);
    this.addSql(
      `create unique index "class_session_starts_at_live_unique" on "class_session" ("class_id", "date", "starts_at") where "deleted_at" is null;`,
    );

    this.addSql(
      `create table "attendance" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deleted_at" timestamptz null, "session_id" uuid not null, "enrollment_id" uuid not null, "status" text check ("status" in ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED')) not null, "check_in_at" timestamptz null, "check_out_at" timestamptz null, "picked_up_by_id" uuid null, "recorded_by_id" uuid null, "note" varchar(500) null, constraint "attendance_pkey" primary key ("id"), constraint attendance_check_out_at_check check (check_out_at >= check_in_at));`,
    );
    this.addSql(`create index "attendance_session_id_index" on "attendance" ("session_id");`);
    this.addSql(`create index "attendance_enrollment_id_index" on "attendance" ("enrollment_id");`);
    this.addSql(`create index "attendance_picked_up_by_id_index" on "attendance" ("picked_up_by_id");`);
    this.addSql(`create index "attendance_recorded_by_id_index" on "attendance" ("recorded_by_id");`);
    this.addSql(`create index "attendance_status_index" on "attendance" ("status");`);
    this.addSql(
      `create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id") where "deleted_at" is null;`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "beneficiary" add constraint "beneficiary_union_organization_id_foreign" foreign key ("union_organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "beneficiary" add constraint "beneficiary_home_community_id_foreign" foreign key ("home_community_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "beneficiary" add constraint "beneficiary_registered_by_id_foreign" foreign key ("registered_by_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "guardianship" add constraint "guardianship_guardian_id_foreign" foreign key ("guardian_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "guardianship" add constraint "guardianship_ward_id_foreign" foreign key ("ward_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "consent" add constraint "consent_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_given_by_id_foreign" foreign key ("given_by_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "service_project" add constraint "service_project_sponsor_id_foreign" foreign key ("sponsor_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_project" add constraint "service_project_operator_id_foreign" foreign key ("operator_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_project" add constraint "service_project_parent_id_foreign" foreign key ("parent_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "service_record" add constraint "service_record_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_record" add constraint "service_record_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_record" add constraint "service_record_social_group_id_foreign" foreign key ("social_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "need_request" add constraint "need_request_raised_by_id_foreign" foreign key ("raised_by_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "need_request" add constraint "need_request_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "need_request" add constraint "need_request_matched_project_id_foreign" foreign key ("matched_project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "evaluation" add constraint "evaluation_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation" add constraint "evaluation_evaluator_organization_id_foreign" foreign key ("evaluator_organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "project_partner" add constraint "project_partner_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_social_group_id_foreign" foreign key ("social_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_social_group_id_foreign" foreign key ("social_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "subsidy_policy" add constraint "subsidy_policy_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "subsidy_policy" add constraint "subsidy_policy_membership_organization_id_foreign" foreign key ("membership_organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_social_group_id_foreign" foreign key ("social_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "approval_step" add constraint "approval_step_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "approval_step" add constraint "approval_step_approver_organization_id_foreign" foreign key ("approver_organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "approval_step" add constraint "approval_step_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_social_group_id_foreign" foreign key ("social_group_id") references "social_group" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "venue" add constraint "venue_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "service_class" add constraint "service_class_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_class" add constraint "service_class_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "enrollment" add constraint "enrollment_class_id_foreign" foreign key ("class_id") references "service_class" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "enrollment" add constraint "enrollment_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "enrollment" add constraint "enrollment_applicant_id_foreign" foreign key ("applicant_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "class_session" add constraint "class_session_class_id_foreign" foreign key ("class_id") references "service_class" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "class_session" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_picked_up_by_id_foreign" foreign key ("picked_up_by_id") references "beneficiary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);

    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_union_organization_id_foreign";`);

    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_home_community_id_foreign";`);

    this.addSql(`alter table "beneficiary" drop constraint "beneficiary_registered_by_id_foreign";`);

    this.addSql(`alter table "service_project" drop constraint "service_project_sponsor_id_foreign";`);

    this.addSql(`alter table "need_request" drop constraint "need_request_raised_by_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_evaluator_organization_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_organization_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_organization_id_foreign";`);

    this.addSql(`alter table "subsidy_policy" drop constraint "subsidy_policy_membership_organization_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);

    this.addSql(`alter table "approval_step" drop constraint "approval_step_approver_organization_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_organization_id_foreign";`);

    this.addSql(`alter table "venue" drop constraint "venue_owner_id_foreign";`);

    this.addSql(`alter table "guardianship" drop constraint "guardianship_guardian_id_foreign";`);

    this.addSql(`alter table "guardianship" drop constraint "guardianship_ward_id_foreign";`);

    this.addSql(`alter table "consent" drop constraint "consent_beneficiary_id_foreign";`);

    this.addSql(`alter table "consent" drop constraint "consent_given_by_id_foreign";`);

    this.addSql(`alter table "service_record" drop constraint "service_record_beneficiary_id_foreign";`);

    this.addSql(`alter table "need_request" drop constraint "need_request_beneficiary_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_beneficiary_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_applicant_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_picked_up_by_id_foreign";`);

    this.addSql(`alter table "service_project" drop constraint "service_project_operator_id_foreign";`);

    this.addSql(`alter table "service_record" drop constraint "service_record_social_group_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_social_group_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_social_group_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_social_group_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_social_group_id_foreign";`);

    this.addSql(`alter table "service_project" drop constraint "service_project_parent_id_foreign";`);

    this.addSql(`alter table "service_record" drop constraint "service_record_project_id_foreign";`);

    this.addSql(`alter table "need_request" drop constraint "need_request_matched_project_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_project_id_foreign";`);

    this.addSql(`alter table "project_partner" drop constraint "project_partner_project_id_foreign";`);

    this.addSql(`alter table "subsidy_policy" drop constraint "subsidy_policy_project_id_foreign";`);

    this.addSql(`alter table "approval_step" drop constraint "approval_step_project_id_foreign";`);

    this.addSql(`alter table "service_class" drop constraint "service_class_project_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);

    this.addSql(`alter table "approval_step" drop constraint "approval_step_decided_by_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_recorded_by_id_foreign";`);

    this.addSql(`alter table "service_class" drop constraint "service_class_venue_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_class_id_foreign";`);

    this.addSql(`alter table "class_session" drop constraint "class_session_class_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_enrollment_id_foreign";`);

    this.addSql(`alter table "attendance" drop constraint "attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "beneficiary" cascade;`);

    this.addSql(`drop table if exists "guardianship" cascade;`);

    this.addSql(`drop table if exists "consent" cascade;`);

    this.addSql(`drop table if exists "social_group" cascade;`);

    this.addSql(`drop table if exists "service_project" cascade;`);

    this.addSql(`drop table if exists "service_record" cascade;`);

    this.addSql(`drop table if exists "need_request" cascade;`);

    this.addSql(`drop table if exists "evaluation" cascade;`);

    this.addSql(`drop table if exists "project_partner" cascade;`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop table if exists "subsidy_policy" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "approval_step" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "venue" cascade;`);

    this.addSql(`drop table if exists "service_class" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "class_session" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);
  }
}
