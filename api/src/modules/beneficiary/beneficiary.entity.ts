import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex, trigramNameIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { SocialGroup } from '../social-group/social-group.entity';
import { BeneficiaryCategory, beneficiaryCategoriesCheck, Gender } from './beneficiary.enums';
import { Consent } from './consent.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Guardianship } from './guardianship.entity';
import { ServiceRecord } from '../service-record/service-record.entity';

/**
 * A person served (服务对象): a worker, a child, a mother, an elderly person …
 * The ID number is never stored in clear: `idNumberCipher` holds it encrypted, `idNumberHash` (a keyed
 * hash) finds duplicates, `idNumberLast4` shows the masked value. None of the three is exposed.
 */
@Entity()
@Check({ name: 'beneficiary_categories_check', expression: beneficiaryCategoriesCheck('categories') })
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('beneficiary'))
@Index(trigramNameIndex('beneficiary'))
@Unique({
  name: 'beneficiary_id_number_hash_live_unique',
  expression:
    'create unique index "beneficiary_id_number_hash_live_unique" on "beneficiary" ("id_number_hash") where "deleted_at" is null and "id_number_hash" is not null',
})
export class Beneficiary extends BaseEntity {
  @Property({ length: 50 })
  name!: string;

  @Enum({ items: enumValues(Gender) })
  gender!: Gender;

  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Property({ type: 'text', nullable: true })
  idNumberCipher?: string | null;

  @Property({ length: 64, nullable: true })
  idNumberHash?: string | null;

  @Property({ length: 4, nullable: true })
  idNumberLast4?: string | null;

  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Enum({ items: enumValues(BeneficiaryCategory), array: true, default: [] })
  categories: BeneficiaryCategory[] = [];

  @Property({ length: 200, nullable: true })
  employer?: string | null;

  /** Where the person's union membership is (工会关系所在). */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  unionOrganization?: Rel<Organization> | null;

  /** The community the person lives in (所在社区). */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  homeCommunity?: Rel<Organization> | null;

  /** The organization that registered the person (登记单位); the record belongs to its subtree. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  registeredBy!: Rel<Organization>;

  /** Set when a partner social organization registered the person (it may then see the record). */
  @ManyToOne(() => SocialGroup, { nullable: true, deleteRule: 'restrict' })
  registeredByGroup?: Rel<SocialGroup> | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => Enrollment, (x) => x.beneficiary)
  enrollments = new Collection<Enrollment>(this);

  @OneToMany(() => Guardianship, (x) => x.ward)
  guardians = new Collection<Guardianship>(this);

  @OneToMany(() => Guardianship, (x) => x.guardian)
  wards = new Collection<Guardianship>(this);

  @OneToMany(() => Consent, (x) => x.beneficiary)
  consents = new Collection<Consent>(this);

  @OneToMany(() => ServiceRecord, (x) => x.beneficiary)
  serviceRecords = new Collection<ServiceRecord>(this);
}
