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
import { liveOrderIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ServiceClass } from '../class/service-class.entity';
import { EnrollmentStatus } from './enrollment.enums';
import { Attendance } from '../attendance/attendance.entity';

/**
 * A beneficiary's place (or waiting-list place) in a class. Fees are computed by the enrollment
 * service: `feeFen = subsidyFen + payableFen`. One live (enrolled or waitlisted) row per class and person.
 */
@Entity()
@Index({ properties: ['status'] })
@Index({ properties: ['createdAt'] })
@Index(liveOrderIndex('enrollment', 'enrollment_created_at_live', '"created_at" desc, "id"'))
@Index(liveOrderIndex('enrollment', 'enrollment_class_created_at_live', '"class_id", "created_at" desc, "id"'))
@Unique({
  name: 'enrollment_live_unique',
  expression:
    'create unique index "enrollment_live_unique" on "enrollment" ("class_id", "beneficiary_id") where "deleted_at" is null and "status" in (\'ENROLLED\', \'WAITLISTED\')',
})
@Check({ name: 'enrollment_waitlist_position_check', expression: 'waitlist_position >= 1' })
@Check({ name: 'enrollment_days_booked_check', expression: 'days_booked >= 0' })
@Check({ name: 'enrollment_fee_fen_check', expression: 'fee_fen >= 0' })
@Check({ name: 'enrollment_subsidy_fen_check', expression: 'subsidy_fen >= 0' })
@Check({ name: 'enrollment_payable_fen_check', expression: 'payable_fen >= 0' })
@Check({ name: 'enrollment_fee_fen_split_check', expression: 'fee_fen = subsidy_fen + payable_fen' })
export class Enrollment extends BaseEntity {
  @ManyToOne(() => ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' })
  serviceClass!: Rel<ServiceClass>;

  @ManyToOne(() => Beneficiary, { deleteRule: 'restrict' })
  beneficiary!: Rel<Beneficiary>;

  /** Who applied (a parent for a child). */
  @ManyToOne(() => Beneficiary, { nullable: true, deleteRule: 'restrict' })
  applicant?: Rel<Beneficiary> | null;

  @Enum({ items: enumValues(EnrollmentStatus), default: EnrollmentStatus.ENROLLED })
  status: EnrollmentStatus = EnrollmentStatus.ENROLLED;

  @Property({ type: 'integer', nullable: true })
  waitlistPosition?: number | null;

  @Property({ type: 'integer', default: 0 })
  daysBooked: number = 0;

  @Property({ type: 'integer', default: 0 })
  feeFen: number = 0;

  @Property({ type: 'integer', default: 0 })
  subsidyFen: number = 0;

  @Property({ type: 'integer', default: 0 })
  payableFen: number = 0;

  /** Makes a retried enrollment request return the first result instead of enrolling twice. */
  @Property({ length: 100, nullable: true, unique: 'enrollment_idempotency_key_unique' })
  idempotencyKey?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  enrolledAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => Attendance, (x) => x.enrollment)
  attendanceRecords = new Collection<Attendance>(this);
}
