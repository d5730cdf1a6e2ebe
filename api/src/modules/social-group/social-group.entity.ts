import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex, trigramNameIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { RegistrationStatus, SocialGroupGrade, SocialGroupKind } from './social-group.enums';
import { Organization } from '../organization/organization.entity';
import { Partnership } from '../partnership/partnership.entity';
import { ServiceProject } from '../project/service-project.entity';

/** A social organization (社会组织) that runs services for unions and federations. */
@Entity()
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('social_group'))
@Index(trigramNameIndex('social_group'))
@Check({
  name: 'social_group_credit_code_check',
  expression: `registration_status <> 'REGISTERED' or credit_code is not null`,
})
@Check({ name: 'social_group_certified_social_workers_check', expression: 'certified_social_workers >= 0' })
@Check({ name: 'social_group_volunteers_check', expression: 'volunteers >= 0' })
export class SocialGroup extends BaseEntity {
  @Property({ length: 200 })
  name!: string;

  @Enum({ items: enumValues(SocialGroupKind) })
  kind!: SocialGroupKind;

  @Enum({ items: enumValues(RegistrationStatus) })
  registrationStatus!: RegistrationStatus;

  @Property({ length: 18, nullable: true })
  creditCode?: string | null;

  @Enum({ items: enumValues(SocialGroupGrade), nullable: true })
  grade?: SocialGroupGrade | null;

  @Property({ type: 'integer', default: 0 })
  certifiedSocialWorkers: number = 0;

  @Property({ type: 'integer', default: 0 })
  volunteers: number = 0;

  /** Guided to set up its own trade union (引导建会). */
  @Property({ default: false })
  hasOwnUnion: boolean = false;

  @Property({ length: 200, nullable: true })
  serviceArea?: string | null;

  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Property({ length: 50, nullable: true })
  contactName?: string | null;

  @Property({ length: 20, nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /**
   * The organization that keeps this entry of the shared directory: its subtree's staff may change it
   * (scope-rules.ts WRITE_RULES). Null: platform admins only.
   */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  managedBy?: Rel<Organization> | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => ServiceProject, (x) => x.operator)
  operatedProjects = new Collection<ServiceProject>(this);

  @OneToMany(() => Partnership, (x) => x.socialGroup)
  partnerships = new Collection<Partnership>(this);
}
