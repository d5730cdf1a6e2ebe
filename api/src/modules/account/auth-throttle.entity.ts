import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempts per account and per client address, and requests per API key, in the current window (throttle.ts). Kept in
 * PostgreSQL so that the limit holds across API processes; read and written with plain SQL only.
 */
@Entity({ tableName: 'auth_throttle' })
export class AuthThrottle {
  /** `account:<username>` or `address:<ip>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  attempts!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  windowStart!: Date;
}
