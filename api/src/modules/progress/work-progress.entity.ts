import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where a long piece of work (a roster import) stands, under a key its client chose, so the console can show
 * a progress bar while the mutation runs. Written outside the work's transaction (work-progress.ts) and kept
 * in PostgreSQL so that any API process can answer the poll; read and written with plain SQL only.
 */
@Entity({ tableName: 'work_progress' })
export class WorkProgress {
  /** The client's key (a UUID). */
  @PrimaryKey({ type: 'uuid' })
  key!: string;

  /** Who started the work: only they can read it. */
  @Property({ type: 'uuid' })
  userId!: string;

  /** What the work is (`importRoster`). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  phase!: string;

  @Property({ type: 'integer', default: 0 })
  percent!: number;

  @Property({ type: 'integer', default: 0 })
  rows!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;
}
