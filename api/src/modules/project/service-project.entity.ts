import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex, trigramNameIndex, liveOrderIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { BeneficiaryCategory, beneficiaryCategoriesCheck } from '../beneficiary/beneficiary.enums';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { ProjectCategory, ProjectStatus } from './project.enums';
import { ApprovalStep } from './approval-step.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { ProjectPartner } from './project-partner.entity';
import { ServiceClass } from '../class/service-class.entity';
import { ServiceRecord } from '../service-record/service-record.entity';
import { SubsidyPolicy } from './subsidy-policy.entity';

/**
 * A service project (服务项目): sponsored by an organization (主办单位), usually run by a social
 * organization (承办方), possibly part of a larger programme (上级项目). Its status changes only
 * through the approval workflow and other domain actions.
 */
@Entity()
@Check({ name: 'service_project_target_categories_check', expression: beneficiaryCategoriesCheck('target_categories') })
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('service_project'))
@Index(trigramNameIndex('service_project'))
@Index(liveOrderIndex('service_project', 'service_project_starts_on_live', '"starts_on" desc, "id"'))
@Index({ properties: ['startsOn'] })
@Index({ properties: ['status'] })
@Check({ name: 'service_project_ends_on_check', expression: 'ends_on >= starts_on' })
@Check({ name: 'service_project_budget_fen_check', expression: 'budget_fen >= 0' })
@Check({ name: 'service_project_edition_check', expression: 'edition >= 1' })
export class ServiceProject extends BaseEntity {
  @Property({ length: 200 })
  name!: string;

  /** A programme brand, e.g. 会暖春芽·伴爱成长. */
  @Property({ length: 100, nullable: true })
  brand?: string | null;

  /** Which edition (第几届) of a recurring programme. */
  @Property({ type: 'integer', nullable: true })
  edition?: number | null;

  @Enum({ items: enumValues(ProjectCategory) })
  category!: ProjectCategory;

  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  sponsor!: Rel<Organization>;

  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  operator?: Rel<SocialGroup> | null;

  @ManyToOne(() => ServiceProject, { nullable: true, deleteRule: 'restrict' })
  parent?: Rel<ServiceProject> | null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'integer', nullable: true })
  budgetFen?: number | null;

  @Enum({ items: enumValues(BeneficiaryCategory), array: true, default: [] })
  targetCategories: BeneficiaryCategory[] = [];

  @Enum({ items: enumValues(ProjectStatus), default: ProjectStatus.DRAFT })
  status: ProjectStatus = ProjectStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Why the project was cancelled (cancelServiceProject). */
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => ServiceProject, (x) => x.parent)
  subProjects = new Collection<ServiceProject>(this);

  @OneToMany(() => ServiceClass, (x) => x.project)
  classes = new Collection<ServiceClass>(this);

  @OneToMany(() => ProjectPartner, (x) => x.project)
  partners = new Collection<ProjectPartner>(this);

  @OneToMany(() => ApprovalStep, (x) => x.project)
  approvalSteps = new Collection<ApprovalStep>(this);

  @OneToMany(() => SubsidyPolicy, (x) => x.project)
  subsidyPolicies = new Collection<SubsidyPolicy>(this);

  @OneToMany(() => Evaluation, (x) => x.project)
  evaluations = new Collection<Evaluation>(this);

  @OneToMany(() => ServiceRecord, (x) => x.project)
  serviceRecords = new Collection<ServiceRecord>(this);
}
