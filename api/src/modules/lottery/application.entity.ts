import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { ApplicationRound } from './application-round.entity';
import { ApplicationStatus } from './round.enums';

/**
 * An application (报名申请) to a round: not a place until the draw. One live application per person and
 * round; its number is unique in the round and is what the public notice shows the last four of.
 */
@Entity()
@Index({ properties: ['status'] })
@Unique({ name: 'application_round_number_unique', properties: ['round', 'number'] })
@Unique({
  name: 'application_live_unique',
  expression:
    'create unique index "application_live_unique" on "application" ("round_id", "beneficiary_id") where "deleted_at" is null and "status" <> \'WITHDRAWN\'',
})
@Check({ name: 'application_tier_check', expression: 'tier >= 1' })
@Check({ name: 'application_days_booked_check', expression: 'days_booked >= 1' })
@Check({ name: 'application_draw_position_check', expression: 'draw_position >= 1' })
export class Application extends BaseEntity {
  @ManyToOne(() => ApplicationRound, { deleteRule: 'restrict' })
  round!: Rel<ApplicationRound>;

  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  beneficiary!: Rel<Beneficiary>;

  /** Who applies: a guardian for a child. */
  @ManyToOne(() => Beneficiary, { nullable: true, deleteRule: 'restrict' })
  applicant?: Rel<Beneficiary> | null;

  @Property({ length: 12 })
  number!: string;

  @Property({ type: 'integer' })
  tier!: number;

  /** Applications with the same group (siblings who asked to be kept together) win or wait together. */
  @Property({ length: 40, nullable: true })
  siblingGroup?: string | null;

  @Property({ type: 'integer' })
  daysBooked!: number;

  /** The classes of the round applied for, first choice first (one class: that class). */
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  preferences: string[] = [];

  @Enum({ items: enumValues(ApplicationStatus), default: ApplicationStatus.APPLIED })
  status: ApplicationStatus = ApplicationStatus.APPLIED;

  /** After the draw: the place among the winners, or on the waitlist. */
  @Property({ type: 'integer', nullable: true })
  drawPosition?: number | null;

  @ManyToOne(() => Enrollment, { nullable: true, deleteRule: 'restrict' })
  enrollment?: Rel<Enrollment> | null;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;
}
