import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Organization } from '../organization/organization.entity';
import { ProjectCategory } from '../project/project.enums';
import { ServiceProject } from '../project/service-project.entity';
import { NeedStatus } from './need.enums';

/**
 * A need raised by an organization (需求清单, "职工点菜"), matched to a project that serves it. Its
 * status moves only through need-request.service.ts: OPEN → MATCHED → IN_PROGRESS → FULFILLED, or
 * CLOSED from any open state; a trigger refuses any other change of status.
 */
@Entity()
@Index({ properties: ['status'] })
@Index({ properties: ['category'] })
// The reports count the needs raised in a period's edge days (the days outside its whole months) by creation
// time; without it that read scanned every need. The included columns are what the read needs (an
// index-only scan; report.queries.ts needs).
@Index({
  name: 'need_request_created_at_index',
  expression:
    'create index "need_request_created_at_index" on "need_request" ("created_at") ' +
    'include ("raised_by_id", "category", "status", "deleted_at", "matched_project_id")',
})
@Check({ name: 'need_request_people_affected_check', expression: 'people_affected >= 0' })
@Check({
  name: 'need_request_matched_project_id_check',
  expression: "status <> all (array['MATCHED', 'IN_PROGRESS', 'FULFILLED']) or matched_project_id is not null",
})
export class NeedRequest extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  raisedBy!: Rel<Organization>;

  @ManyToOne(() => Beneficiary, { nullable: true, deleteRule: 'restrict' })
  beneficiary?: Rel<Beneficiary> | null;

  @Enum({ items: enumValues(ProjectCategory) })
  category!: ProjectCategory;

  @Property({ length: 200 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'integer', default: 0 })
  peopleAffected: number = 0;

  @Enum({ items: enumValues(NeedStatus), default: NeedStatus.OPEN })
  status: NeedStatus = NeedStatus.OPEN;

  @ManyToOne(() => ServiceProject, { nullable: true, deleteRule: 'restrict' })
  matchedProject?: Rel<ServiceProject> | null;

  @Property({ type: 'timestamptz', nullable: true })
  matchedAt?: Date | null;

  /** When the need was fulfilled or closed. */
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** Why it was closed, or how it was met (办结说明). */
  @Property({ type: 'text', nullable: true })
  resolutionNote?: string | null;
}
