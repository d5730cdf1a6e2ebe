import { Check, Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { User } from '../account/user.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ClassSession } from '../class/class-session.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { AttendanceStatus } from './attendance.enums';

/** Attendance (考勤) of one enrolled person at one session; one live row per session and enrollment. */
@Entity({ tableName: 'attendance' })
@Index({ properties: ['status'] })
@Unique({
  name: 'attendance_enrollment_id_live_unique',
  expression:
    'create unique index "attendance_enrollment_id_live_unique" on "attendance" ("session_id", "enrollment_id", "session_day") where "deleted_at" is null',
})
@Check({ name: 'attendance_check_out_at_check', expression: 'check_out_at >= check_in_at' })
export class Attendance extends BaseEntity {
  @ManyToOne(() => ClassSession, { deleteRule: 'restrict' })
  session!: Rel<ClassSession>;

  @ManyToOne(() => Enrollment, { deleteRule: 'restrict' })
  enrollment!: Rel<Enrollment>;

  @Enum({ items: enumValues(AttendanceStatus) })
  status!: AttendanceStatus;

  @Property({ type: 'timestamptz', nullable: true })
  checkInAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  checkOutAt?: Date | null;

  /** Checked out more than EARLY_BEFORE_MINUTES before the session's end (早退); kept by the server. */
  @Property({ default: false })
  leftEarly: Opt<boolean> = false;

  /** The guardian who picked the child up. */
  @ManyToOne(() => Beneficiary, { nullable: true, deleteRule: 'restrict' })
  pickedUpBy?: Rel<Beneficiary> | null;

  /** Set by the server from the signed-in user. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  recordedBy?: Rel<User> | null;

  @Property({ length: 500, nullable: true })
  note?: string | null;
}
