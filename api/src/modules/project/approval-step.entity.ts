import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { User } from '../account/user.entity';
import { Organization } from '../organization/organization.entity';
import { ApprovalDecision } from './project.enums';
import { ServiceProject } from './service-project.entity';

/**
 * One approver's step in a project's approval; written only by the project actions. The database
 * keeps at most one PENDING step per project (a second submission racing the first fails), and a
 * step carries a decision time exactly when it is decided.
 */
@Entity()
@Unique({
  name: 'approval_step_project_id_pending_unique',
  expression:
    'create unique index "approval_step_project_id_pending_unique" on "approval_step" ("project_id") where "decision" = \'PENDING\' and "deleted_at" is null',
})
// The approver's queue (pendingApprovals): its pending steps, oldest due first.
@Index({
  name: 'approval_step_pending_queue_index',
  expression:
    'create index "approval_step_pending_queue_index" on "approval_step" ("approver_organization_id", "due_on", "id") where "decision" = \'PENDING\' and "deleted_at" is null',
})
@Check({ name: 'approval_step_decided_at_check', expression: "(decision = 'PENDING') = (decided_at is null)" })
export class ApprovalStep extends BaseEntity {
  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  approverOrganization!: Rel<Organization>;

  @Enum({ items: enumValues(ApprovalDecision), default: ApprovalDecision.PENDING })
  decision: ApprovalDecision = ApprovalDecision.PENDING;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  decidedBy?: Rel<User> | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
