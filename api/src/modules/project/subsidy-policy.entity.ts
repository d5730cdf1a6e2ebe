import { Check, Entity, Enum, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { BeneficiaryCategory, beneficiaryCategoriesCheck } from '../beneficiary/beneficiary.enums';
import { Organization } from '../organization/organization.entity';
import { ServiceProject } from './service-project.entity';

/**
 * How much of a participant's fee the sponsor pays (at most half), for whom, and up to what amount
 * per person. At most one live policy per project.
 */
@Entity()
@Check({
  name: 'subsidy_policy_eligible_categories_check',
  expression: beneficiaryCategoriesCheck('eligible_categories'),
})
@Unique({
  name: 'subsidy_policy_project_id_live_unique',
  expression:
    'create unique index "subsidy_policy_project_id_live_unique" on "subsidy_policy" ("project_id") where "deleted_at" is null',
})
@Check({ name: 'subsidy_policy_rate_bp_check', expression: 'rate_bp >= 0 and rate_bp <= 5000' })
@Check({ name: 'subsidy_policy_cap_per_person_fen_check', expression: 'cap_per_person_fen >= 0' })
export class SubsidyPolicy extends BaseEntity {
  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @Property({ type: 'integer' })
  rateBp!: number;

  @Property({ type: 'integer', nullable: true })
  capPerPersonFen?: number | null;

  @Enum({ items: enumValues(BeneficiaryCategory), array: true, default: [] })
  eligibleCategories: BeneficiaryCategory[] = [];

  /** The worker's union membership must lie in this organization's subtree (工会关系在本区). */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  membershipOrganization?: Rel<Organization> | null;

  @Property({ length: 500, nullable: true })
  note?: string | null;
}
