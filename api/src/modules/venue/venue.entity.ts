import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { VenueKind } from './venue.enums';
import { ServiceClass } from '../class/service-class.entity';

/** A place where services are held (a school campus, a community centre, a shared union space …). */
@Entity()
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('venue'))
@Check({ name: 'venue_area_sqm_check', expression: 'area_sqm >= 0' })
@Check({ name: 'venue_capacity_check', expression: 'capacity >= 0' })
export class Venue extends BaseEntity {
  @Property({ length: 200 })
  name!: string;

  @Enum({ items: enumValues(VenueKind) })
  kind!: VenueKind;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  owner?: Rel<Organization> | null;

  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Property({ type: 'integer', nullable: true })
  areaSqm?: number | null;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  /** A school-safety post (护学岗) guards the entrance. */
  @Property({ default: false })
  hasSafetyPost: boolean = false;

  @Property({ default: false })
  hasFoodLicence: boolean = false;

  @Property({ type: 'text', nullable: true })
  facilities?: string | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => ServiceClass, (x) => x.venue)
  classes = new Collection<ServiceClass>(this);
}
