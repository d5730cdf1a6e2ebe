import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../account/user.entity';

/**
 * An append-only audit record: who did what to which record. It extends BaseEntity only so that
 * every resource has the same columns; it is never updated or soft-deleted (the database refuses).
 * `detail` never holds personal values, only field names and non-personal context.
 */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['occurredAt'] })
export class AuditEvent extends BaseEntity {
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Date & Opt = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  actor?: Rel<User> | null;

  /** The actor's name at the time (an API key, a system job …). */
  @Property({ length: 100, nullable: true })
  actorLabel?: string | null;

  @Property({ length: 40 })
  action!: string;

  @Property({ length: 60 })
  entityType!: string;

  @Property({ length: 64, nullable: true })
  entityId?: string | null;

  @Property({ type: 'string[]', columnType: 'text[]', default: [] })
  changedFields: string[] & Opt = [];

  @Property({ length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  detail?: Record<string, unknown> | null;
}
