import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/**
 * A refresh token, stored as a hash. Tokens rotate on every refresh; all tokens descending from one
 * sign-in share a family. Presenting a token that was already rotated means it was copied: the whole
 * family is revoked.
 */
@Entity()
@Index({ properties: ['family'] })
export class RefreshToken extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: Rel<User>;

  @Property({ type: 'uuid' })
  family!: string;

  @Property({ length: 64, unique: 'refresh_token_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
