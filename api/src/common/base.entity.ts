import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

/**
 * Columns every entity has. Ids are UUID v7 made in the application (time-ordered, so inserts stay
 * local in the primary-key index); `version` drives optimistic locking; `deletedAt` is the soft delete
 * that the global `notDeleted` filter (db/mikro-orm.config.ts) hides from every read path.
 */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ version: true, default: 1 })
  version!: number & Opt;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null = null;
}
