import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { ApplicationRound } from './application-round.entity';
import { Application } from './application.entity';
import { ObjectionStatus } from './round.enums';

/**
 * An objection (异议) to a drawn round, recorded by staff during its notice period (公示期) and resolved
 * as upheld or dismissed; the round is confirmed only when none is open (docs/lottery.md). The reason
 * is free text that may name a person: read by the round's staff only, never shown on the notice, which
 * counts objections and nothing more.
 */
@Entity({ tableName: 'round_objection' })
@Index({ properties: ['round', 'status'] })
@Check({ name: 'round_objection_reason_check', expression: 'char_length(reason) >= 1 and char_length(reason) <= 500' })
@Check({
  name: 'round_objection_resolved_check',
  expression: `(status = 'OPEN') = (resolved_at is null) and (status = 'OPEN') = (resolution is null)`,
})
export class RoundObjection extends BaseEntity {
  @ManyToOne(() => ApplicationRound, { deleteRule: 'restrict' })
  round!: Rel<ApplicationRound>;

  /** The application it concerns, when it concerns one. */
  @ManyToOne(() => Application, { nullable: true, deleteRule: 'restrict' })
  application?: Rel<Application> | null;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: enumValues(ObjectionStatus), default: ObjectionStatus.OPEN })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** When a correction of the round was made on this (upheld) objection: one correction per objection. */
  @Property({ type: 'timestamptz', nullable: true })
  correctedAt?: Date | null;
}
