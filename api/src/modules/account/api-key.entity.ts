import { Check, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { User } from './user.entity';

/**
 * A key for machine access, owned by exactly one organization or social organization. Only a hash
 * of the secret is stored; `prefix` is the non-secret start shown to users to tell keys apart.
 */
@Entity()
@Check({ name: 'api_key_one_owner_check', expression: 'num_nonnulls(organization_id, social_group_id) = 1' })
export class ApiKey extends BaseEntity {
  @Property({ length: 100 })
  name!: string;

  @Property({ length: 12 })
  prefix!: string;

  @Property({ length: 128, unique: 'api_key_key_hash_unique' })
  keyHash!: string;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  organization?: Rel<Organization> | null;

  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  socialGroup?: Rel<SocialGroup> | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  createdBy?: Rel<User> | null;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
