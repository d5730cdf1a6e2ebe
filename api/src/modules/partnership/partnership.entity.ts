import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { PartnershipKind, PartnershipStatus } from './partnership.enums';

/** A standing relationship between an organization (union, federation, community) and a social organization. */
@Entity()
@Index({ properties: ['since'] })
@Check({ name: 'partnership_until_check', expression: 'until >= since' })
@Check({ name: 'partnership_discount_bp_check', expression: 'discount_bp >= 0 and discount_bp <= 10000' })
export class Partnership extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  organization!: Rel<Organization>;

  @ManyToOne(() => SocialGroup, { deleteRule: 'restrict' })
  socialGroup!: Rel<SocialGroup>;

  @Enum({ items: enumValues(PartnershipKind) })
  kind!: PartnershipKind;
  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'date', nullable: true })
  until?: string | null;

  /** Discount on the partner's services, e.g. in exchange for a venue. */
  @Property({ type: 'integer', nullable: true })
  discountBp?: number | null;

  @Enum({ items: enumValues(PartnershipStatus), default: PartnershipStatus.ACTIVE })
  status: PartnershipStatus = PartnershipStatus.ACTIVE;

  @Property({ length: 500, nullable: true })
  note?: string | null;
}
