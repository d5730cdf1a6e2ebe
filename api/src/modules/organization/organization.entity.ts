import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex, trigramNameIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { OrganizationKind, OrganizationLevel } from './organization.enums';
import { Partnership } from '../partnership/partnership.entity';
import { ServiceProject } from '../project/service-project.entity';
import { Venue } from '../venue/venue.entity';

/**
 * A node of the organization tree (city union → district → street → community …).
 * `path` is `/rootId/…/ownId/` and is kept by database triggers (see the migration), which also
 * refuse a parent that is the node itself or one of its descendants and move a subtree with its node.
 */
@Entity()
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('organization'))
@Index(trigramNameIndex('organization'))
export class Organization extends BaseEntity {
  @Property({ length: 200 })
  name!: string;

  @Property({ length: 100, nullable: true })
  shortName?: string | null;

  @Enum({ items: enumValues(OrganizationKind) })
  kind!: OrganizationKind;

  @Enum({ items: enumValues(OrganizationLevel) })
  level!: OrganizationLevel;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  parent?: Rel<Organization> | null;

  // Filled by the trigger; the default only satisfies NOT NULL before it runs.
  @Index({
    name: 'organization_path_index',
    expression: 'create index "organization_path_index" on "organization" ("path" text_pattern_ops)',
  })
  @Property({ type: 'text', defaultRaw: `''` })
  path: string = '';

  @Property({ length: 6, nullable: true })
  regionCode?: string | null;

  @Property({ length: 18, nullable: true })
  creditCode?: string | null;

  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Property({ length: 50, nullable: true })
  contactName?: string | null;

  @Property({ length: 20, nullable: true })
  contactPhone?: string | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => Organization, (x) => x.parent)
  children = new Collection<Organization>(this);

  @OneToMany(() => ServiceProject, (x) => x.sponsor)
  sponsoredProjects = new Collection<ServiceProject>(this);

  @OneToMany(() => Venue, (x) => x.owner)
  venues = new Collection<Venue>(this);

  @OneToMany(() => Partnership, (x) => x.organization)
  partnerships = new Collection<Partnership>(this);
}
