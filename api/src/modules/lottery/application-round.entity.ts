import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Collection,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { ServiceClass } from '../class/service-class.entity';
import { Application } from './application.entity';
import { RoundStatus } from './round.enums';

/** A priority tier of a round: who matches it is drawn before later tiers (the last tier is everyone else). */
export interface TierRule {
  label: string;
  /** The applicant (or the person applying for themself) has one of these categories; empty: any. */
  categories: string[];
  /** The applicant's 工会关系 is in this organization's subtree; null: anywhere. */
  unionWithinId: string | null;
}

/**
 * An application round (报名轮次) of a class: applications are collected between `opensAt` and `closesAt`,
 * then the places are drawn by lot (docs/lottery.md). The seed is drawn by the server when the round opens
 * and only its SHA-256 is shown until the draw; `applicationCount` numbers the applications 0001, 0002 …
 */
@Entity({ tableName: 'application_round' })
@Index({ properties: ['closesAt'] })
@Unique({
  name: 'application_round_open_unique',
  expression:
    'create unique index "application_round_open_unique" on "application_round" ("class_id") where "deleted_at" is null and "status" in (\'OPEN\', \'DRAWN\')',
})
@Check({ name: 'application_round_closes_at_check', expression: 'closes_at > opens_at' })
@Check({ name: 'application_round_places_check', expression: 'places > 0' })
@Check({ name: 'application_round_notice_days_check', expression: 'notice_days >= 1 and notice_days <= 30' })
@Check({ name: 'application_round_application_count_check', expression: 'application_count >= 0' })
@Check({ name: 'application_round_places_drawn_check', expression: 'places_drawn >= 0' })
export class ApplicationRound extends BaseEntity {
  @ManyToOne(() => ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' })
  serviceClass!: Rel<ServiceClass>;

  @Property({ type: 'timestamptz' })
  opensAt!: Date;

  @Property({ type: 'timestamptz' })
  closesAt!: Date;

  @Property({ type: 'integer' })
  places!: number;

  @Property({ type: 'integer', default: 7 })
  noticeDays: number = 7;

  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  tierRules: TierRule[] = [];

  /** SHA-256 of the seed, published when the round opens. */
  @Property({ length: 64 })
  seedHash!: string;

  /** 32 random bytes as hexadecimal; never shown before the draw. */
  @Property({ length: 64, lazy: true })
  seed!: string;

  @Enum({ items: enumValues(RoundStatus), default: RoundStatus.OPEN })
  status: RoundStatus = RoundStatus.OPEN;

  @Property({ type: 'integer', default: 0 })
  applicationCount: number = 0;

  @Property({ type: 'integer', nullable: true })
  placesDrawn?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  drawnAt?: Date | null;

  @Property({ length: 64, nullable: true })
  listHash?: string | null;

  @Property({ length: 64, nullable: true })
  resultHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  noticeEndsAt?: Date | null;

  /** When the result was confirmed after the notice period (status CONFIRMED). */
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  @OneToMany(() => Application, (x) => x.round)
  applications = new Collection<Application>(this);
}
