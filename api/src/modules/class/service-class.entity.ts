import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { pinyinNameIndex, trigramNameIndex, liveOrderIndex } from '../../common/read-indexes';
import { enumValues } from '../../common/enums';
import { ServiceProject } from '../project/service-project.entity';
import { Venue } from '../venue/venue.entity';
import { CareType, ClassStatus } from './class.enums';
import { ClassSession } from './class-session.entity';
import { Enrollment } from '../enrollment/enrollment.entity';

/**
 * A class (班级) of a project: a group with a capacity, a date range, weekdays and daily hours.
 * `enrolledCount` is kept by a database trigger on enrollment and never exceeds `capacity`.
 */
@Entity({ tableName: 'service_class' })
@Index({ properties: ['name'] })
@Index(pinyinNameIndex('service_class'))
@Index(trigramNameIndex('service_class'))
@Index(liveOrderIndex('service_class', 'service_class_starts_on_live', '"starts_on" desc, "id"'))
@Index({ properties: ['startsOn'] })
@Index({ properties: ['status'] })
@Check({ name: 'service_class_min_age_months_check', expression: 'min_age_months >= 0' })
@Check({ name: 'service_class_max_age_months_check', expression: 'max_age_months >= min_age_months' })
@Check({ name: 'service_class_capacity_check', expression: 'capacity > 0' })
@Check({ name: 'service_class_enrolled_count_check', expression: 'enrolled_count >= 0 and enrolled_count <= capacity' })
@Check({ name: 'service_class_staff_count_check', expression: 'staff_count >= 0' })
@Check({ name: 'service_class_ends_on_check', expression: 'ends_on >= starts_on' })
@Check({ name: 'service_class_weekdays_check', expression: 'weekdays <@ array[1, 2, 3, 4, 5, 6, 7]' })
@Check({ name: 'service_class_daily_end_check', expression: 'daily_end > daily_start' })
@Check({ name: 'service_class_fee_per_day_fen_check', expression: 'fee_per_day_fen >= 0' })
export class ServiceClass extends BaseEntity {
  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @ManyToOne(() => Venue, { nullable: true, deleteRule: 'restrict' })
  venue?: Rel<Venue> | null;

  @Property({ length: 200 })
  name!: string;

  @Enum({ items: enumValues(CareType) })
  careType!: CareType;

  @Property({ type: 'integer', nullable: true })
  minAgeMonths?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxAgeMonths?: number | null;

  @Property({ type: 'integer' })
  capacity!: number;

  /** Kept by the enrollment trigger. */
  @Property({ type: 'integer', default: 0 })
  enrolledCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  staffCount: number = 0;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** ISO weekdays the class meets on: 1 = Monday … 7 = Sunday. */
  @Property({ type: 'number[]', columnType: 'int[]' })
  weekdays!: number[];

  @Property({ type: 'time' })
  dailyStart!: string;

  @Property({ type: 'time' })
  dailyEnd!: string;

  @Property({ type: 'integer', default: 0 })
  feePerDayFen: number = 0;

  @Enum({ items: enumValues(ClassStatus), default: ClassStatus.OPEN })
  status: ClassStatus = ClassStatus.OPEN;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => ClassSession, (x) => x.serviceClass)
  sessions = new Collection<ClassSession>(this);

  @OneToMany(() => Enrollment, (x) => x.serviceClass)
  enrollments = new Collection<Enrollment>(this);
}
