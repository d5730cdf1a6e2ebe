import { Check, Entity, Enum, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { UserRole } from './account.enums';

/**
 * A person who signs in. Partner users belong to a social organization, organization admins and
 * staff to an organization. (`user` is reserved in PostgreSQL, hence the table name.)
 */
@Entity({ tableName: 'app_user' })
@Check({ name: 'app_user_social_group_id_check', expression: `role <> 'PARTNER' or social_group_id is not null` })
@Check({
  name: 'app_user_organization_id_check',
  expression: `role <> all (array['ORG_ADMIN', 'ORG_STAFF']) or organization_id is not null`,
})
export class User extends BaseEntity {
  @Property({ length: 50, unique: 'app_user_username_unique' })
  username!: string;

  @Property({ type: 'text', nullable: true })
  passwordHash?: string | null;

  @Property({ length: 100 })
  displayName!: string;

  @Enum({ items: enumValues(UserRole) })
  role!: UserRole;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  organization?: Rel<Organization> | null;

  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  socialGroup?: Rel<SocialGroup> | null;

  @Property({ default: true })
  active: boolean & Opt = true;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}
