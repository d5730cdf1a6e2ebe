import { Entity, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { ApplicationRound } from './application-round.entity';
import type { DrawApplication } from './draw';
import { RoundObjection } from './round-objection.entity';
import type { CorrectionAction } from './round.enums';

/** One change of a correction, as published: the application number, never whose it is. */
export interface CorrectionChange {
  number: string;
  action: CorrectionAction;
  /** The tier before and after (equal unless RETIER). */
  fromTier: number;
  toTier: number;
}

/** An application whose outcome the correction changed, as published (last four characters only). */
export interface CorrectionMove {
  numberLast4: string;
  from: string;
  to: string;
}

/**
 * A correction (更正) of a drawn round after an upheld objection (docs/lottery.md): the changes to the list,
 * the list before them and the hashes before and after, so that anyone can recompute every step from the
 * public notice. The draw is re-run with the same seed and places on the corrected list; only the
 * applications whose outcome changed are moved. One correction per upheld objection.
 * Not a GraphQL resource: it is read through the round's public notice.
 */
@Entity({ tableName: 'round_correction' })
@Index({ properties: ['round', 'createdAt'] })
@Unique({ name: 'round_correction_objection_unique', properties: ['objection'] })
export class RoundCorrection extends BaseEntity {
  @ManyToOne(() => ApplicationRound, { deleteRule: 'restrict' })
  round!: Rel<ApplicationRound>;

  @ManyToOne(() => RoundObjection, { deleteRule: 'restrict' })
  objection!: Rel<RoundObjection>;

  @Property({ type: 'jsonb' })
  changes!: CorrectionChange[];

  /** The list as drawn before this correction (numbers, tiers, G-groups): nothing personal. */
  @Property({ type: 'jsonb' })
  previousList!: DrawApplication[];

  @Property({ length: 64 })
  previousListHash!: string;

  @Property({ length: 64 })
  previousResultHash!: string;

  @Property({ length: 64 })
  listHash!: string;

  @Property({ length: 64 })
  resultHash!: string;

  @Property({ type: 'jsonb' })
  moves!: CorrectionMove[];
}
