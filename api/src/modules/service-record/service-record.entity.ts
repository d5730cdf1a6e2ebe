import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ServiceProject } from '../project/service-project.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { ServiceRecordKind } from './service-record.enums';

/** An individual service given to a beneficiary (counselling, a home visit …) within a project. */
@Entity()
@Index({ properties: ['occurredAt'] })
@Check({ name: 'service_record_minutes_check', expression: 'minutes >= 0' })
export class ServiceRecord extends BaseEntity {
  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  beneficiary!: Rel<Beneficiary>;

  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  socialGroup?: Rel<SocialGroup> | null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Enum({ items: enumValues(ServiceRecordKind) })
  kind!: ServiceRecordKind;

  @Property({ type: 'integer' })
  minutes!: number;

  /** Sensitive: what was discussed. */
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Property({ type: 'text', nullable: true })
  outcome?: string | null;
}
