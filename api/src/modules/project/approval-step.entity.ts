import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { User } from '../account/user.entity';
import { Organization } from '../organization/organization.entity';
import { ApprovalDecision } from './project.enums';
import { ServiceProject } from './service-project.entity';

/** One approver's step in a project's approval; written only by the approval workflow. */
@Entity()
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
