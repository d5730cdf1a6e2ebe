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
import { enumValues } from '../../common/enums';
import { ServiceClass } from './service-class.entity';
import { SessionKind, SessionStatus } from './class.enums';
import { Attendance } from '../attendance/attendance.entity';
import { User } from '../account/user.entity';

/** One meeting (课次) of a class; at most one live session per class, date and start time. */
@Entity()
@Index({ properties: ['date'] })
@Unique({
  name: 'class_session_starts_at_live_unique',
  expression:
    'create unique index "class_session_starts_at_live_unique" on "class_session" ("class_id", "date", "starts_at") where "deleted_at" is null',
})
@Check({ name: 'class_session_ends_at_check', expression: 'ends_at > starts_at' })
export class ClassSession extends BaseEntity {
  @ManyToOne(() => ServiceClass, { fieldName: 'class_id', deleteRule: 'restrict' })
  serviceClass!: Rel<ServiceClass>;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'time' })
  startsAt!: string;

  @Property({ type: 'time' })
  endsAt!: string;

  /** e.g. 参观劳模工匠馆. */
  @Property({ length: 200, nullable: true })
  topic?: string | null;

  @Enum({ items: enumValues(SessionKind), default: SessionKind.LESSON })
  kind: SessionKind = SessionKind.LESSON;

  @Enum({ items: enumValues(SessionStatus), default: SessionStatus.SCHEDULED })
  status: SessionStatus = SessionStatus.SCHEDULED;

  /**
   * Set when the sponsor's staff have checked the roster (考勤核验): settlement pays only verified
   * sessions, and their attendance can no longer be changed.
   */
  @Property({ type: 'timestamptz', nullable: true })
  attendanceVerifiedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  attendanceVerifiedBy?: Rel<User> | null;

  /** Set by cancelClassSession: why and when (e.g. 暴雨预警停课). */
  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  // Inverse sides: used by the some / every / none relation filters.
  @OneToMany(() => Attendance, (x) => x.session)
  attendanceRecords = new Collection<Attendance>(this);
}
