import { Check, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { PartnerRole } from './project.enums';
import { ServiceProject } from './service-project.entity';

/** Another party taking part in a project: exactly one of an organization or a social organization. */
@Entity()
@Check({
  name: 'project_partner_one_party_check',
  expression: 'num_nonnulls(organization_id, social_group_id) = 1',
})
export class ProjectPartner extends BaseEntity {
  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  organization?: Rel<Organization> | null;

  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  socialGroup?: Rel<SocialGroup> | null;

  @Enum({ items: enumValues(PartnerRole) })
  role!: PartnerRole;

  @Property({ length: 500, nullable: true })
  note?: string | null;
}
