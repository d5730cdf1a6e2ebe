import { Check, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from './beneficiary.entity';
import { ConsentPurpose, GuardianRelation } from './beneficiary.enums';

/**
 * A consent to processing personal information for one purpose; for a child under 14 it is given
 * by a guardian (`givenBy`, `relation`). Withdrawal keeps the row and sets `withdrawnAt`.
 */
@Entity()
@Check({ name: 'consent_withdrawn_at_check', expression: 'withdrawn_at >= given_at' })
export class Consent extends BaseEntity {
  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  beneficiary!: Rel<Beneficiary>;

  @ManyToOne(() => Beneficiary, { nullable: true, deleteRule: 'restrict' })
  givenBy?: Rel<Beneficiary> | null;

  @Enum({ items: enumValues(GuardianRelation), nullable: true })
  relation?: GuardianRelation | null;

  @Enum({ items: enumValues(ConsentPurpose) })
  purpose!: ConsentPurpose;

  /** Version of the privacy notice the person agreed to. */
  @Property({ length: 20 })
  noticeVersion!: string;

  @Property({ type: 'timestamptz' })
  givenAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;
}
