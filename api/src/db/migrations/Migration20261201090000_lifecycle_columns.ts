import { Migration } from '@mikro-orm/migrations';

export class Migration20261201090000_lifecycle_columns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "approval_step" drop constraint if exists "approval_step_decision_check";`);

    this.addSql(`alter table "service_project" add column "cancel_reason" text null;`);

    this.addSql(
      `alter table "approval_step" add constraint "approval_step_decision_check" check("decision" in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'));`,
    );
    this.addSql(
      `create index "approval_step_pending_queue_index" on "approval_step" ("approver_organization_id", "due_on", "id") where "decision" = 'PENDING' and "deleted_at" is null;`,
    );
    this.addSql(
      `create unique index "approval_step_project_id_pending_unique" on "approval_step" ("project_id") where "decision" = 'PENDING' and "deleted_at" is null;`,
    );
    this.addSql(
      `alter table "approval_step" add constraint approval_step_decided_at_check check((decision = 'PENDING') = (decided_at is null));`,
    );

    this.addSql(
      `alter table "class_session" add column "cancel_reason" varchar(500) null, add column "cancelled_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "approval_step" drop constraint if exists "approval_step_decision_check";`);

    this.addSql(`drop index "approval_step_pending_queue_index";`);
    this.addSql(`drop index "approval_step_project_id_pending_unique";`);
    this.addSql(`alter table "approval_step" drop constraint approval_step_decided_at_check;`);

    this.addSql(
      `alter table "approval_step" add constraint "approval_step_decision_check" check("decision" in ('PENDING', 'APPROVED', 'REJECTED'));`,
    );

    this.addSql(`alter table "class_session" drop column "cancel_reason", drop column "cancelled_at";`);

    this.addSql(`alter table "service_project" drop column "cancel_reason";`);
  }
}
