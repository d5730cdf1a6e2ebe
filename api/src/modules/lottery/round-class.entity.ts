import { Check, Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { ServiceClass } from '../class/service-class.entity';
import { ApplicationRound } from './application-round.entity';

/**
 * A class of an application round. Every round has one row per class it draws (one for a round on one class);
 * a round over several classes of one project lets applicants list them in order of preference
 * (docs/lottery.md). `label` (A, B …) is how the public notice names the class in the published list.
 * Not a GraphQL resource: read through the round's notice and the round's `classIds`.
 */
@Entity({ tableName: 'round_class' })
@Unique({ name: 'round_class_round_class_unique', properties: ['round', 'serviceClass'] })
@Unique({ name: 'round_class_round_label_unique', properties: ['round', 'label'] })
@Check({ name: 'round_class_places_check', expression: 'places >= 0' })
@Check({ name: 'round_class_places_drawn_check', expression: 'places_drawn >= 0' })
export class RoundClass extends BaseEntity {
  @ManyToOne(() => ApplicationRound, { deleteRule: 'restrict' })
  round!: Rel<ApplicationRound>;

  @ManyToOne(() => ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' })
  serviceClass!: Rel<ServiceClass>;

  @Property({ length: 8 })
  label!: string;

  /** The class's free places when the round opened: its share of the round's offer. */
  @Property({ type: 'integer' })
  places!: number;

  /** The class's free places drawn at the draw. */
  @Property({ type: 'integer', nullable: true })
  placesDrawn?: number | null;
}
