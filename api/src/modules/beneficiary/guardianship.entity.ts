import { Check, Entity, Enum, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Beneficiary } from './beneficiary.entity';
import { GuardianRelation } from './beneficiary.enums';

/** A guardian (监护人) of a ward, both of them beneficiaries; one live row per pair. */
@Entity()
@Unique({
  name: 'guardianship_ward_id_live_unique',
  expression:
    'create unique index "guardianship_ward_id_live_unique" on "guardianship" ("guardian_id", "ward_id") where "deleted_at" is null',
})
@Check({ name: 'guardianship_ward_id_check', expression: 'guardian_id <> ward_id' })
export class Guardianship extends BaseEntity {
  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  guardian!: Rel<Beneficiary>;

  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  ward!: Rel<Beneficiary>;

  @Enum({ items: enumValues(GuardianRelation) })
  relation!: GuardianRelation;

  @Property({ default: false })
  isPrimary: boolean = false;

  @Property({ default: true })
  mayPickUp: boolean = true;
}
