import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { OutboxStatus } from './round.enums';

/** What a ROUND_RESULT message says: enough to write it, nothing that identifies the person. */
export interface RoundResultPayload {
  roundId: string;
  className: string;
  /** The draw's outcome and place, as the notice published them; DISQUALIFIED: excluded by a correction. */
  outcome: 'WON' | 'WAITLISTED' | 'DISQUALIFIED';
  position: number | null;
  numberLast4: string;
  /** Where the place stands at the confirmation: a waitlisted child may have been promoted since the draw. */
  enrollmentStatus: string | null;
  waitlistPosition: number | null;
}

/**
 * The notification outbox (docs/lottery.md): messages written in the transaction that decides them and
 * sent later by a gateway (SMS, WeChat) that reads PENDING rows, sends, and marks them SENT or FAILED.
 * Nothing in the API sends. One row per kind and subject, so a decision enqueues each message once.
 * Not a GraphQL resource: only platform admins could read it (no scope rule).
 */
@Entity({ tableName: 'notification_outbox' })
@Index({ properties: ['status', 'createdAt'] })
@Unique({ name: 'notification_outbox_kind_subject_unique', properties: ['kind', 'subjectId'] })
@Check({ name: 'notification_outbox_attempts_check', expression: 'attempts >= 0' })
export class NotificationOutbox extends BaseEntity {
  /** ROUND_RESULT: the outcome of a confirmed round, to the applicant. */
  @Property({ type: 'text' })
  kind!: string;

  /** Who the message is for: the application's applicant (a guardian), else the person. */
  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  recipient!: Rel<Beneficiary>;

  /** The record the message is about (for ROUND_RESULT the application). */
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'jsonb' })
  payload!: RoundResultPayload;

  @Enum({ items: enumValues(OutboxStatus), default: OutboxStatus.PENDING })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}
